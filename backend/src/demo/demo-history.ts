import type { DataSource, EntityManager } from 'typeorm';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH } from '../bookings/booking-code';
import { FISCAL_YEAR_SQL } from '../evaluation/evaluation-summary.repository';
import { DEMO_RESIDENT_DOMAIN } from './demo-bookings';

/**
 * The demo's older history: the three fiscal years before the programme's oldest, so that the
 * city's five-year trend (the last complete year and the four before it) has five real years.
 *
 * Those years come from before tsumugu: the courses, sessions, bookings and attendance the city
 * kept in its earlier booking system, taken over when tsumugu started. So they have no lottery
 * (applications were first come, by telephone and at the counter), no completion decisions or
 * certificates and no questionnaires — the dashboard shows those figures as 「—」 for them, as it
 * would for a real city.
 *
 * Cheap to seed: a handful of INSERT … SELECT statements copy the oldest planned year (already in
 * the database, with its bookings and attendance) whole weeks back, so weekdays stay weekdays. It
 * runs in the background once the app is up (main.ts, before the evaluation summary's first
 * rebuild), so the first start is not longer for it.
 * Every older year keeps a share of its courses (fewer in older years, and the COVID-19 years
 * shrink: closed centres in spring 2020, halved rooms after), and of their bookings. Which
 * course or booking is kept is decided by a hash of its id and the year: the same day always
 * gives the same demo.
 */

/** How many fiscal years the copy adds before the planned programme's oldest year. */
export const EARLIER_HISTORY_YEARS = 3;

export interface EarlierYear {
  fiscalYear: number;
  /** Days the copy is moved back: whole weeks, the nearest to whole years. */
  shiftDays: number;
  /** Per thousand of the source year's courses that the year kept. */
  coursesPerMille: number;
  /** Per thousand of those courses' bookings that the year had. */
  bookingsPerMille: number;
  /** Months (1–12) in which no course started: the centres were closed. */
  closedMonths: number[];
}

/**
 * The COVID-19 years as Tsukuba's centres lived them: closed from April to May 2020 (the state
 * of emergency), then rooms at half capacity; fewer courses and people into 2022.
 */
const PANDEMIC: Record<number, { courses: number; bookings: number; closedMonths: number[] }> = {
  2020: { courses: 0.5, bookings: 0.6, closedMonths: [4, 5] },
  2021: { courses: 0.72, bookings: 0.75, closedMonths: [] },
  2022: { courses: 0.92, bookings: 0.9, closedMonths: [] },
};

/** The older years copied from `sourceFiscalYear`, newest first. Pure: tested without a database. */
export function earlierYears(sourceFiscalYear: number): EarlierYear[] {
  return Array.from({ length: EARLIER_HISTORY_YEARS }, (_, index) => {
    const back = index + 1;
    const fiscalYear = sourceFiscalYear - back;
    // The programme grew by some 6 % a year before the source year.
    const growth = 1 - 0.06 * back;
    const pandemic = PANDEMIC[fiscalYear] ?? { courses: 1, bookings: 1, closedMonths: [] };
    return {
      fiscalYear,
      shiftDays: 7 * Math.round((365.2425 * back) / 7),
      coursesPerMille: Math.round(1000 * growth * pandemic.courses),
      bookingsPerMille: Math.round(1000 * (1 - 0.03 * back) * pandemic.bookings),
      closedMonths: pandemic.closedMonths,
    };
  });
}

/** A 28-bit hash of some text, in SQL (as the other demo seeds decide by hash). */
const hash = (expression: string) => `('x' || substr(md5(${expression}), 1, 7))::bit(28)::int`;
/** A demo id derived from a source id and the year: the same on every fresh start. */
const copiedId = (kind: string, expression: string) =>
  `md5('tsumugu:history:${kind}:' || ${expression}::text || ':' || y."fiscalYear")::uuid`;

/** A booking code from a hash of the new booking's id, in the booking codes' alphabet. */
const CODE_SQL = Array.from(
  { length: BOOKING_CODE_LENGTH },
  (_, i) =>
    `substr('${BOOKING_CODE_ALPHABET}', get_byte(decode(md5('code:' || n.id::text), 'hex'), ${i}) % ${BOOKING_CODE_ALPHABET.length} + 1, 1)`,
).join(' || ');

/**
 * Copies rows into `table` with one INSERT … SELECT `from` (which names the copied row
 * `source`), and says how many. Every stored column is copied (generated ones are left to the
 * database), each from `source.<column>` unless `overrides` says otherwise: columns added by
 * later migrations are copied without this file knowing them.
 */
