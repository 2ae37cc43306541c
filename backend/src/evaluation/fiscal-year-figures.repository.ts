import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Category, LifeStage } from '../reference/reference-data';
import { FISCAL_YEAR_SQL } from './evaluation-summary.repository';
import { canonical, groupingName, isPrecomputed, type PeopleDimension } from './people-groupings';
import type {
  FigureDimension,
  ParticipantAgeBand,
  ParticipantRelation,
} from './figure-definitions';

/** Filters of the figures: each narrows to one value of a breakdown. */
export interface FigureFilters {
  organisationId?: string;
  pillar?: number;
  lifeStage?: LifeStage;
  category?: Category;
  facilityId?: string;
  /** 1–12: the calendar month within the fiscal year (1 = January of the year after it began). */
  month?: number;
}

/** The counts behind every figure of one group (a fiscal year, or one value of a breakdown). */
export interface RawCounts {
  courses: number;
  sessions: number;
  seats: number;
  applicants: number;
  enrolled: number;
  expectedAttendances: number;
  attendances: number;
  completionsDecided: number;
  completed: number;
  questionnairesSent: number;
  questionnairesAnswered: number;
  satisfactionAnswers: number;
  satisfied: number;
  lotteryApplicants: number;
  lotterySeats: number;
  participants: number;
  repeatLearners: number;
  instructorRegistrations: number;
  instructorRequestsFulfilled: number;
  openHours: number;
  reservedHours: number;
}

export const EMPTY_COUNTS: RawCounts = {
  courses: 0,
  sessions: 0,
  seats: 0,
  applicants: 0,
  enrolled: 0,
  expectedAttendances: 0,
  attendances: 0,
  completionsDecided: 0,
  completed: 0,
  questionnairesSent: 0,
  questionnairesAnswered: 0,
  satisfactionAnswers: 0,
  satisfied: 0,
  lotteryApplicants: 0,
  lotterySeats: 0,
  participants: 0,
  repeatLearners: 0,
  instructorRegistrations: 0,
  instructorRequestsFulfilled: 0,
  openHours: 0,
  reservedHours: 0,
};

/** A row of a count query: the group's key and some of the counts (bigints as strings). */
type CountRow = { key: string } & Record<string, string | number | null>;

/** A grouping of the counts: a breakdown, or the fiscal year itself (for trends). */
export type CountGrouping = FigureDimension | 'fiscal_year';

/** The group expression of each grouping over evaluation_course_facts `f`. */
const COURSE_GROUP_SQL: Record<CountGrouping, string> = {
  fiscal_year: 'f.fiscal_year::text',
  organisation: 'f.organisation_id::text',
  pillar: 'f.pillar::text',
  life_stage: 'g.life_stage',
  category: 'f.category',
  facility: 'f.facility_id::text',
  month: 'f.month::text',
};

/** The dimension of each filter. */
export const FILTER_DIMENSION: Record<keyof FigureFilters, FigureDimension> = {
  organisationId: 'organisation',
  pillar: 'pillar',
  lifeStage: 'life_stage',
  category: 'category',
  facilityId: 'facility',
  month: 'month',
};

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The reads of the figures, all from the summary tables (evaluation-summary.repository.ts)
 * except the instructor bank's two counts, read live from its small tables. Every read takes a
 * range of fiscal years (one year: from = to), the filters, and an optional grouping; it
 * answers a map from the group's key ('' without grouping) to that group's counts.
 */
