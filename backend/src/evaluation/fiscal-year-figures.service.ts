import { Injectable } from '@nestjs/common';
import type { Label } from '../reference/reference-data';
import {
  AGE_BAND_LABELS,
  FIGURE_DEFINITIONS,
  FIGURE_KEYS,
  PARTICIPANT_AGE_BANDS,
  PARTICIPANT_RELATIONS,
  RELATION_LABELS,
  type FigureDimension,
  type FigureKey,
  type FigureUnit,
  type ParticipantAgeBand,
  type ParticipantRelation,
} from './figure-definitions';
import {
  EMPTY_COUNTS,
  FILTER_DIMENSION,
  FiscalYearFiguresRepository,
  type CountGrouping,
  type FigureFilters,
  type RawCounts,
} from './fiscal-year-figures.repository';

export type { FigureFilters } from './fiscal-year-figures.repository';

/**
 * One figure as shown: its value with the counts it is made of, and its definition.
 *
 * - `value`: a count; a percentage 0–100 with one decimal (unit 'percent'); a ratio with two
 *   decimals (unit 'ratio', e.g. 2.35 applicants per seat); null when there is nothing to divide
 *   by, or when the figure does not break down by a filter chosen (`applicable` false).
 * - `numerator`/`denominator`: the two counts of a percentage or ratio (null for a count).
 */
export interface FigureValue {
  key: FigureKey;
  name: Label;
  unit: FigureUnit;
  definition: Label;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  applicable: boolean;
}

/** The figures of one fiscal year (or one value of a breakdown), in FIGURE_KEYS order. */
export interface FiscalYearFigures {
  fiscalYear: number;
  filters: FigureFilters;
  /** The instant the summary tables were computed as of (null before the first refresh). */
  asOf: Date | null;
  figures: FigureValue[];
}

export interface FiguresQuery extends FigureFilters {
  fiscalYear: number;
}

/**
 * The plan's figures per fiscal year — THE service to read them (the dashboard, the department
 * evaluation sheets, the indicators). Every figure is defined once in figure-definitions.ts.
 *
 *   const { figures, asOf } = await this.figures.figures({ fiscalYear: 2026, organisationId });
 *   figures.find((f) => f.key === 'fill_rate')?.value            // 87.5 (percent)
 *   figureValue(figures, 'participants')                           // 1234
 *
 * - figures(query): one fiscal year, with optional filters (organisationId, pillar, lifeStage,
 *   category, facilityId, month).
 * - breakdown(query, by): the same figures per value of one dimension (organisation, pillar,
 *   life_stage, category, facility, month), each group with its key.
 * - trend(fromYear, toYear, filters): the figures per fiscal year of a range.
 * - participantProfile(query): unique participants by age band and by 在住・在勤・在学.
 *
 * It reads the summary tables (as of `asOf`); EvaluationSummaryService.refresh() rebuilds them.
 * No access checks here: the callers (controllers) decide who may read which organisation.
 */
@Injectable()
export class FiscalYearFiguresService {
  constructor(private readonly repository: FiscalYearFiguresRepository) {}

  async figures(query: FiguresQuery): Promise<FiscalYearFigures> {
    const { fiscalYear, ...filters } = query;
    const [counts, asOf] = await Promise.all([
      this.repository.counts({ from: fiscalYear, to: fiscalYear }, clean(filters), null),
      this.repository.asOf(),
    ]);
    return {
      fiscalYear,
      filters: clean(filters),
      asOf,
      figures: figureValues(counts.get('') ?? EMPTY_COUNTS, clean(filters)),
    };
  }

  /** The figures per value of `by` (groups without any course, hire or request are left out). */
  async breakdown(
    query: FiguresQuery,
    by: FigureDimension,
  ): Promise<{ key: string; figures: FigureValue[] }[]> {
    const { fiscalYear, ...filters } = query;
    const counts = await this.repository.counts(
      { from: fiscalYear, to: fiscalYear },
      clean(filters),
      by,
    );
    return [...counts.entries()]
      .filter(([key]) => key !== '' && key !== 'null')
      .map(([key, raw]) => ({
        key,
        figures: figureValues(raw, { ...clean(filters), ...filterOf(by, key) }),
      }));
  }

  /**
   * The figures of every fiscal year from `fromYear` to `toYear`, oldest first; `hasData` false
   * for a year without any course held (with the filters), whose zeros mean "no data".
   */
  async trend(
    fromYear: number,
    toYear: number,
    filters: FigureFilters = {},
  ): Promise<{ fiscalYear: number; hasData: boolean; figures: FigureValue[] }[]> {
    const counts = await this.repository.counts(
      { from: fromYear, to: toYear },
      clean(filters),
      'fiscal_year',
    );
    const years: { fiscalYear: number; hasData: boolean; figures: FigureValue[] }[] = [];
    for (let year = fromYear; year <= toYear; year += 1) {
      const yearCounts = counts.get(String(year)) ?? EMPTY_COUNTS;
      years.push({
        fiscalYear: year,
        hasData: yearCounts.courses > 0,
        figures: figureValues(yearCounts, clean(filters)),
      });
    }
    return years;
  }

