import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { groupingName, groupingSql, precomputedGroupings } from './people-groupings';

/** The fiscal year (April–March) of a timestamptz in Japan, in SQL. */
export const FISCAL_YEAR_SQL = (column: string) =>
  `extract(year FROM (${column} AT TIME ZONE 'Asia/Tokyo') - interval '3 months')::smallint`;

const REFRESH_LOCK = `hashtext('tsumugu:evaluation-summary')`;

export interface SummaryRefresh {
  courses: number;
  participations: number;
  roomUseRows: number;
  durationMs: number;
}

/**
 * Rebuilds the evaluation summary tables from the live tables, as of an instant (the clock's
 * now): evaluation_course_facts, evaluation_participations and evaluation_room_use. One
 * transaction under an advisory lock — readers see the previous summary until it commits, two
 * refreshes never interleave. What each column counts is the figure's definition in
 * figure-definitions.ts; this SQL is its one implementation.
 */
@Injectable()
export class EvaluationSummaryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async refresh(asOf: Date): Promise<SummaryRefresh> {
    const started = performance.now();
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${REFRESH_LOCK})`);
      await manager.query(`DELETE FROM evaluation_people_counts`);
      await manager.query(`DELETE FROM evaluation_participations`);
      await manager.query(`DELETE FROM evaluation_room_use`);
      await manager.query(`DELETE FROM evaluation_course_facts`);
      await this.courseFacts(manager, asOf);
      await this.participations(manager, asOf);
      await this.roomUse(manager, asOf);
      await this.peopleCounts(manager);
      const [{ courses, participations, roomUseRows }] = await manager.query(
        `SELECT (SELECT count(*) FROM evaluation_course_facts)::int AS courses,
                (SELECT count(*) FROM evaluation_participations)::int AS participations,
                (SELECT count(*) FROM evaluation_room_use)::int AS "roomUseRows"`,
      );
      const durationMs = Math.round(performance.now() - started);
      await manager.query(
        `UPDATE evaluation_summary_state SET refreshed_at = now(), as_of = $1, duration_ms = $2`,
        [asOf, durationMs],
      );
      return { courses, participations, roomUseRows, durationMs };
    });
  }

  /**
   * Recounts only the precomputed people from the participations as they are (the benchmark
   * spreads synthetic participations over five years, then recounts); returns how long it took.
   */
  async recountPeople(): Promise<number> {
    const started = performance.now();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${REFRESH_LOCK})`);
      await manager.query(`DELETE FROM evaluation_people_counts`);
      await this.peopleCounts(manager);
    });
    return Math.round(performance.now() - started);
  }

  /** When the summary was last rebuilt, and as of which instant; nulls before the first. */
  async state(): Promise<{ asOf: Date | null; durationMs: number | null }> {
    const [row] = await this.dataSource.query(
      `SELECT as_of AS "asOf", duration_ms AS "durationMs" FROM evaluation_summary_state`,
    );
    return row ?? { asOf: null, durationMs: null };
  }

  private async courseFacts(manager: EntityManager, asOf: Date): Promise<void> {
    await manager.query(
      `WITH held AS (
         SELECT s.course_id,
                count(*)::int AS sessions_held,
                count(*) FILTER (WHERE s.starts_at <= $1)::int AS sessions_past,
                min(s.starts_at) AS first_start,
                (array_agg(r.facility_id ORDER BY s.starts_at, s.id))[1] AS facility_id
           FROM course_sessions s
           JOIN rooms r ON r.id = s.room_id
          WHERE s.status <> 'cancelled'
          GROUP BY s.course_id
       ),
       applied AS (
         SELECT b.course_id,
                sum(b.party_size)::int AS applicants,
                coalesce(sum(b.party_size) FILTER (WHERE b.status = 'confirmed'), 0)::int AS enrolled
           FROM bookings b
          GROUP BY b.course_id
       ),
       attended AS (
         SELECT b.course_id, sum(b.party_size)::int AS attendances
           FROM session_attendance a
           JOIN course_sessions s ON s.id = a.session_id
                                 AND s.status <> 'cancelled' AND s.starts_at <= $1
           JOIN bookings b ON b.id = a.booking_id AND b.status = 'confirmed'
          WHERE a.status IN ('present', 'late')
          GROUP BY b.course_id
       ),
       completions AS (
         SELECT course_id, count(*)::int AS decided, count(*) FILTER (WHERE completed)::int AS completed
           FROM course_completions GROUP BY course_id
       ),
       invitations AS (
         SELECT course_id, count(*)::int AS sent, count(*) FILTER (WHERE answered)::int AS answered
           FROM questionnaire_invitations GROUP BY course_id
       ),
       answers AS (
         SELECT course_id, count(*)::int AS answers,
                count(*) FILTER (WHERE satisfaction >= 4)::int AS satisfied
           FROM questionnaire_answers GROUP BY course_id
       )
       INSERT INTO evaluation_course_facts (
         course_id, fiscal_year, month, organisation_id, pillar, life_stages, category,
         facility_id, booking_rule, sessions_held, seats_offered, applicants, enrolled,
         expected_attendances, attendances, completions_decided, completed,
         questionnaires_sent, questionnaires_answered, satisfaction_answers, satisfied)
       SELECT c.id, ${FISCAL_YEAR_SQL('h.first_start')},
              extract(month FROM h.first_start AT TIME ZONE 'Asia/Tokyo')::smallint,
              c.organisation_id, c.pillar, c.life_stages, c.category, h.facility_id,
              c.booking_rule, h.sessions_held, c.capacity,
              coalesce(p.applicants, 0), coalesce(p.enrolled, 0),
              coalesce(p.enrolled, 0) * h.sessions_past,
              -- attendance of a confirmed booking counts only up to what it was expected to
              least(coalesce(t.attendances, 0), coalesce(p.enrolled, 0) * h.sessions_past),
              coalesce(k.decided, 0), coalesce(k.completed, 0),
              coalesce(i.sent, 0), least(coalesce(i.answered, 0), coalesce(i.sent, 0)),
              coalesce(q.answers, 0), coalesce(q.satisfied, 0)
         FROM courses c
         JOIN held h ON h.course_id = c.id
         LEFT JOIN applied p ON p.course_id = c.id
         LEFT JOIN attended t ON t.course_id = c.id
         LEFT JOIN completions k ON k.course_id = c.id
         LEFT JOIN invitations i ON i.course_id = c.id
         LEFT JOIN answers q ON q.course_id = c.id
        WHERE c.status IN ('published', 'finished')`,
      [asOf],
    );
  }

  /**
   * One row per person who attended (present or late) a session of a course held, before
   * `asOf`: the booker when they attend, each family member booked. The key is a digest local to
   * this table (no account id is kept here): 'u' + the account for the booker, 'f' + the family
   * member, or the booking's place when the family member has since been removed.
   */
  private async participations(manager: EntityManager, asOf: Date): Promise<void> {
    await manager.query(
      `INSERT INTO evaluation_participations (fiscal_year, course_id, person_key, age_band, relations)
       SELECT DISTINCT ON (f.course_id, x.person_key)
              f.fiscal_year, f.course_id, x.person_key,
              CASE WHEN x.birth_year IS NULL THEN 'unknown'
                   WHEN f.fiscal_year - x.birth_year < 20 THEN 'under_20'
                   WHEN f.fiscal_year - x.birth_year < 30 THEN '20s'
                   WHEN f.fiscal_year - x.birth_year < 40 THEN '30s'
                   WHEN f.fiscal_year - x.birth_year < 50 THEN '40s'
                   WHEN f.fiscal_year - x.birth_year < 60 THEN '50s'
                   WHEN f.fiscal_year - x.birth_year < 70 THEN '60s'
                   ELSE '70_plus' END,
              u.tsukuba_relations
         FROM session_attendance a
         JOIN course_sessions s ON s.id = a.session_id
                               AND s.status <> 'cancelled' AND s.starts_at <= $1
         JOIN bookings b ON b.id = a.booking_id AND b.status = 'confirmed'
         JOIN evaluation_course_facts f ON f.course_id = b.course_id
         JOIN users u ON u.id = b.user_id
         CROSS JOIN LATERAL (
           SELECT md5('u' || b.user_id::text) AS person_key, u.birth_year::int AS birth_year
            WHERE b.booker_attends
           UNION ALL
           SELECT md5(coalesce('f' || p.family_member_id::text,
                               'p' || p.booking_id::text || ':' || p.position::text)),
                  p.birth_year::int
             FROM booking_participants p WHERE p.booking_id = b.id
         ) x
        WHERE a.status IN ('present', 'late')
        ORDER BY f.course_id, x.person_key`,
      [asOf],
    );
  }

  /**
   * Unique participants and those in two courses or more, per fiscal year, for every grouping
   * of people-groupings.ts: the year, each value of one dimension and each pair of values of two
   * (a course counts in each of its life stages, a person in each of their relations, 'none'
   * without one). A person's age band and relations are the same in all their rows of a year.
   * Each (year, course, person) is one row, so a person's row count within a group is their
   * number of courses there.
   */
  private async peopleCounts(manager: EntityManager): Promise<void> {
    // Some thirty groupings over every participation: sorted in memory, not on disk, and read
    // from one narrow pre-joined copy (a person as a 64-bit number from their digest) rather
    // than joining the two tables thirty times (2.35 million participations: 476 s before).
    await manager.query(`SET LOCAL work_mem = '128MB'`);
    await manager.query(
      `CREATE TEMP TABLE evaluation_people_rows ON COMMIT DROP AS
       SELECT p.fiscal_year, ('x' || substr(p.person_key, 1, 16))::bit(64)::bigint AS person,
              f.organisation_id, f.pillar, f.life_stages, f.category, f.facility_id, f.month,
              p.age_band, p.relations
         FROM evaluation_participations p
         JOIN evaluation_course_facts f
           ON f.course_id = p.course_id AND f.fiscal_year = p.fiscal_year`,
    );
    await manager.query(`ANALYZE evaluation_people_rows`);
    for (const dimensions of precomputedGroupings()) {
      const { key, joins } = groupingSql(dimensions);
      await manager.query(
        `INSERT INTO evaluation_people_counts (fiscal_year, grouping, key, participants, repeat_learners)
         SELECT fiscal_year, $1, key, count(*), count(*) FILTER (WHERE courses >= 2)
           FROM (SELECT fiscal_year, ${key} AS key, person, count(*) AS courses
                   FROM evaluation_people_rows
                   ${joins}
                  GROUP BY 1, 2, 3) people
          GROUP BY fiscal_year, key`,
        [groupingName(dimensions)],
      );
    }
  }

  /**
   * Per facility with rooms and month of each fiscal year that has a course held (and the
   * fiscal year of `asOf`): the rooms' opening hours on the days the facility is open (dated and
   * weekly closures excluded), and the hours reserved by course sessions (not cancelled) and by
   * hires, counted in the month each reservation starts.
   */
  private async roomUse(manager: EntityManager, asOf: Date): Promise<void> {
    await manager.query(
      `WITH years AS (
         SELECT DISTINCT fiscal_year::int AS fiscal_year FROM evaluation_course_facts
         UNION SELECT ${FISCAL_YEAR_SQL('$1::timestamptz')}::int
       ),
       days AS (
         SELECT y.fiscal_year, d::date AS day
           FROM years y,
                generate_series(make_date(y.fiscal_year, 4, 1), make_date(y.fiscal_year + 1, 3, 31),
                                interval '1 day') d
       ),
       room_counts AS (
         SELECT facility_id, count(*)::int AS rooms FROM rooms GROUP BY facility_id
       ),
       open_hours AS (
         SELECT d.fiscal_year, extract(month FROM d.day)::smallint AS month, fa.id AS facility_id,
                rc.rooms,
                sum(rc.rooms * extract(epoch FROM fa.closes_at - fa.opens_at) / 3600)
                  FILTER (WHERE NOT EXISTS (
                    SELECT 1 FROM facility_closures c
                     WHERE c.facility_id = fa.id AND c.during @> d.day)
                  AND NOT EXISTS (
                    SELECT 1 FROM facility_weekly_closures w
                     WHERE w.facility_id = fa.id AND w.weekday = extract(dow FROM d.day)
                       AND w.during @> d.day)) AS hours
           FROM facilities fa
           JOIN room_counts rc ON rc.facility_id = fa.id
           CROSS JOIN days d
          GROUP BY d.fiscal_year, extract(month FROM d.day), fa.id, rc.rooms
       ),
       reserved AS (
         SELECT ${FISCAL_YEAR_SQL('lower(rr.during)')}::int AS fiscal_year,
                extract(month FROM lower(rr.during) AT TIME ZONE 'Asia/Tokyo')::smallint AS month,
                r.facility_id,
                coalesce(sum(extract(epoch FROM upper(rr.during) - lower(rr.during)) / 3600)
                  FILTER (WHERE rr.kind = 'course_session'), 0) AS course_hours,
                coalesce(sum(extract(epoch FROM upper(rr.during) - lower(rr.during)) / 3600)
                  FILTER (WHERE rr.kind = 'hire'), 0) AS hire_hours
           FROM room_reservations rr
           JOIN rooms r ON r.id = rr.room_id
           LEFT JOIN course_sessions s ON s.id = rr.course_session_id
          WHERE rr.kind = 'hire' OR s.status <> 'cancelled'
          GROUP BY 1, 2, 3
       )
       INSERT INTO evaluation_room_use (fiscal_year, month, facility_id, rooms, open_hours,
                                        course_hours, hire_hours)
       SELECT o.fiscal_year, o.month, o.facility_id, o.rooms, coalesce(o.hours, 0),
              coalesce(v.course_hours, 0), coalesce(v.hire_hours, 0)
         FROM open_hours o
         LEFT JOIN reserved v ON v.fiscal_year = o.fiscal_year AND v.month = o.month
                             AND v.facility_id = o.facility_id`,
      [asOf],
    );
  }
}
