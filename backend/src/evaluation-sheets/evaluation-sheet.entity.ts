import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { inList } from '../database/sql/sql-checks';
import { Organisation } from '../organisations/organisation.entity';
import type { SheetFigures } from './sheet-figures';
import { SHEET_STATES, type SheetState } from './sheet-workflow';

/**
 * A department's evaluation sheet (事務事業評価シート) for one fiscal year
 * (1796110000000-evaluation-sheets, where the triggers that guard it are explained). Written
 * through EvaluationSheetsRepository's SQL; the entity documents the schema.
 */
@Entity({ name: 'evaluation_sheets' })
@Unique('evaluation_sheets_organisation_fiscal_year_unique', ['organisationId', 'fiscalYear'])
@Index('evaluation_sheets_fiscal_year_state_index', ['fiscalYear', 'state'])
@Check('evaluation_sheets_fiscal_year_check', 'fiscal_year BETWEEN 2016 AND 2100')
@Check('evaluation_sheets_state_check', inList('state', SHEET_STATES))
@Check('evaluation_sheets_outcomes_check', 'char_length(outcomes) <= 4000')
@Check('evaluation_sheets_issues_check', 'char_length(issues) <= 4000')
@Check('evaluation_sheets_improvements_check', 'char_length(improvements) <= 4000')
@Check('evaluation_sheets_next_year_plan_check', 'char_length(next_year_plan) <= 4000')
@Check('evaluation_sheets_version_check', 'version >= 1')
@Check(
  'evaluation_sheets_submitted_figures_check',
  `state = 'draft' OR submitted_figures IS NOT NULL`,
)
export class EvaluationSheet {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'evaluation_sheets_organisation_id_fkey',
  })
  organisation: Relation<Organisation>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @Column({ type: 'text', default: 'draft' })
  state: SheetState;

  /** 成果: what the year achieved. */
  @Column({ type: 'text', default: '' })
  outcomes: string;

  /** 課題: what fell short, and why. */
  @Column({ type: 'text', default: '' })
  issues: string;

  /** 改善策: what will change. */
  @Column({ type: 'text', default: '' })
  improvements: string;

  /** 次年度の取組: next year's plan (the Act of PDCA). */
  @Column({ name: 'next_year_plan', type: 'text', default: '' })
  nextYearPlan: string;

  /** The figures as they stood at the last submission; null until first submitted. */
  @Column({ name: 'submitted_figures', type: 'jsonb', nullable: true })
  submittedFigures: SheetFigures | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'evaluation_sheets_created_by_fkey' })
  createdBy: Relation<User> | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'evaluation_sheets_updated_by_fkey' })
  updatedBy: Relation<User> | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One move of a sheet: who, when, from which state to which, and the comment. Never changed. */
@Entity({ name: 'evaluation_sheet_events' })
@Index('evaluation_sheet_events_sheet_index', ['sheetId', 'at'])
@Check('evaluation_sheet_events_comment_check', 'char_length(comment) <= 2000')
@Check(
  'evaluation_sheet_events_transition_check',
  `(from_state, to_state) IN (('draft', 'submitted'), ('returned', 'submitted'), ('submitted', 'returned'), ('submitted', 'accepted'), ('accepted', 'returned'))`,
)
@Check(
  'evaluation_sheet_events_return_comment_check',
  `to_state <> 'returned' OR btrim(comment) <> ''`,
)
export class EvaluationSheetEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => EvaluationSheet, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'sheet_id',
    foreignKeyConstraintName: 'evaluation_sheet_events_sheet_id_fkey',
  })
  sheet: Relation<EvaluationSheet>;

  @Column({ name: 'sheet_id', type: 'uuid' })
  sheetId: string;

  @Column({ name: 'from_state', type: 'text' })
  fromState: SheetState;

  @Column({ name: 'to_state', type: 'text' })
  toState: SheetState;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'actor_id',
    foreignKeyConstraintName: 'evaluation_sheet_events_actor_id_fkey',
  })
  actor: Relation<User> | null;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** The writing transaction's id (set by the table's trigger). */
  @Column({ name: 'recorded_in', type: 'bigint' })
  recordedIn: string;
}
