import { PAYMENT_JSON } from '../bookings/payment-sql';
import type { PaymentDto } from '../bookings/dto/booking.dto';
import type { GuardianRule, PriorityProject } from '../reference/reference-data';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SqlParameters } from '../database/sql/sql-parameters';
import type { CourseSort } from './dto/course-query.dto';
import type { CompletionRule } from '../certificates/completion-rule';
import type { CourseSessionDto } from './dto/course-detail.dto';
import { bookingWindowState } from '../bookings/ledger/booking-window';
import type { ApplicationState, CourseSummaryDto } from './dto/course-summary.dto';

export interface CourseSearch {
  keywords: string[];
  lifeStage?: string;
  category?: string;
  pillar?: number;
  facilityId?: string;
  /** Courses tagged with this priority project (重点事業). */
  priorityProject?: PriorityProject;
  /** Sessions starting at or after this instant … */
  startsFrom: Date;
  /**
   * Whether the search reaches before today: then courses the completion job has finished
   * (status 'finished', all sessions over) are listed too. From today on none can match, and the
   * condition stays `status = 'published'`, which the listing's partial indexes need.
   */
  includesPast?: boolean;
  /** … and before this one, when given. */
  startsBefore?: Date;
  weekdays?: number[];
  timeOfDay?: 'morning' | 'afternoon' | 'evening';
  freeOnly: boolean;
  hasSeats: boolean;
  childcare: boolean;
  /** When given, only courses taking applications (bookings or lottery entries) at this instant. */
  openAt?: Date;
  age?: number;
  sort: CourseSort;
  titleLanguage: 'ja' | 'en';
  limit: number;
  offset: number;
  /**
   * Keyset pagination: the page starts after this course in the listing's order (the last one
   * of the page before), instead of skipping `offset` courses. Same results, but the work no
   * longer grows with the page's depth (page 50 walked 1,000 courses to show 20).
   */
  after?: ListingPosition;
}

/**
 * A course's place in the listing's order: its sort key (soonest: the first matching session's
 * start; newest: published at, null last; title: the title as sorted) and its id, the tiebreak.
 */
export interface ListingPosition {
  key: string | null;
  id: string;
}

export interface CourseDetailRow {
  summary: CourseSummaryDto;
  descriptionJa: string;
  descriptionEn: string;
  whatToBringJa: string;
  whatToBringEn: string;
  instructorNamesJa: string;
  instructorNamesEn: string;
  publishedAt: string | null;
  guardianRule: GuardianRule;
  priorityProjects: PriorityProject[];
  maxAttendees: number;
  payment: PaymentDto | null;
  completionRule: CompletionRule;
  completionCountsLate: boolean;
  websiteUrl: string | null;
  phone: string | null;
}

/** The session's start as Japan local time (for weekdays and times of day). */
const localTime = (alias: string) => `(${alias}.starts_at AT TIME ZONE 'Asia/Tokyo')`;
const TIME_OF_DAY_SQL = {
  morning: (alias: string) => `${localTime(alias)}::time < time '12:00'`,
  afternoon: (alias: string) =>
    `${localTime(alias)}::time >= time '12:00' AND ${localTime(alias)}::time < time '17:00'`,
  evening: (alias: string) => `${localTime(alias)}::time >= time '17:00'`,
} as const;

/**
 * Up to this many matching courses are counted one by one; beyond it the total is the planner's
 * estimate (rounded, and said to be one): nobody needs to know that 44,123 courses match.
 */
export const EXACT_COUNT_LIMIT = 1000;

/**
 * A word search makes its page from the courses that have the words when at most this many
 * upcoming courses match (the bounded count tells), else it walks the listing in its order.
 */
export const WORDS_FIRST_LIMIT = 1000;

/**
 * Words the planner expects in at least this many upcoming courses (の, 講座 at 100,000 courses)
 * are not counted: the total is that estimate, and the courses that have them are not gathered
 * first (for の that alone is every course: 100,000 ids to read and hash, 120 ms). The planner's
 * figure comes from the grams' statistics (course_search_grams, 10,000 most common grams).
 */
export const COMMON_WORDS_ESTIMATE = 10 * EXACT_COUNT_LIMIT;