async function copyRows(
  manager: EntityManager,
  table: string,
  copy: { source: string; overrides: Record<string, string>; from: string },
): Promise<number> {
  const columns: { name: string }[] = await manager.query(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  const names = columns.map((column) => column.name);
  for (const name of Object.keys(copy.overrides)) {
    if (!names.includes(name)) throw new Error(`${table}.${name} does not exist`);
  }
  const values = names.map((name) => copy.overrides[name] ?? `${copy.source}.${name}`);
  const [{ count }]: { count: number }[] = await manager.query(
    `WITH inserted AS (
       INSERT INTO ${table} (${names.join(', ')})
       SELECT ${values.join(', ')} FROM ${copy.from}
       RETURNING 1)
     SELECT count(*)::int AS count FROM inserted`,
  );
  return count;
}

export interface HistoryResult {
  courses: number;
  sessions: number;
  bookings: number;
  attendance: number;
}

const HISTORY_LOCK = 'tsumugu:seed-demo-history';

/**
 * Copies the finished courses of `sourceFiscalYear` (with their sessions, confirmed bookings and
 * attendance) into the earlier years, once: null when a course of those years exists already
 * (the demo's history was seeded before, or the city has its own). Call after the demo's
 * bookings, attendance and questionnaires are seeded.
 */
export async function seedDemoEarlierYears(
  dataSource: DataSource,
  sourceFiscalYear: number,
): Promise<HistoryResult | null> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [HISTORY_LOCK]);
    // A few statements copy thousands of rows: on a busy machine one may outlast the app's
    // statement timeout, which is set for requests.
    await manager.query(`SET LOCAL statement_timeout = '120s'`);
    const [{ seeded }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM course_sessions s
                       WHERE s.starts_at < make_date($1::int, 4, 1)::timestamp AT TIME ZONE 'Asia/Tokyo')
                AS seeded`,
      [sourceFiscalYear],
    );
    return seeded ? null : copyEarlierYears(manager, sourceFiscalYear);
  });
}

async function copyEarlierYears(
  manager: EntityManager,
  sourceFiscalYear: number,
): Promise<HistoryResult> {
  const years = JSON.stringify(earlierYears(sourceFiscalYear));
  const yearsSql = `json_to_recordset($1::json) AS y("fiscalYear" int, "shiftDays" int,
      "coursesPerMille" int, "bookingsPerMille" int, "closedMonths" int[])`;
  const shift = `make_interval(days => y."shiftDays")`;

  // Which courses each year kept, and their sessions moved back (none on a closed day).
  await manager.query(
    `CREATE TEMP TABLE demo_history_courses ON COMMIT DROP AS
     SELECT c.id AS source_id, ${copiedId('course', 'c.id')} AS id, y."fiscalYear" AS fiscal_year,
            y."shiftDays" AS shift_days, y."bookingsPerMille" AS bookings_per_mille
       FROM courses c
       JOIN LATERAL (SELECT min(s.starts_at) AS first_start FROM course_sessions s
                      WHERE s.course_id = c.id AND s.status = 'scheduled') f ON true
       CROSS JOIN ${yearsSql}
      WHERE c.status IN ('published', 'finished')
        AND ${FISCAL_YEAR_SQL('f.first_start')} = $2
        AND ${hash(`c.id::text || ':' || y."fiscalYear"`)} % 1000 < y."coursesPerMille"
        AND extract(month FROM (f.first_start - ${shift}) AT TIME ZONE 'Asia/Tokyo')::int
            <> ALL (y."closedMonths")`,
    [years, sourceFiscalYear],
  );
  await manager.query(
    `CREATE TEMP TABLE demo_history_sessions ON COMMIT DROP AS
     SELECT s.id AS source_id, h.id AS course_id, h.fiscal_year,
            md5('tsumugu:history:session:' || s.id::text || ':' || h.fiscal_year)::uuid AS id,
            s.starts_at - make_interval(days => h.shift_days) AS starts_at,
            s.ends_at - make_interval(days => h.shift_days) AS ends_at
       FROM demo_history_courses h
       JOIN course_sessions s ON s.course_id = h.source_id AND s.status = 'scheduled'
       JOIN rooms r ON r.id = s.room_id
       CROSS JOIN LATERAL (
         SELECT ((s.starts_at - make_interval(days => h.shift_days)) AT TIME ZONE 'Asia/Tokyo')::date AS day
       ) d
      WHERE NOT (extract(month FROM d.day) = 12 AND extract(day FROM d.day) >= 29)
        AND NOT (extract(month FROM d.day) = 1 AND extract(day FROM d.day) <= 3)
        AND NOT EXISTS (SELECT 1 FROM facility_closures fc
                         WHERE fc.facility_id = r.facility_id AND fc.during @> d.day)
        AND NOT EXISTS (SELECT 1 FROM facility_weekly_closures w
                         WHERE w.facility_id = r.facility_id AND w.during @> d.day
                           AND w.weekday = extract(dow FROM d.day)::int)`,
  );
  await manager.query(
    `DELETE FROM demo_history_courses h
      WHERE NOT EXISTS (SELECT 1 FROM demo_history_sessions s WHERE s.course_id = h.id)`,
  );

  // Confirmed bookings only (the lottery's losers were never there), a share of them, each with
  // a code from a hash of its id (one the hash happens to give twice is simply not copied).
  await manager.query(
    `CREATE TEMP TABLE demo_history_bookings ON COMMIT DROP AS
     SELECT b.id AS source_id, h.id AS course_id, h.shift_days, b.party_size, n.id, ${CODE_SQL} AS code
       FROM demo_history_courses h
       JOIN bookings b ON b.course_id = h.source_id AND b.status = 'confirmed'
       CROSS JOIN LATERAL (
         SELECT md5('tsumugu:history:booking:' || b.id::text || ':' || h.fiscal_year)::uuid AS id
       ) n
      WHERE ${hash(`b.id::text || ':' || h.fiscal_year`)} % 1000 < h.bookings_per_mille`,
  );
  await manager.query(
    `DELETE FROM demo_history_bookings d
      USING (SELECT id, row_number() OVER (PARTITION BY code ORDER BY id) AS nth
               FROM demo_history_bookings) r
      WHERE r.id = d.id
        AND (r.nth > 1 OR EXISTS (SELECT 1 FROM bookings b WHERE b.code = d.code))`,
  );
  // Temporary tables have no statistics until analysed: the joins below need them.
  await manager.query(`ANALYZE demo_history_courses, demo_history_sessions, demo_history_bookings`);

  // The courses: first come, finished a minute after their last session (no completion
  // decisions: tsumugu did not run them yet).
  const back = (column: string) => `c.${column} - make_interval(days => h.shift_days)`;
  await copyRows(manager, 'courses', {
    source: 'c',
    overrides: {
      id: 'h.id',
      booking_rule: `'first_come'`,
      lottery_priorities: `'{}'`,
      booked_count: `(SELECT coalesce(sum(b.party_size), 0) FROM demo_history_bookings b WHERE b.course_id = h.id)`,
      status: `'finished'`,
      finished_at: `(SELECT max(s.ends_at) FROM demo_history_sessions s WHERE s.course_id = h.id) + interval '1 minute'`,
      application_opens_at: back('application_opens_at'),
      application_closes_at: back('application_closes_at'),
      published_at: back('published_at'),
      created_at: back('created_at'),
      updated_at: back('updated_at'),
    },
    from: `demo_history_courses h JOIN courses c ON c.id = h.source_id`,
  });
  await copyRows(manager, 'course_sessions', {
    source: 'src',
    overrides: {
      id: 'm.id',
      course_id: 'm.course_id',
      starts_at: 'm.starts_at',
      ends_at: 'm.ends_at',
    },
    from: `demo_history_sessions m JOIN course_sessions src ON src.id = m.source_id`,
  });

  await copyRows(manager, 'bookings', {
    source: 'b',
    overrides: {
      id: 'h.id',
      course_id: 'h.course_id',
      code: 'h.code',
      created_at: 'b.created_at - make_interval(days => h.shift_days)',
      updated_at: 'b.created_at - make_interval(days => h.shift_days)',
      confirmed_at: 'b.confirmed_at - make_interval(days => h.shift_days)',
    },
    from: `demo_history_bookings h JOIN bookings b ON b.id = h.source_id`,
  });
  const attendance = await copyRows(manager, 'session_attendance', {
    source: 'a',
    overrides: {
      session_id: 's.id',
      booking_id: 'b.id',
      checked_in_at: 'a.checked_in_at - make_interval(days => b.shift_days)',
      recorded_at: 'a.recorded_at - make_interval(days => b.shift_days)',
    },
    from: `demo_history_bookings b
           JOIN session_attendance a ON a.booking_id = b.source_id
           JOIN demo_history_sessions s ON s.source_id = a.session_id AND s.course_id = b.course_id`,
  });
  const [counts] = await manager.query(
    `SELECT (SELECT count(*)::int FROM demo_history_courses) AS courses,
            (SELECT count(*)::int FROM demo_history_sessions) AS sessions,
            (SELECT count(*)::int FROM bookings b
               JOIN demo_history_courses h ON h.id = b.course_id) AS bookings`,
  );
  // The residents were there before the oldest year began.
  await manager.query(
    `UPDATE users u SET email_verified_at = least(u.email_verified_at, t.first - interval '30 days')
       FROM (SELECT min(b.created_at) AS first FROM bookings b
               JOIN demo_history_courses h ON h.id = b.course_id) t
      WHERE u.email LIKE $1 AND t.first IS NOT NULL`,
    [`%@${DEMO_RESIDENT_DOMAIN}`],
  );
  return { ...counts, attendance };
}