  async participantProfile(query: FiguresQuery): Promise<{
    byAgeBand: { band: ParticipantAgeBand; label: Label; count: number }[];
    byRelation: { relation: ParticipantRelation; label: Label; count: number }[];
  }> {
    const { fiscalYear, ...filters } = query;
    const profile = await this.repository.participantProfile(fiscalYear, clean(filters));
    const ages = new Map(profile.byAgeBand.map((row) => [row.band, row.count]));
    const relations = new Map(profile.byRelation.map((row) => [row.relation, row.count]));
    return {
      byAgeBand: PARTICIPANT_AGE_BANDS.map((band) => ({
        band,
        label: AGE_BAND_LABELS[band],
        count: ages.get(band) ?? 0,
      })),
      byRelation: PARTICIPANT_RELATIONS.map((relation) => ({
        relation,
        label: RELATION_LABELS[relation],
        count: relations.get(relation) ?? 0,
      })),
    };
  }
}

/** The value of one figure in a list (null when absent or without a value). */
export function figureValue(figures: readonly FigureValue[], key: FigureKey): number | null {
  return figures.find((figure) => figure.key === key)?.value ?? null;
}

/** Every figure from one group's counts; a figure that does not break down by a filter: null. */
export function figureValues(counts: RawCounts, filters: FigureFilters): FigureValue[] {
  const set = (Object.keys(filters) as (keyof FigureFilters)[]).filter(
    (name) => filters[name] !== undefined,
  );
  return FIGURE_KEYS.map((key) => {
    const definition = FIGURE_DEFINITIONS[key];
    const applicable = set.every((name) => definition.dimensions.includes(FILTER_DIMENSION[name]));
    const [numerator, denominator] = PARTS[key](counts);
    const base = {
      key,
      name: definition.name,
      unit: definition.unit,
      definition: definition.definition,
    };
    if (!applicable) {
      return { ...base, value: null, numerator: null, denominator: null, applicable };
    }
    if (denominator === null) {
      return { ...base, value: numerator, numerator: null, denominator: null, applicable };
    }
    const value =
      denominator === 0
        ? null
        : definition.unit === 'percent'
          ? round((numerator / denominator) * 100, 1)
          : round(numerator / denominator, 2);
    return { ...base, value, numerator, denominator, applicable };
  });
}

/** Each figure as [count] or [numerator, denominator] of the counts. */
const PARTS: Record<FigureKey, (c: RawCounts) => [number, number | null]> = {
  courses_held: (c) => [c.courses, null],
  sessions_held: (c) => [c.sessions, null],
  seats_offered: (c) => [c.seats, null],
  applicants: (c) => [c.applicants, null],
  lottery_oversubscription: (c) => [c.lotteryApplicants, c.lotterySeats],
  enrolled: (c) => [c.enrolled, null],
  fill_rate: (c) => [c.enrolled, c.seats],
  participants: (c) => [c.participants, null],
  attendances: (c) => [c.attendances, null],
  attendance_rate: (c) => [c.attendances, c.expectedAttendances],
  completion_rate: (c) => [c.completed, c.completionsDecided],
  repeat_learners: (c) => [c.repeatLearners, null],
  satisfaction_rate: (c) => [c.satisfied, c.satisfactionAnswers],
  questionnaire_response_rate: (c) => [c.questionnairesAnswered, c.questionnairesSent],
  instructor_registrations: (c) => [c.instructorRegistrations, null],
  instructor_requests_fulfilled: (c) => [c.instructorRequestsFulfilled, null],
  room_use_rate: (c) => [round(c.reservedHours, 2), round(c.openHours, 2)],
};

/** The filter that one group of a breakdown stands for. */
function filterOf(by: CountGrouping, key: string): FigureFilters {
  switch (by) {
    case 'organisation':
      return { organisationId: key };
    case 'pillar':
      return { pillar: Number(key) };
    case 'life_stage':
      return { lifeStage: key as FigureFilters['lifeStage'] };
    case 'category':
      return { category: key as FigureFilters['category'] };
    case 'facility':
      return { facilityId: key };
    case 'month':
      return { month: Number(key) };
    case 'fiscal_year':
      return {};
  }
}

/** The filters without the unset ones. */
function clean(filters: FigureFilters): FigureFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== null),
  ) as FigureFilters;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