/** One page of a search: the ids in order, the total and whether the total is an estimate. */
export interface SearchPage {
  ids: string[];
  total: number;
  totalEstimated: boolean;
  /** Where the page's last course is in the listing's order (null: an empty page). */
  last: ListingPosition | null;
}

/** The catalogue's SQL, in one reviewable place. Only published courses are ever listed. */
@Injectable()
export class CoursesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Ids of one page of matching courses, in order, and how many match in all: counted when at
   * most `exactCountLimit` (EXACT_COUNT_LIMIT) match, else the planner's estimate of the same
   * query, rounded to two significant figures.
   */
  async search(
    search: CourseSearch,
    exactCountLimit = EXACT_COUNT_LIMIT,
    wordsFirstUpTo = WORDS_FIRST_LIMIT,
    commonWordsEstimate = COMMON_WORDS_ESTIMATE,
  ): Promise<SearchPage> {
    return this.withSearchSettings(search, async (query) => {
      const statement = await this.statement(search, query, {
        exactCountLimit,
        wordsFirstUpTo,
        commonWordsEstimate,
      });
      const [row]: { counted: number | null; page: [string, string | null][] }[] = await query(
        statement.sql,
        statement.params,
      );
      const ids = row.page.map(([id]) => id);
      const lastRow = row.page.at(-1);
      const last = lastRow ? { id: lastRow[0], key: lastRow[1] } : null;
      if (row.counted !== null && row.counted <= exactCountLimit) {
        return { ids, total: row.counted, totalEstimated: false, last };
      }
      const estimate = statement.commonWords
        ? statement.estimate
        : await estimatedCount(search, query, exactCountLimit);
      return { ids, total: roundEstimate(estimate), totalEstimated: true, last };
    });
  }

  /**
   * The plan (EXPLAIN ANALYZE, BUFFERS) of the statement `search` runs for a page, run as it runs
   * it: with its settings and its choice for common words (bench:catalogue's EXPLAIN=true).
   */
  async explain(search: CourseSearch): Promise<string> {
    return this.withSearchSettings(search, async (query) => {
      const { sql, params } = await this.statement(search, query, {
        exactCountLimit: EXACT_COUNT_LIMIT,
        wordsFirstUpTo: WORDS_FIRST_LIMIT,
        commonWordsEstimate: COMMON_WORDS_ESTIMATE,
      });
      const plan: { 'QUERY PLAN': string }[] = await query(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
        params,
      );
      return plan.map((line) => line['QUERY PLAN']).join('\n');
    });
  }

  /** The page's statement, and for words whether they count as common (and the estimate). */
  private async statement(
    search: CourseSearch,
    query: DataSource['query'],
    limits: { exactCountLimit: number; wordsFirstUpTo: number; commonWordsEstimate: number },
  ): Promise<{ sql: string; params: unknown[]; commonWords: boolean; estimate: number }> {
    const estimate =
      search.keywords.length > 0 && limits.exactCountLimit < limits.commonWordsEstimate
        ? await estimatedCount(search, query, limits.exactCountLimit)
        : 0;
    const commonWords = estimate >= limits.commonWordsEstimate;
    const { sql, params } = searchQuery(
      search,
      limits.exactCountLimit,
      limits.wordsFirstUpTo,
      commonWords,
    );
    return { sql, params, commonWords, estimate };
  }

  /** Runs `work` as a search runs: a word search in a transaction of its own settings. */
  private withSearchSettings<T>(
    search: CourseSearch,
    work: (query: DataSource['query']) => Promise<T>,
  ): Promise<T> {
    if (search.keywords.length === 0)
      return work((text, values) => this.dataSource.query(text, values));
    return this.dataSource.transaction(async (manager) => {
      // With a common word (講座, の) the planner prefers reading rows one by one to the grams'
      // GIN index, as it cannot see that each row's grams array must then be fetched from TOAST
      // and decompressed (0.08 ms a row). Within this transaction only, the index is the way in
      // (the listing's own walk over the sessions is an index scan and stays available). Nor are
      // parallel workers started: a deep page of 講座 by its number took 140 ms with two workers
      // each hashing the word's 30,000 courses, on two cores that serve other requests too.
      await manager.query(
        `SELECT set_config('enable_seqscan', 'off', true),
                set_config('max_parallel_workers_per_gather', '0', true)`,
      );
      return work((text, values) => manager.query(text, values));
    });
  }

  /** Summaries of the given published courses, in the order of the ids. */
  async summaries(ids: string[], now: Date): Promise<CourseSummaryDto[]> {
    if (ids.length === 0) return [];
    const rows: { summary: StoredSummary }[] = await this.dataSource.query(
      `SELECT ${SUMMARY_JSON} AS summary ${SUMMARY_FROM}
        WHERE c.id = ANY($1::uuid[]) AND c.status <> 'draft'`,
      [ids, now],
    );
    const byId = new Map(
      rows.map((row) => [row.summary.id, withApplicationState(row.summary, now)]),
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Upcoming published courses with a session at the facility, soonest first. */
  async upcomingAtFacility(facilityId: string, limit: number, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM courses c
         JOIN LATERAL (SELECT min(s.starts_at) AS next_start FROM course_sessions s
                         JOIN rooms r ON r.id = s.room_id
                        WHERE s.course_id = c.id AND r.facility_id = $1 AND s.starts_at >= $2
                          AND s.status = 'scheduled') n ON true
        WHERE c.status = 'published' AND n.next_start IS NOT NULL
        ORDER BY n.next_start, c.id LIMIT $3`,
      [facilityId, now, limit],
    );
    return rows.map((row) => row.id);
  }

  /** A published (or cancelled, finished) course; a draft too when previewing it. */
  async detail(id: string, now: Date, includeDraft = false): Promise<CourseDetailRow | null> {
    const [row]: (Omit<CourseDetailRow, 'summary'> & { summary: StoredSummary })[] =
      await this.dataSource.query(
        `SELECT ${SUMMARY_JSON} AS summary,
         c.description_ja AS "descriptionJa", c.description_en AS "descriptionEn",
         c.what_to_bring_ja AS "whatToBringJa", c.what_to_bring_en AS "whatToBringEn",
         c.instructor_names_ja AS "instructorNamesJa", c.instructor_names_en AS "instructorNamesEn",
         to_json(c.published_at) #>> '{}' AS "publishedAt",
         c.guardian_rule AS "guardianRule", c.max_companions + 1 AS "maxAttendees",
         c.priority_projects AS "priorityProjects",
         ${PAYMENT_JSON} AS payment,
         c.completion_rule AS "completionRule", c.completion_counts_late AS "completionCountsLate",
         o.website_url AS "websiteUrl", o.phone
       ${SUMMARY_FROM}
       WHERE c.id = $1 AND ($3 OR c.status <> 'draft')`,
        [id, now, includeDraft],
      );
    return row ? { ...row, summary: withApplicationState(row.summary, now) } : null;
  }

  async sessions(courseId: string): Promise<CourseSessionDto[]> {
    const rows: { session: CourseSessionDto }[] = await this.dataSource.query(
      `SELECT json_build_object(
                'id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
                'room', json_build_object('id', r.id, 'nameJa', r.name_ja, 'nameEn', r.name_en,
                                          'capacity', r.capacity),
                'facility', json_build_object('id', f.id, 'nameJa', f.name_ja, 'nameEn', f.name_en,
                                              'addressJa', f.address_ja, 'addressEn', f.address_en)
              ) AS session
         FROM course_sessions s
         JOIN courses c ON c.id = s.course_id
         JOIN rooms r ON r.id = s.room_id
         JOIN facilities f ON f.id = r.facility_id
        WHERE s.course_id = $1 AND ${SHOWN_SESSION}
        ORDER BY s.starts_at`,
      [courseId],
    );
    return rows.map((row) => row.session);
  }
}

/** A summary as SUMMARY_JSON builds it: everything but what depends on the request's instant. */
type StoredSummary = Omit<CourseSummaryDto, 'applicationState'>;

/**
 * The summary with its application state at `now`: the booking window's own rule
 * (bookingWindowState), so a card and the booking page never disagree.
 */
export function withApplicationState(summary: StoredSummary, now: Date): CourseSummaryDto {
  const window = bookingWindowState(
    {
      status: summary.status,
      opensAt: summary.applicationOpensAt,
      closesAt: summary.applicationClosesAt,
    },
    now,
  );
  const applicationState: ApplicationState =
    window === 'not_open_yet'
      ? 'notYetOpen'
      : window === 'open'
        ? summary.bookingRule === 'lottery'
          ? 'lotteryOpen'
          : 'open'
        : 'closed';
  return { ...summary, applicationState };
}

/** The planner's estimate of how many courses match, at least exactCountLimit + 1. */
async function estimatedCount(
  search: CourseSearch,
  query: DataSource['query'],
  exactCountLimit: number,
): Promise<number> {
  const count = countQuery(search);
  const [plan]: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[] = await query(
    `EXPLAIN (FORMAT JSON) ${count.sql}`,
    count.params,
  );
  return Math.max(exactCountLimit + 1, plan['QUERY PLAN'][0].Plan['Plan Rows']);
}

/** Two significant figures: 44,123 → 44,000; 1,251 → 1,300. */
export function roundEstimate(count: number): number {
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(count)) - 1);
  return Math.round(count / unit) * unit;
}

/**
 * One statement for a page of results and a bounded count. Each is a range of an index in the
 * listing's own order, so the work grows with the page's depth, not with the catalogue:
 *
 * - soonest: scheduled sessions are read in (starts_at, course_id) order from the first day
 *   (course_sessions_listing_index); a session is kept when its course matches and no earlier
 *   session of the same course matches the session filters, so each course appears once, at its
 *   first matching session, and the first page stops after `limit` courses.
 * - newest / title: courses in that order, upcoming by their stored last session
 *   (courses.last_session_starts_at), with a matching session when the filters are about
 *   sessions (weekday, time of day, facility, last day).
 * - the count reads at most exactCountLimit + 1 matching courses.
 *
 * The order is the one the catalogue has always had: first matching session, then id; newest
 * published first, then id; title, then id (catalogue-listing.integration.ts compares it).
 */
export function searchQuery(
  search: CourseSearch,
  exactCountLimit = EXACT_COUNT_LIMIT,
  wordsFirstUpTo = WORDS_FIRST_LIMIT,
  commonWords = false,
): { sql: string; params: unknown[] } {
  const params = new SqlParameters();
  const conditions = searchConditions(search, params);
  // Words that nearly every course has (see COMMON_WORDS_ESTIMATE): no count, and the listing is
  // walked checking each course it passes (a page near the start, or after a cursor, meets
  // ~20 courses), or against the word's courses hashed once (a page deep by its number).
  const perRowWords = commonWords && (search.after !== undefined || search.offset < 100);
  if (commonWords) conditions.wordCourses = conditions.wordSearch;
  const wordCheck = perRowWords ? 'join' : 'hashed';
  const limit = params.add(search.limit);
  // After a known course (keyset), the page starts there; else it skips `offset` courses.
  const offset = params.add(search.after ? 0 : search.offset);
  const after = search.after;
  const order =
    search.sort === 'newest'
      ? 'c.published_at DESC NULLS LAST, c.id'
      : search.titleLanguage === 'en'
        ? 'lower(c.title_en), c.id'
        : 'c.title_ja, c.id';
  // The newest and title orders' keyset condition (soonest has its own, on the session).
  const afterCourse =
    after && search.sort !== 'soonest' ? [afterCondition(search, after, params)] : [];
  const walk =
    search.sort === 'soonest'
      ? `SELECT json_build_array(s.course_id, to_json(s.starts_at))
           FROM course_sessions s
           JOIN courses c ON c.id = s.course_id
          WHERE ${[
            ...conditions.courseConditions,
            // Implied by the session conditions; lets a keyword's candidates skip past courses.
            `c.last_session_starts_at >= ${conditions.startsFrom}`,
            ...conditions.sessionConditions('s'),
            ...(conditions.wordCourses
              ? [
                  wordCheck === 'hashed'
                    ? hashedIn('s.course_id', conditions.wordCourses)
                    : `s.course_id IN (${conditions.wordCourses})`,
                ]
              : []),
            // Each course is listed once, at its first matching session: the sessions after the
            // last course's are those of the courses after it.
            ...(after
              ? [
                  `(s.starts_at, s.course_id) > (${params.add(after.key)}::timestamptz, ${params.add(after.id)}::uuid)`,
                ]
              : []),
          ].join(' AND ')}
            AND NOT EXISTS (
                  SELECT 1 FROM course_sessions earlier
                   WHERE earlier.course_id = s.course_id
                     AND ${conditions.sessionConditions('earlier').join(' AND ')}
                     AND earlier.starts_at <= s.starts_at
                     AND (earlier.starts_at < s.starts_at OR earlier.id < s.id))
          ORDER BY s.starts_at, s.course_id
          LIMIT ${limit} OFFSET ${offset}`
      : `SELECT json_build_array(c.id, to_json(${sortKey(search)}))
          ${upcomingCourses(conditions, afterCourse, wordCheck)}
          ORDER BY ${order}
          LIMIT ${limit} OFFSET ${offset}`;
  if (commonWords) {
    return { sql: `SELECT NULL::int AS counted, ARRAY(${walk}) AS page`, params: params.values };
  }
  if (!conditions.wordCourses) {
    const counted = `(SELECT count(*)::int FROM (SELECT 1 ${upcomingCourses(conditions)}
                                                  LIMIT ${params.add(exactCountLimit + 1)}) AS bounded)`;
    return { sql: `SELECT ${counted} AS counted, ARRAY(${walk}) AS page`, params: params.values };
  }
  // With words: the courses that have them are found once (`words`), and the upcoming ones
  // among them that match the filters (`matched`, at most the count's bound) once more. When
  // these are few, the page is made from them (each one's first matching session, sorted);
  // when many, the listing is walked in its own order, each course checked against `words`.
  // Of the two ARRAY()s only the one CASE picks runs (an InitPlan runs when first used).
  const wordsFirst =
    search.sort === 'soonest'
      ? `SELECT json_build_array(m.id, to_json(first.starts_at))
           FROM matched m
          CROSS JOIN LATERAL (
                SELECT s.starts_at FROM course_sessions s
                 WHERE s.course_id = m.id AND ${conditions.sessionConditions('s').join(' AND ')}
                 ORDER BY s.starts_at LIMIT 1) first
          ${
            after
              ? `WHERE (first.starts_at, m.id) > (${params.add(after.key)}::timestamptz, ${params.add(after.id)}::uuid)`
              : ''
          }
          ORDER BY first.starts_at, m.id
          LIMIT ${limit} OFFSET ${offset}`
      : `SELECT json_build_array(c.id, to_json(${sortKey(search)}))
           FROM matched m JOIN courses c ON c.id = m.id
          ${afterCourse.length > 0 ? `WHERE ${afterCourse.join(' AND ')}` : ''}
          ORDER BY ${order}
          LIMIT ${limit} OFFSET ${offset}`;
  const matchedCount = `(SELECT count(*)::int FROM matched)`;
  const sql = `
    WITH words AS MATERIALIZED (${conditions.wordSearch}),
         matched AS MATERIALIZED (SELECT c.id ${upcomingCourses(conditions)}
                                  LIMIT ${params.add(exactCountLimit + 1)})
    SELECT ${matchedCount} AS counted,
           CASE WHEN ${matchedCount} <= ${params.add(Math.min(wordsFirstUpTo, exactCountLimit))}
                THEN ARRAY(${wordsFirst}) ELSE ARRAY(${walk}) END AS page`;
  return { sql, params: params.values };
}

/** The sort key of course c for the newest and title orders (see ListingPosition). */
function sortKey(search: Pick<CourseSearch, 'sort' | 'titleLanguage'>): string {
  if (search.sort === 'newest') return 'c.published_at';
  return search.titleLanguage === 'en' ? 'lower(c.title_en)' : 'c.title_ja';
}

/** Course c comes after `after` in the newest or title order. */
function afterCondition(
  search: Pick<CourseSearch, 'sort' | 'titleLanguage'>,
  after: ListingPosition,
  params: SqlParameters,
): string {
  const id = `${params.add(after.id)}::uuid`;
  if (search.sort === 'newest') {
    // published_at DESC NULLS LAST, id: earlier published, or as published and a greater id,
    // and the never-published last of all.
    if (after.key === null) return `(c.published_at IS NULL AND c.id > ${id})`;
    const published = `${params.add(after.key)}::timestamptz`;
    return `(c.published_at < ${published} OR (c.published_at = ${published} AND c.id > ${id})
             OR c.published_at IS NULL)`;
  }
  return `(${sortKey(search)}, c.id) > (${params.add(after.key ?? '')}::text, ${id})`;
}

/** The same matching courses, unbounded: what the planner estimates when there are many. */
export function countQuery(
  search: Omit<CourseSearch, 'sort' | 'titleLanguage' | 'limit' | 'offset'>,
): { sql: string; params: unknown[] } {
  const params = new SqlParameters();
  const conditions = searchConditions(search, params);
  const words = conditions.wordSearch
    ? `WITH words AS MATERIALIZED (${conditions.wordSearch}) `
    : '';
  return {
    sql: `${words}SELECT 1 ${upcomingCourses(conditions)}`,
    params: params.values,
  };
}

/**
 * FROM … WHERE of the published courses with a session matching the filters. The courses with
 * the words are a semi-join (`words: 'join'`: the count, which reads the word's courses and
 * probes each one's row) or a hashed set (`'hashed'`: a listing walked in its own order).
 */
function upcomingCourses(
  conditions: SearchConditions,
  more: string[] = [],
  words: 'join' | 'hashed' = 'join',
): string {
  const where = [
    ...conditions.courseConditions,
    `c.last_session_starts_at >= ${conditions.startsFrom}`,
    ...more,
  ];
  if (conditions.wordCourses) {
    where.push(
      words === 'hashed'
        ? hashedIn('c.id', conditions.wordCourses)
        : `c.id IN (${conditions.wordCourses})`,
    );
  }
  if (conditions.filtersSessions) {
    where.push(
      `EXISTS (SELECT 1 FROM course_sessions s WHERE s.course_id = c.id
                  AND ${conditions.sessionConditions('s').join(' AND ')})`,
    );
  }
  return `FROM courses c WHERE ${where.join(' AND ')}`;
}

export interface SearchConditions {
  /** On the course row `c`. */
  courseConditions: string[];
  /** On a session row of the given alias: at least one session must satisfy all of them. */
  sessionConditions: (alias: string) => string[];
  /** The parameter holding the first instant. */
  startsFrom: string;
  /** Whether any session condition goes beyond "scheduled, from the first instant". */
  filtersSessions: boolean;
  /**
   * With keywords: the SELECT of the ids of the courses whose grams hold every word's grams
   * (course_search_grams, through its GIN index), run once as the CTE `words`; null without.
   */
  wordSearch: string | null;
  /** With keywords, those ids as read from the CTE (`SELECT course_id FROM words`). */
  wordCourses: string | null;
}

/**
 * `value IN (subquery)` kept as a hashed subplan: the subquery runs once into a hash table and
 * each row of a listing walked in its own order is checked against it, instead of the planner
 * turning the IN into a join (which would read the word's grams row of every course walked by:
 * 0.08 ms each, 25 ms for 料理 at 100,000 courses). IS TRUE is what keeps it a subplan
 * (PostgreSQL pulls up only a bare IN); with a NOT NULL value it changes nothing.
 */
function hashedIn(value: string, subquery: string): string {
  return `(${value} IN (${subquery})) IS TRUE`;
}

/**
 * The WHERE conditions of a catalogue search: on the course row, and on the sessions that make
 * a course match (at least one session must satisfy all of them).
 */
export function searchConditions(
  search: Omit<CourseSearch, 'sort' | 'titleLanguage' | 'limit' | 'offset'>,
  params: SqlParameters,
): SearchConditions {
  const courseConditions = [
    search.includesPast ? `c.status IN ('published', 'finished')` : `c.status = 'published'`,
  ];
  const startsFrom = params.add(search.startsFrom);
  // A session its organiser cancelled is not something to attend: it never matches.
  const sessionFilters: ((alias: string) => string)[] = [
    (alias) => `${alias}.status = 'scheduled'`,
    (alias) => `${alias}.starts_at >= ${startsFrom}`,
  ];
  const baseFilters = sessionFilters.length;

  const words = courseKeywordConditions('c', search.keywords, params);
  courseConditions.push(...words.confirmations);
  if (search.lifeStage) {
    // A course for all ages is a course for every life stage.
    courseConditions.push(
      `c.life_stages && ARRAY[${params.add(search.lifeStage)}, 'all_ages']::text[]`,
    );
  }
  if (search.category) courseConditions.push(`c.category = ${params.add(search.category)}`);
  if (search.pillar) courseConditions.push(`c.pillar = ${params.add(search.pillar)}`);
  if (search.priorityProject) {
    courseConditions.push(
      `c.priority_projects @> ARRAY[${params.add(search.priorityProject)}]::text[]`,
    );
  }
  if (search.freeOnly) courseConditions.push(`c.fee_yen = 0`);
  if (search.hasSeats) courseConditions.push(`c.booked_count < c.capacity`);
  if (search.childcare) courseConditions.push(`c.childcare_offered`);
  if (search.openAt) {
    // The booking window's rule (bookings/ledger/booking-window.ts, bookingWindowState) in SQL:
    // published (already required above) and opensAt <= now < closesAt. On the course row
    // itself, so no session is read for it; courses.integration.ts checks both agree.
    const now = params.add(search.openAt);
    courseConditions.push(`c.application_opens_at <= ${now}`, `c.application_closes_at > ${now}`);
  }
  if (search.age !== undefined) courseConditions.push(...ageConditions(search.age, params));
  if (search.startsBefore) {
    const startsBefore = params.add(search.startsBefore);
    sessionFilters.push((alias) => `${alias}.starts_at < ${startsBefore}`);
  }
  if (search.weekdays?.length) {
    const weekdays = params.add(search.weekdays);
    sessionFilters.push(
      (alias) => `extract(dow FROM ${localTime(alias)})::int = ANY(${weekdays}::int[])`,
    );
  }
  const timeOfDay = search.timeOfDay;
  if (timeOfDay) sessionFilters.push((alias) => TIME_OF_DAY_SQL[timeOfDay](alias));
  if (search.facilityId) {
    const facilityId = params.add(search.facilityId);
    sessionFilters.push(
      (alias) =>
        `${alias}.room_id IN (SELECT r.id FROM rooms r WHERE r.facility_id = ${facilityId})`,
    );
  }
  return {
    courseConditions,
    sessionConditions: (alias) => sessionFilters.map((filter) => filter(alias)),
    startsFrom,
    filtersSessions: sessionFilters.length > baseFilters,
    wordSearch: words.courses,
    wordCourses: words.courses && 'SELECT course_id FROM words',
  };
}

/** Under this age a person is a child (成年年齢, 18 in Japan since 2022). */
export const ADULT_AGE = 18;
/** The life stages of a course without an age range that a child may still be there for. */
export const CHILD_FRIENDLY_LIFE_STAGES = ['all_ages', 'parenting', 'youth'] as const;

/**
 * Courses for a person of this age: the course's age range includes it; and for a child, a course
 * without any age range only when it is meant for all ages, for families (子育て世代: 親子 courses)
 * or for young people. A course with no range and no such life stage (簿記3級, シニアの囲碁入門) is
 * for adults, and a child of 8 does not find it. The catalogue's age filter says so in its hint.
 */
export function ageConditions(age: number, params: SqlParameters): string[] {
  const value = params.add(age);
  const conditions = [
    `(c.target_age_min IS NULL OR c.target_age_min <= ${value})`,
    `(c.target_age_max IS NULL OR c.target_age_max >= ${value})`,
  ];
  if (age < ADULT_AGE) {
    conditions.push(
      `(c.target_age_min IS NOT NULL OR c.target_age_max IS NOT NULL
        OR c.life_stages && ${params.add([...CHILD_FRIENDLY_LIFE_STAGES])}::text[])`,
    );
  }
  return conditions;
}

/**
 * The keyword conditions on a row with `search_text` and `search_grams` (the instructor bank's
 * profiles): every keyword must match.
 */
export function keywordConditions(
  alias: string,
  keywords: readonly string[],
  params: SqlParameters,
): string[] {
  return keywords.flatMap((keyword) => {
    // The grams narrow the candidates through the GIN index; LIKE confirms the whole keyword.
    // A keyword of one or two characters is a single gram, so the index match is already exact
    // and the LIKE (which reads each candidate's whole text) is skipped: CASE guarantees that.
    const normalized = `tsumugu_normalize(${params.add(keyword)})`;
    return [
      `${alias}.search_grams @> tsumugu_keyword_grams(${normalized})`,
      `CASE WHEN length(${normalized}) <= 2 THEN true
            ELSE ${alias}.search_text LIKE '%' || ${escapeLike(normalized)} || '%' END`,
    ];
  });
}

/**
 * Every keyword must occur in the course's search text. `courses` selects the ids of the courses
 * whose grams hold every word's grams (course_search_grams, a narrow table with its own GIN
 * index; migration 1796800000000), found without reading any course row. A word of up to three
 * characters is a single gram, so that match is exact; only a longer word is then confirmed with
 * LIKE on the text of the course row (`confirmations`; CASE skips it for the short ones).
 */
export function courseKeywordConditions(
  alias: string,
  keywords: readonly string[],
  params: SqlParameters,
): { courses: string | null; confirmations: string[] } {
  if (keywords.length === 0) return { courses: null, confirmations: [] };
  const normalized = keywords.map((keyword) => `tsumugu_normalize(${params.add(keyword)})`);
  const grams = normalized.map((word) => `tsumugu_word_grams(${word})`).join(' || ');
  return {
    courses: `SELECT g.course_id FROM course_search_grams g WHERE g.grams @> (${grams})`,
    confirmations: normalized.map(
      (word) => `CASE WHEN length(${word}) <= 3 THEN true
                      ELSE ${alias}.search_text LIKE '%' || ${escapeLike(word)} || '%' END`,
    ),
  };
}

/** A LIKE pattern's wildcards (% and _) and its escape character, taken literally. */
function escapeLike(sqlText: string): string {
  return `replace(replace(replace(${sqlText}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
}

/**
 * A course's summary as JSON built by PostgreSQL (timestamps in ISO 8601 with offset).
 * SUMMARY_FROM uses $2 as "now", for the next session; callers append WHERE.
 */
/**
 * The sessions the public sees: a session cancelled on its own no longer takes place and is not
 * shown; a cancelled course keeps its (cancelled) dates, so its page still says when it was.
 */
const SHOWN_SESSION = `(s.status = 'scheduled' OR c.status = 'cancelled')`;

const SUMMARY_JSON = `
  json_build_object(
    'id', c.id, 'titleJa', c.title_ja, 'titleEn', c.title_en,
    'summaryJa', c.summary_ja, 'summaryEn', c.summary_en,
    'lifeStages', c.life_stages, 'category', c.category, 'pillar', c.pillar,
    'feeYen', c.fee_yen, 'childcareOffered', c.childcare_offered,
    'bookingRule', c.booking_rule, 'audience', c.audience,
    'capacity', c.capacity, 'seatsLeft', c.capacity - c.booked_count,
    'targetAgeMin', c.target_age_min, 'targetAgeMax', c.target_age_max,
    'sessionCount', agg.session_count,
    'firstSessionStartsAt', agg.first_starts_at,
    'nextSessionStartsAt', agg.next_starts_at,
    'lastSessionEndsAt', agg.last_ends_at,
    'facility', json_build_object('id', venue.id, 'nameJa', venue.name_ja, 'nameEn', venue.name_en),
    'organisation', json_build_object('id', o.id, 'nameJa', o.name_ja, 'nameEn', o.name_en, 'kind', o.kind),
    'status', c.status,
    'applicationOpensAt', c.application_opens_at,
    'applicationClosesAt', c.application_closes_at,
    'imageUrl', (SELECT '/api/courses/' || c.id || '/image?v=' || left(i.sha256, 12)
                   FROM course_images i WHERE i.course_id = c.id),
    'imageAltJa', coalesce((SELECT i.alt_ja FROM course_images i WHERE i.course_id = c.id), ''),
    'imageAltEn', coalesce((SELECT i.alt_en FROM course_images i WHERE i.course_id = c.id), '')
  )`;

const SUMMARY_FROM = `
  FROM courses c
  JOIN organisations o ON o.id = c.organisation_id
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS session_count, min(s.starts_at) AS first_starts_at,
           max(s.ends_at) AS last_ends_at,
           min(s.starts_at) FILTER (WHERE s.starts_at >= $2) AS next_starts_at
      FROM course_sessions s WHERE s.course_id = c.id AND ${SHOWN_SESSION}
  ) agg
  CROSS JOIN LATERAL (
    SELECT f.id, f.name_ja, f.name_en
      FROM course_sessions s JOIN rooms r ON r.id = s.room_id JOIN facilities f ON f.id = r.facility_id
     WHERE s.course_id = c.id AND ${SHOWN_SESSION} ORDER BY s.starts_at LIMIT 1
  ) venue`;
