import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { fiscalYear as fiscalYearOf } from '../common/time/japan-time';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { FigureFiltersDto } from './dto/evaluation-query.dto';
import type {
  IndicatorDto,
  IndicatorInputDto,
  IndicatorListDto,
  IndicatorYearDto,
  ManualValueInputDto,
  ThresholdsDto,
} from './dto/indicator.dto';
import {
  EvaluationIndicator,
  EvaluationManualValue,
  EvaluationSettings,
} from './evaluation-indicator.entities';
import { EVALUATION_MESSAGES } from './evaluation.errors';
import { FIGURE_DEFINITIONS, type FigureKey } from './figure-definitions';
import { FiscalYearFiguresService, figureValue } from './fiscal-year-figures.service';
import type { FigureFilters } from './fiscal-year-figures.repository';
import { GRADE_LABELS, progressOf, type Thresholds } from './indicator-progress';

/**
 * The section's indicators (成果指標): their terms, their actual values per fiscal year (from a
 * figure with its filters, or entered by hand with a source) and their progress
 * (indicator-progress.ts), and the grade thresholds. Plain CRUD through TypeORM's repositories.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: FiscalYearFiguresService,
    private readonly clock: Clock,
  ) {}

  private get indicators() {
    return this.dataSource.getRepository(EvaluationIndicator);
  }

  private get manualValues() {
    return this.dataSource.getRepository(EvaluationManualValue);
  }

  private get settings() {
    return this.dataSource.getRepository(EvaluationSettings);
  }

  async thresholds(): Promise<Thresholds> {
    const row = await this.settings.findOneByOrFail({ id: true });
    return {
      onTrackPercent: Number(row.onTrackPercent),
      nearlyOnTrackPercent: Number(row.nearlyOnTrackPercent),
    };
  }

  async setThresholds(input: ThresholdsDto, userId: string): Promise<Thresholds> {
    if (input.nearlyOnTrackPercent >= input.onTrackPercent) {
      throw new ValidationFailedError([
        { field: 'nearlyOnTrackPercent', ...EVALUATION_MESSAGES.thresholdsOrder },
      ]);
    }
    await this.settings.update(
      { id: true },
      {
        onTrackPercent: String(input.onTrackPercent),
        nearlyOnTrackPercent: String(input.nearlyOnTrackPercent),
        updatedBy: userId,
      },
    );
    return this.thresholds();
  }

  /** Every indicator with its progress in `fiscalYear` (default: this one) and its history. */
  async list(fiscalYear?: number): Promise<IndicatorListDto> {
    const current = fiscalYearOf(this.clock.now());
    const year = fiscalYear ?? current;
    const [rows, thresholds] = await Promise.all([
      this.indicators.find({ order: { pillar: 'ASC', displayOrder: 'ASC', createdAt: 'ASC' } }),
      this.thresholds(),
    ]);
    const manual = await this.manualValues.find();
    const figureYears = rows.filter((row) => row.source === 'figure');
    const from = Math.min(year, ...rows.map((row) => row.baselineFiscalYear));
    const to = Math.max(year, ...rows.map((row) => row.targetFiscalYear));
    // One trend read per distinct filter set (most indicators share the unfiltered one).
    const trends = new Map<string, Awaited<ReturnType<FiscalYearFiguresService['trend']>>>();
    for (const row of figureYears) {
      const key = JSON.stringify(row.figureFilters ?? {});
      if (!trends.has(key)) {
        trends.set(key, await this.figures.trend(from, to, row.figureFilters as FigureFilters));
      }
    }
    const indicators = rows.map((row) => {
      const actualOf = (
        fy: number,
      ): { actual: number | null; manual: EvaluationManualValue | null } => {
        if (row.source === 'manual') {
          const value = manual.find((m) => m.indicatorId === row.id && m.fiscalYear === fy) ?? null;
          return { actual: value ? Number(value.value) : null, manual: value };
        }
        // A year still to come has no actual value yet (not a zero).
        if (fy > current) return { actual: null, manual: null };
        const trend = trends.get(JSON.stringify(row.figureFilters ?? {}));
        const figures = trend?.find((entry) => entry.fiscalYear === fy)?.figures ?? [];
        return { actual: figureValue(figures, row.figureKey as FigureKey), manual: null };
      };
      return this.toDto(row, year, actualOf, thresholds, current);
    });
    return { fiscalYear: year, thresholds, indicators };
  }

  async get(id: string, fiscalYear?: number): Promise<IndicatorDto> {
    const list = await this.list(fiscalYear);
    const found = list.indicators.find((indicator) => indicator.id === id);
    if (!found) throw new DomainError(ErrorCode.IndicatorNotFound);
    return found;
  }

  async create(input: IndicatorInputDto, userId: string): Promise<IndicatorDto> {
    const values = this.validated(input);
    const { identifiers } = await this.indicators.insert({ ...values, updatedBy: userId });
    return this.get(identifiers[0]!['id'] as string);
  }

  async update(id: string, input: IndicatorInputDto, userId: string): Promise<IndicatorDto> {
    const values = this.validated(input);
    const { affected } = await this.indicators.update({ id }, { ...values, updatedBy: userId });
    if (!affected) throw new DomainError(ErrorCode.IndicatorNotFound);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const { affected } = await this.indicators.delete({ id });
    if (!affected) throw new DomainError(ErrorCode.IndicatorNotFound);
  }

  async setManualValue(
    id: string,
    fiscalYear: number,
    input: ManualValueInputDto,
    userId: string,
  ): Promise<IndicatorDto> {
    if (!(await this.indicators.existsBy({ id }))) {
      throw new DomainError(ErrorCode.IndicatorNotFound);
    }
    await this.manualValues.upsert(
      {
        indicatorId: id,
        fiscalYear,
        value: String(input.value),
        sourceJa: input.sourceJa.trim(),
        sourceEn: input.sourceEn.trim(),
        note: input.note?.trim() ?? '',
        enteredBy: userId,
        enteredAt: this.clock.now(),
      },
      ['indicatorId', 'fiscalYear'],
    );
    return this.get(id, fiscalYear);
  }

  async removeManualValue(id: string, fiscalYear: number): Promise<void> {
    if (!(await this.indicators.existsBy({ id }))) {
      throw new DomainError(ErrorCode.IndicatorNotFound);
    }
    await this.manualValues.delete({ indicatorId: id, fiscalYear });
  }

  /** The entity's values from the input, after the checks a DTO cannot make alone. */
  private validated(input: IndicatorInputDto) {
    const fields = [];
    if (input.targetFiscalYear <= input.baselineFiscalYear) {
      fields.push({ field: 'targetFiscalYear', ...EVALUATION_MESSAGES.targetAfterBaseline });
    }
    if (
      (input.direction === 'higher' && input.targetValue <= input.baselineValue) ||
      (input.direction === 'lower' && input.targetValue >= input.baselineValue)
    ) {
      fields.push({
        field: 'targetValue',
        ...EVALUATION_MESSAGES.targetInDirection[input.direction],
      });
    }
    const filters = cleanFilters(input.figureFilters);
    if (input.source === 'figure' && input.figureKey) {
      const dimensions = FIGURE_DEFINITIONS[input.figureKey].dimensions;
      const names: Record<keyof FigureFilters, string> = {
        organisationId: 'organisation',
        pillar: 'pillar',
        lifeStage: 'life_stage',
        category: 'category',
        facilityId: 'facility',
        month: 'month',
      };
      if (
        (Object.keys(filters) as (keyof FigureFilters)[]).some(
          (name) => !dimensions.includes(names[name] as never),
        )
      ) {
        fields.push({ field: 'figureFilters', ...EVALUATION_MESSAGES.filtersNotForFigure });
      }
    }
    if (fields.length > 0) throw new ValidationFailedError(fields);
    return {
      nameJa: input.nameJa.trim(),
      nameEn: input.nameEn.trim(),
      pillar: input.pillar,
      unitJa: input.unitJa.trim(),
      unitEn: input.unitEn.trim(),
      direction: input.direction,
      baselineFiscalYear: input.baselineFiscalYear,
      baselineValue: String(input.baselineValue),
      targetFiscalYear: input.targetFiscalYear,
      targetValue: String(input.targetValue),
      source: input.source,
      figureKey: input.source === 'figure' ? (input.figureKey ?? null) : null,
      figureFilters: input.source === 'figure' ? (filters as Record<string, string | number>) : {},
      isDemo: input.isDemo ?? false,
    };
  }

  private toDto(
    row: EvaluationIndicator,
    fiscalYear: number,
    actualOf: (fy: number) => { actual: number | null; manual: EvaluationManualValue | null },
    thresholds: Thresholds,
    currentFiscalYear: number,
  ): IndicatorDto {
    const terms = {
      direction: row.direction,
      baselineFiscalYear: row.baselineFiscalYear,
      baselineValue: Number(row.baselineValue),
      targetFiscalYear: row.targetFiscalYear,
      targetValue: Number(row.targetValue),
    };
    const yearOf = (fy: number): IndicatorYearDto => {
      const { actual, manual } = actualOf(fy);
      const judged = progressOf(terms, fy, actual, thresholds);
      // A year still to come is not graded (実績なし is for a year that has passed without one).
      const progress =
        fy > currentFiscalYear && actual === null ? { ...judged, grade: null } : judged;
      return {
        ...progress,
        gradeLabel: progress.grade ? GRADE_LABELS[progress.grade] : null,
        manual: manual
          ? {
              value: Number(manual.value),
              source: { ja: manual.sourceJa, en: manual.sourceEn },
              note: manual.note,
              enteredAt: manual.enteredAt.toISOString(),
            }
          : null,
      };
    };
    const history: IndicatorYearDto[] = [];
    const last = Math.max(row.targetFiscalYear, fiscalYear);
    for (let fy = row.baselineFiscalYear; fy <= last; fy += 1) history.push(yearOf(fy));
    return {
      id: row.id,
      name: { ja: row.nameJa, en: row.nameEn },
      pillar: row.pillar,
      unit: { ja: row.unitJa, en: row.unitEn },
      direction: row.direction,
      baselineFiscalYear: row.baselineFiscalYear,
      baselineValue: terms.baselineValue,
      targetFiscalYear: row.targetFiscalYear,
      targetValue: terms.targetValue,
      source: row.source,
      figureKey: (row.figureKey as FigureKey | null) ?? null,
      figureFilters: row.figureFilters as FigureFiltersDto,
      figureDefinition: row.figureKey
        ? FIGURE_DEFINITIONS[row.figureKey as FigureKey].definition
        : null,
      isDemo: row.isDemo,
      year: history.find((entry) => entry.fiscalYear === fiscalYear) ?? yearOf(fiscalYear),
      history,
    };
  }
}

function cleanFilters(filters: FigureFiltersDto | undefined): FigureFilters {
  return Object.fromEntries(
    Object.entries(filters ?? {}).filter(([, value]) => value !== undefined && value !== null),
  ) as FigureFilters;
}
