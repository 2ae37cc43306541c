import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';

/**
 * The section's own evaluation data (migration 1796000000000-evaluation): the grade thresholds,
 * the indicators (成果指標) with baseline and target, and the values entered by hand.
 */

/** The thresholds of the grade bands, one row (defaults 100 % and 80 %). */
@Entity({ name: 'evaluation_settings' })
@Check('evaluation_settings_one_row_check', 'id')
@Check(
  'evaluation_settings_thresholds_check',
  `nearly_on_track_percent > 0 AND nearly_on_track_percent < on_track_percent
   AND on_track_percent <= 1000`,
)
export class EvaluationSettings {
  @PrimaryColumn({ type: 'boolean', default: true })
  id: boolean;

  // numeric arrives as a string: parse at the edge.
  @Column({ name: 'on_track_percent', type: 'numeric', precision: 6, scale: 1, default: 100 })
  onTrackPercent: string;

  @Column({
    name: 'nearly_on_track_percent',
    type: 'numeric',
    precision: 6,
    scale: 1,
    default: 80,
  })
  nearlyOnTrackPercent: string;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'evaluation_settings_updated_by_fkey' })
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An outcome indicator (成果指標) of one pillar, with its baseline, target and source. */
@Entity({ name: 'evaluation_indicators' })
@Check('evaluation_indicators_name_ja_check', `btrim(name_ja) <> ''`)
@Check('evaluation_indicators_name_en_check', `btrim(name_en) <> ''`)
@Check('evaluation_indicators_pillar_check', 'pillar BETWEEN 1 AND 5')
@Check('evaluation_indicators_direction_check', `direction IN ('higher', 'lower')`)
@Check('evaluation_indicators_source_check', `source IN ('figure', 'manual')`)
@Check('evaluation_indicators_figure_filters_check', `jsonb_typeof(figure_filters) = 'object'`)
@Check('evaluation_indicators_figure_check', `(source = 'figure') = (figure_key IS NOT NULL)`)
@Check(
  'evaluation_indicators_years_check',
  `baseline_fiscal_year BETWEEN 2000 AND 2100 AND target_fiscal_year BETWEEN 2000 AND 2100
   AND target_fiscal_year > baseline_fiscal_year`,
)
@Check(
  'evaluation_indicators_target_check',
  `(direction = 'higher' AND target_value > baseline_value)
   OR (direction = 'lower' AND target_value < baseline_value)`,
)
export class EvaluationIndicator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'name_ja', type: 'text' })
  nameJa: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ type: 'smallint' })
  pillar: number;

  @Column({ name: 'unit_ja', type: 'text', default: '' })
  unitJa: string;

  @Column({ name: 'unit_en', type: 'text', default: '' })
  unitEn: string;

  @Column({ type: 'text' })
  direction: 'higher' | 'lower';

  @Column({ name: 'baseline_fiscal_year', type: 'smallint' })
  baselineFiscalYear: number;

  @Column({ name: 'baseline_value', type: 'numeric', precision: 14, scale: 2 })
  baselineValue: string;

  @Column({ name: 'target_fiscal_year', type: 'smallint' })
  targetFiscalYear: number;

  @Column({ name: 'target_value', type: 'numeric', precision: 14, scale: 2 })
  targetValue: string;

  @Column({ type: 'text' })
  source: 'figure' | 'manual';

  /** A FigureKey (figure-definitions.ts), checked by the DTO; null for manual entry. */
  @Column({ name: 'figure_key', type: 'text', nullable: true })
  figureKey: string | null;

  /** The figure's FigureFilters (the same names as the API's query). */
  @Column({ name: 'figure_filters', type: 'jsonb', default: {} })
  figureFilters: Record<string, string | number>;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'display_order', type: 'integer', default: 0 })
  displayOrder: number;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'evaluation_indicators_updated_by_fkey' })
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A value the system cannot compute (市民意識調査 …), per indicator and fiscal year. */
@Entity({ name: 'evaluation_manual_values' })
@Check('evaluation_manual_values_fiscal_year_check', 'fiscal_year BETWEEN 2000 AND 2100')
@Check('evaluation_manual_values_source_ja_check', `btrim(source_ja) <> ''`)
@Check('evaluation_manual_values_source_en_check', `btrim(source_en) <> ''`)
export class EvaluationManualValue {
  @ForeignKey(() => EvaluationIndicator, {
    onDelete: 'CASCADE',
    name: 'evaluation_manual_values_indicator_id_fkey',
  })
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  value: string;

  @Column({ name: 'source_ja', type: 'text' })
  sourceJa: string;

  @Column({ name: 'source_en', type: 'text' })
  sourceEn: string;

  @Column({ type: 'text', default: '' })
  note: string;

  @ForeignKey(() => User, {
    onDelete: 'SET NULL',
    name: 'evaluation_manual_values_entered_by_fkey',
  })
  @Column({ name: 'entered_by', type: 'uuid', nullable: true })
  enteredBy: string | null;

  @Column({ name: 'entered_at', type: 'timestamptz', default: () => 'now()' })
  enteredAt: Date;
}