@Injectable()
export class FiscalYearFiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  async counts(
    years: { from: number; to: number },
    filters: FigureFilters,
    groupBy: CountGrouping | null,
    /** Count people from the participations even where the precomputed counts answer (tests). */
    options: { live?: boolean } = {},
  ): Promise<Map<string, RawCounts>> {
    const [courses, people, registrations, requests, rooms] = await Promise.all([
      this.courseCounts(years, filters, groupBy),
      this.peopleCounts(years, filters, groupBy, options.live ?? false),
      this.instructorRegistrations(years, filters, groupBy),
      this.instructorRequests(years, filters, groupBy),
      this.roomHours(years, filters, groupBy),
    ]);
    const result = new Map<string, RawCounts>();
    const into = (key: string) => {
      let counts = result.get(key);
      if (!counts) result.set(key, (counts = { ...EMPTY_COUNTS }));
      return counts;
    };
    for (const row of courses) Object.assign(into(row.key), numbers(row));
    for (const row of people) Object.assign(into(row.key), numbers(row));
    for (const row of registrations) Object.assign(into(row.key), numbers(row));
    for (const row of requests) Object.assign(into(row.key), numbers(row));
    for (const row of rooms) Object.assign(into(row.key), numbers(row));
    return result;
  }

  /** Unique participants by age band and by relation to Tsukuba. */
  async participantProfile(
    fiscalYear: number,
    filters: FigureFilters,
    /** Count people from the participations even where the precomputed counts answer (tests). */
    options: { live?: boolean } = {},
  ): Promise<{
    byAgeBand: { band: ParticipantAgeBand; count: number }[];
    byRelation: { relation: ParticipantRelation; count: number }[];
  }> {
    const year = { from: fiscalYear, to: fiscalYear };
    const ages = options.live ? null : this.precomputedPeople(year, filters, 'age_band');
    const relations = options.live ? null : this.precomputedPeople(year, filters, 'relation');
    if (ages && relations) {
      const [byAgeBand, byRelation]: { key: string; participants: number }[][] = await Promise.all([
        this.dataSource.query(ages.sql, ages.values),
        this.dataSource.query(relations.sql, relations.values),
      ]);
      return {
        byAgeBand: byAgeBand.map((row) => ({
          band: row.key as ParticipantAgeBand,
          count: row.participants,
        })),
        byRelation: byRelation.map((row) => ({
          relation: row.key as ParticipantRelation,
          count: row.participants,
        })),
      };
    }
    const params = new Params();
    const where = this.courseWhere(params, { from: fiscalYear, to: fiscalYear }, filters);
    const join = `evaluation_participations p
         JOIN evaluation_course_facts f
           ON f.course_id = p.course_id AND f.fiscal_year = p.fiscal_year`;
    const [byAgeBand, byRelation] = await Promise.all([
      this.dataSource.query(
        `SELECT p.age_band AS band, count(DISTINCT p.person_key)::int AS count
           FROM ${join}
          WHERE ${where}
          GROUP BY 1`,
        params.values,
      ),
      this.dataSource.query(
        `SELECT r.relation, count(DISTINCT p.person_key)::int AS count
           FROM ${join}
          CROSS JOIN LATERAL unnest(CASE WHEN p.relations = '{}' THEN ARRAY['none']
                                         ELSE p.relations END) AS r(relation)
          WHERE ${where}
          GROUP BY 1`,
        params.values,
      ),
    ]);
    return { byAgeBand, byRelation };
  }

  /**
   * The read of evaluation_people_counts that answers a people count, or null when it cannot:
   * one fiscal year (or a range grouped by year), and at most two dimensions among the filters
   * and the grouping (people-groupings.ts). Rows: the group's key ('' without grouping) and its
   * participants and repeat learners.
   */
  private precomputedPeople(
    years: { from: number; to: number },
    filters: FigureFilters,
    groupBy: CountGrouping | 'age_band' | 'relation' | null,
  ): { sql: string; values: unknown[] } | null {
    // People over several years together are counted once across them: live.
    if (years.from !== years.to && groupBy !== 'fiscal_year') return null;
    const filtered = (Object.keys(FILTER_DIMENSION) as (keyof FigureFilters)[])
      .filter((name) => filters[name] !== undefined)
      .map((name) => ({ dimension: FILTER_DIMENSION[name], value: String(filters[name]) }));
    const grouped = groupBy === null || groupBy === 'fiscal_year' ? null : groupBy;
    // A course has several life stages: its other stages under one stage's filter need a
    // grouping of its own (a rare view), counted live.
    if (grouped === 'life_stage' && filters.lifeStage !== undefined) return null;
    const dimensions = canonical([
      ...filtered.map((filter) => filter.dimension),
      ...(grouped ? [grouped] : []),
    ]);
    if (!isPrecomputed(dimensions)) return null;
    const params = new Params();
    // The key's part of each dimension (1-based, in the grouping's order).
    const part = (dimension: PeopleDimension) =>
      `split_part(c.key, '|', ${dimensions.indexOf(dimension) + 1})`;
    const where = [
      `c.grouping = ${params.add(groupingName(dimensions))}`,
      `c.fiscal_year BETWEEN ${params.add(years.from)}::int AND ${params.add(years.to)}::int`,
      ...filtered.map((filter) => `${part(filter.dimension)} = ${params.add(filter.value)}`),
    ];
    const key = groupBy === 'fiscal_year' ? `c.fiscal_year::text` : grouped ? part(grouped) : `''`;
    return {
      sql: `SELECT ${key} AS key, c.participants, c.repeat_learners AS "repeatLearners"
              FROM evaluation_people_counts c
             WHERE ${where.join(' AND ')}`,
      values: params.values,
    };
  }

  /** When the summary tables were rebuilt, as of which instant. */
  async asOf(): Promise<Date | null> {
    const [row] = await this.dataSource.query(`SELECT as_of FROM evaluation_summary_state`);
    return row?.as_of ?? null;
  }

  private courseWhere(
    params: Params,
    years: { from: number; to: number },
    filters: FigureFilters,
  ): string {
    const where = [
      `f.fiscal_year BETWEEN ${params.add(years.from)}::int AND ${params.add(years.to)}::int`,
    ];
    if (filters.organisationId)
      where.push(`f.organisation_id = ${params.add(filters.organisationId)}::uuid`);
    if (filters.pillar !== undefined) where.push(`f.pillar = ${params.add(filters.pillar)}::int`);
    if (filters.lifeStage)
      where.push(`${params.add(filters.lifeStage)}::text = ANY (f.life_stages)`);
    if (filters.category) where.push(`f.category = ${params.add(filters.category)}::text`);
    if (filters.facilityId) where.push(`f.facility_id = ${params.add(filters.facilityId)}::uuid`);
    if (filters.month !== undefined) where.push(`f.month = ${params.add(filters.month)}::int`);
    return where.join(' AND ');
  }

  private courseFrom(groupBy: CountGrouping | null): string {
    return groupBy === 'life_stage'
      ? `evaluation_course_facts f CROSS JOIN LATERAL unnest(f.life_stages) AS g(life_stage)`
      : `evaluation_course_facts f`;
  }

  private groupKey(groupBy: CountGrouping | null): string {
    return groupBy ? COURSE_GROUP_SQL[groupBy] : `''`;
  }

  private courseCounts(
    years: { from: number; to: number },
    filters: FigureFilters,
    groupBy: CountGrouping | null,
  ): Promise<CountRow[]> {
    const params = new Params();
    const key = this.groupKey(groupBy);
    return this.dataSource.query(
      `SELECT ${key} AS key,
              count(*)::int AS courses,
              sum(f.sessions_held)::bigint AS sessions,
              sum(f.seats_offered)::bigint AS seats,
              sum(f.applicants)::bigint AS applicants,
              sum(f.enrolled)::bigint AS enrolled,
              sum(f.expected_attendances)::bigint AS "expectedAttendances",
              sum(f.attendances)::bigint AS attendances,
              sum(f.completions_decided)::bigint AS "completionsDecided",
              sum(f.completed)::bigint AS completed,
              sum(f.questionnaires_sent)::bigint AS "questionnairesSent",
              sum(f.questionnaires_answered)::bigint AS "questionnairesAnswered",
              sum(f.satisfaction_answers)::bigint AS "satisfactionAnswers",
              sum(f.satisfied)::bigint AS satisfied,
              coalesce(sum(f.applicants) FILTER (WHERE f.booking_rule = 'lottery'), 0)::bigint
                AS "lotteryApplicants",
              coalesce(sum(f.seats_offered) FILTER (WHERE f.booking_rule = 'lottery'), 0)::bigint
                AS "lotterySeats"
         FROM ${this.courseFrom(groupBy)}
        WHERE ${this.courseWhere(params, years, filters)}
        GROUP BY 1`,
      params.values,
    );
  }

  /** Unique participants, and those who attended two courses or more, per group. */
  private peopleCounts(
    years: { from: number; to: number },
    filters: FigureFilters,
    groupBy: CountGrouping | null,
    live: boolean,
  ): Promise<CountRow[]> {
    const precomputed = live ? null : this.precomputedPeople(years, filters, groupBy);
    if (precomputed) return this.dataSource.query(precomputed.sql, precomputed.values);
    const params = new Params();
    const key = this.groupKey(groupBy);
    return this.dataSource.query(
      `SELECT key, count(*)::int AS participants,
              count(*) FILTER (WHERE courses >= 2)::int AS "repeatLearners"
         -- One row per (year, course, person): a person's rows are their courses.
         FROM (SELECT ${key} AS key, p.person_key, count(*) AS courses
                 FROM ${this.courseFrom(groupBy)}
                 JOIN evaluation_participations p
                   ON p.course_id = f.course_id AND p.fiscal_year = f.fiscal_year
                WHERE ${this.courseWhere(params, years, filters)}
                GROUP BY 1, 2) people
        GROUP BY key`,
      params.values,
    );
  }

  /** Registrations decided in the instructor bank (month and fiscal year only). */
  private instructorRegistrations(
    years: { from: number; to: number },
    filters: FigureFilters,
    groupBy: CountGrouping | null,
  ): Promise<CountRow[]> {
    if (!onlyFilters(filters, ['month']) || !groupable(groupBy, ['month'])) {
      return Promise.resolve([]);
    }
    const params = new Params();
    const year = FISCAL_YEAR_SQL('i.registered_at');
    const month = `extract(month FROM i.registered_at AT TIME ZONE 'Asia/Tokyo')::int`;
    const key = groupBy === 'month' ? `${month}::text` : groupBy ? `${year}::text` : `''`;
    return this.dataSource.query(
      `SELECT ${key} AS key, count(*)::int AS "instructorRegistrations"
         FROM instructor_profiles i
        WHERE i.registered_at IS NOT NULL
          AND ${year} BETWEEN ${params.add(years.from)}::int AND ${params.add(years.to)}::int
          ${filters.month !== undefined ? `AND ${month} = ${params.add(filters.month)}::int` : ''}
        GROUP BY 1`,
      params.values,
    );
  }

  /** Requests accepted by the instructor, by the accepted date (organisation, month, year). */
  private instructorRequests(
    years: { from: number; to: number },
    filters: FigureFilters,
    groupBy: CountGrouping | null,
  ): Promise<CountRow[]> {
    if (
      !onlyFilters(filters, ['organisationId', 'month']) ||
      !groupable(groupBy, ['organisation', 'month'])
    ) {
      return Promise.resolve([]);
    }
    const params = new Params();
    const year = FISCAL_YEAR_SQL('o.starts_at');
    const month = `extract(month FROM o.starts_at AT TIME ZONE 'Asia/Tokyo')::int`;
    const key =
      groupBy === 'month'
        ? `${month}::text`
        : groupBy === 'organisation'
          ? `r.organisation_id::text`
          : groupBy
            ? `${year}::text`
            : `''`;
    const where = [
      `r.status IN ('accepted', 'reported')`,
      `${year} BETWEEN ${params.add(years.from)}::int AND ${params.add(years.to)}::int`,
    ];
    if (filters.month !== undefined) where.push(`${month} = ${params.add(filters.month)}::int`);
    if (filters.organisationId)
      where.push(`r.organisation_id = ${params.add(filters.organisationId)}::uuid`);
    if (groupBy === 'organisation') where.push(`r.organisation_id IS NOT NULL`);
    return this.dataSource.query(
      `SELECT ${key} AS key, count(*)::int AS "instructorRequestsFulfilled"
         FROM instructor_requests r
         JOIN instructor_request_options o
           ON o.request_id = r.id AND o.option_index = r.accepted_option
        WHERE ${where.join(' AND ')}
        GROUP BY 1`,
      params.values,
    );
  }

  /** Opening and reserved room hours (facility, month, year). */
  private roomHours(
    years: { from: number; to: number },
    filters: FigureFilters,
    groupBy: CountGrouping | null,
  ): Promise<CountRow[]> {
    if (
      !onlyFilters(filters, ['facilityId', 'month']) ||
      !groupable(groupBy, ['facility', 'month'])
    ) {
      return Promise.resolve([]);
    }
    const params = new Params();
    const key =
      groupBy === 'month'
        ? `u.month::text`
        : groupBy === 'facility'
          ? `u.facility_id::text`
          : groupBy
            ? `u.fiscal_year::text`
            : `''`;
    const where = [
      `u.fiscal_year BETWEEN ${params.add(years.from)}::int AND ${params.add(years.to)}::int`,
    ];
    if (filters.month !== undefined) where.push(`u.month = ${params.add(filters.month)}::int`);
    if (filters.facilityId) where.push(`u.facility_id = ${params.add(filters.facilityId)}::uuid`);
    return this.dataSource.query(
      `SELECT ${key} AS key, sum(u.open_hours)::float8 AS "openHours",
              sum(u.course_hours + u.hire_hours)::float8 AS "reservedHours"
         FROM evaluation_room_use u
        WHERE ${where.join(' AND ')}
        GROUP BY 1`,
      params.values,
    );
  }
}

/** Whether only these filters (or none) are set. */
function onlyFilters(filters: FigureFilters, allowed: (keyof FigureFilters)[]): boolean {
  return (Object.keys(filters) as (keyof FigureFilters)[]).every(
    (name) => filters[name] === undefined || allowed.includes(name),
  );
}

function groupable(groupBy: CountGrouping | null, allowed: FigureDimension[]): boolean {
  return groupBy === null || groupBy === 'fiscal_year' || allowed.includes(groupBy);
}

/** A row's counts as numbers (bigint sums arrive as strings; null sums of no rows as null). */
function numbers(row: CountRow): Partial<RawCounts> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(row)) {
    if (name === 'key') continue;
    out[name] = value === null ? 0 : Number(value);
  }
  return out as Partial<RawCounts>;
}
