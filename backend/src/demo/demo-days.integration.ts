import { fiscalYear } from '../common/time/japan-time';
import type { DataSource } from 'typeorm';
import { WHOLE_DEMO_TIMEOUTS } from '../testing/demo-database';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { seedDemoAccounts } from './demo-accounts';
import { buildSeedPlan } from './programme';
import { seedDemoData, seedId } from './seeder';

/**
 * The demo seeded on different first days — the start, middle and end of a fiscal year, and
 * around the New Year closure — gives a newcomer the same experience on each: what the catalogue,
 * the demo citizen, the staff at 吾妻 and the organiser would see at that moment. The seeding
 * moment is passed in, and every check below asks the database "as of" that moment.
 */
const FIRST_DAYS: [day: string, time: string][] = [
  ['2026-04-01', '08:30'], // the first morning of a fiscal year
  ['2026-10-15', '14:00'], // the middle of one
  ['2027-03-31', '23:59'], // its last minute: midnight Japan time is 15:00 UTC
  ['2026-12-30', '10:00'], // the centres are closed for the New Year
];

describe.each(FIRST_DAYS)('the demo first seeded on %s at %s (Japan time)', (day, time) => {
  const now = new Date(`${day}T${time}:00+09:00`);
  const dayStart = new Date(`${day}T00:00:00+09:00`);
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ timeouts: WHOLE_DEMO_TIMEOUTS });
    db = database.dataSource;
    await seedDemoData(db, buildSeedPlan({ today: day, seededAt: now }), now);
    await seedDemoAccounts(db, now);
  }, 180_000);
  afterAll(() => database.drop());

  const one = async <T>(sql: string, parameters: unknown[] = []): Promise<T> =>
    ((await db.query(sql, parameters)) as T[])[0];

  it('lists at least 150 upcoming courses, some of them two to four months ahead', async () => {
    const counts = await one<{ upcoming: number; ahead: number; thisWeek: number }>(
      `SELECT count(*) FILTER (WHERE next_start >= $1)::int AS upcoming,
              count(*) FILTER (WHERE ahead)::int AS ahead,
              count(*) FILTER (WHERE first_start >= $1 AND first_start < $1 + interval '7 days')::int
                AS "thisWeek"
         FROM (SELECT c.id, min(s.starts_at) AS first_start,
                      min(s.starts_at) FILTER (WHERE s.starts_at >= $1) AS next_start,
                      bool_or(s.starts_at BETWEEN $1 + interval '2 months' AND $1 + interval '4 months')
                        AS ahead
                 FROM courses c JOIN course_sessions s ON s.course_id = c.id
                WHERE c.status = 'published' GROUP BY c.id) courses`,
      [dayStart],
    );
    expect(counts.upcoming).toBeGreaterThanOrEqual(150);
    expect(counts.ahead).toBeGreaterThanOrEqual(20);
    expect(counts.thisWeek).toBeGreaterThanOrEqual(4);
  });

  it('has a lottery open for applications that anyone may enter, and one closing within the hour', async () => {
    const lotteries = await one<{ open: number; closing: number }>(
      `SELECT count(*) FILTER (WHERE c.application_opens_at <= $1 AND $1 < c.application_closes_at
                                 AND c.target_age_min IS NULL AND c.target_age_max IS NULL
                                 AND EXISTS (SELECT 1 FROM bookings b
                                              WHERE b.course_id = c.id AND b.status = 'applied'))::int
                AS open,
              count(*) FILTER (WHERE c.application_closes_at > $1
                                 AND c.application_closes_at <= $1 + interval '1 hour')::int AS closing
         FROM courses c JOIN lottery_draws d ON d.course_id = c.id
        WHERE c.booking_rule = 'lottery' AND c.status = 'published'`,
      [now],
    );
    expect(lotteries.open).toBeGreaterThanOrEqual(1);
    expect(lotteries.closing).toBe(1);
  });

  it('has drawn lotteries with waiting lists, and full courses with waiting lists', async () => {
    const counts = await one<{ drawnWithQueue: number; fullWithQueue: number }>(
      `SELECT (SELECT count(*) FROM courses c JOIN lottery_draws d ON d.course_id = c.id
                WHERE d.drawn_at IS NOT NULL AND c.application_closes_at > $1::timestamptz - interval '30 days'
                  AND EXISTS (SELECT 1 FROM bookings b WHERE b.course_id = c.id
                                AND b.status = 'waiting'))::int AS "drawnWithQueue",
              (SELECT count(*) FROM courses c
                WHERE c.booking_rule = 'first_come' AND c.booked_count = c.capacity
                  AND EXISTS (SELECT 1 FROM course_sessions s WHERE s.course_id = c.id AND s.starts_at > $1)
                  AND EXISTS (SELECT 1 FROM bookings b WHERE b.course_id = c.id
                                AND b.status = 'waiting'))::int AS "fullWithQueue"`,
      [now],
    );
    expect(counts.drawnWithQueue).toBeGreaterThanOrEqual(1);
    expect(counts.fullWithQueue).toBeGreaterThanOrEqual(1);
  });

  it("tells the demo citizen's story: her children booked, a waiting place, courses she attended", async () => {
    const hanako = seedId('user', 'hanako');
    const story = await one<{ withChildren: number; waiting: number; attended: number }>(
      `SELECT count(*) FILTER (WHERE b.status = 'confirmed' AND b.party_size = 3 AND upcoming)::int
                AS "withChildren",
              count(*) FILTER (WHERE b.status = 'waiting' AND upcoming)::int AS waiting,
              count(*) FILTER (WHERE b.status = 'confirmed' AND NOT upcoming
                                 AND EXISTS (SELECT 1 FROM session_attendance a
                                              WHERE a.booking_id = b.id))::int AS attended
         FROM bookings b
         CROSS JOIN LATERAL (SELECT min(s.starts_at) > $2 AS upcoming FROM course_sessions s
                              WHERE s.course_id = b.course_id) t
        WHERE b.user_id = $1`,
      [hanako, now],
    );
    // Attended: the course of the roster's story and the two finished courses of her learning
    // record (one this fiscal year with her child, one the year before; demo-accounts.ts).
    expect(story).toEqual({ withChildren: 1, waiting: 1, attended: 3 });
  });

  it('gives the staff at 吾妻 sessions to check people in on the next open days', async () => {
    const { sessions } = await one<{ sessions: number }>(
      `SELECT count(*)::int AS sessions
         FROM course_sessions s JOIN rooms r ON r.id = s.room_id
         JOIN courses c ON c.id = s.course_id AND c.status = 'published'
        WHERE r.facility_id = $1 AND s.starts_at >= $2
          AND s.starts_at < $2 + CASE WHEN to_char($2 AT TIME ZONE 'Asia/Tokyo', 'MM-DD')
                                           BETWEEN '12-29' AND '12-31'
                                        OR to_char($2 AT TIME ZONE 'Asia/Tokyo', 'MM-DD') <= '01-03'
                                      THEN interval '7 days' ELSE interval '2 days' END
          AND EXISTS (SELECT 1 FROM bookings b WHERE b.course_id = c.id AND b.status = 'confirmed')`,
      [seedId('facility', 'azuma'), dayStart],
    );
    expect(sessions).toBeGreaterThanOrEqual(2);
  });

  it('gives the organiser drafts, published, running and finished courses', async () => {
    const courses = await one<{
      drafts: number;
      upcoming: number;
      running: number;
      finished: number;
    }>(
      `SELECT count(*) FILTER (WHERE c.status = 'draft')::int AS drafts,
              count(*) FILTER (WHERE c.status = 'published' AND first_start > $2)::int AS upcoming,
              count(*) FILTER (WHERE c.status = 'published' AND first_start <= $2 AND last_end > $2)::int
                AS running,
              count(*) FILTER (WHERE c.status = 'published' AND last_end <= $2)::int AS finished
         FROM courses c
         CROSS JOIN LATERAL (SELECT min(s.starts_at) AS first_start, max(s.ends_at) AS last_end
                               FROM course_sessions s WHERE s.course_id = c.id) t
        WHERE c.organisation_id = $1`,
      [seedId('organisation', 'lifelong-learning'), now],
    );
    expect(courses.drafts).toBeGreaterThanOrEqual(2);
    expect(courses.upcoming).toBeGreaterThanOrEqual(1);
    expect(courses.running).toBeGreaterThanOrEqual(1);
    expect(courses.finished).toBeGreaterThanOrEqual(1);
  });

  it('has two previous fiscal years of finished courses with bookings and attendance', async () => {
    const years: { fiscalYear: number; courses: number; bookings: number; attendance: number }[] =
      await db.query(
        `SELECT fy AS "fiscalYear", count(DISTINCT c.id)::int AS courses,
                count(DISTINCT b.id)::int AS bookings, count(a.*)::int AS attendance
           FROM courses c
           CROSS JOIN LATERAL (
             SELECT extract(year FROM (min(s.starts_at) AT TIME ZONE 'Asia/Tokyo') - interval '3 months')::int AS fy
               FROM course_sessions s WHERE s.course_id = c.id) y
           LEFT JOIN bookings b ON b.course_id = c.id AND b.status = 'confirmed'
           LEFT JOIN session_attendance a ON a.booking_id = b.id
          WHERE c.status = 'published'
          GROUP BY fy ORDER BY fy`,
      );
    const current = years.find((year) => year.fiscalYear === fiscalYear(now))!;
    const history = years.filter((year) => year.fiscalYear < fiscalYear(now));
    expect(history.map((year) => year.fiscalYear)).toEqual([
      fiscalYear(now) - 2,
      fiscalYear(now) - 1,
    ]);
    for (const year of history) {
      expect(year.courses).toBeGreaterThanOrEqual(current.courses * 0.8);
      expect(year.bookings).toBeGreaterThan(year.courses * 5);
      expect(year.attendance).toBeGreaterThan(year.bookings * 2);
    }
  });

  it('keeps every room free of overlaps and closed days, and every seat count true', async () => {
    const checks = await one<{ overlaps: number; closedDays: number; mismatched: number }>(
      `SELECT (SELECT count(*) FROM room_reservations a JOIN room_reservations b
                 ON a.room_id = b.room_id AND a.id < b.id AND a.during && b.during)::int AS overlaps,
              (SELECT count(*) FROM course_sessions s JOIN rooms r ON r.id = s.room_id
                WHERE to_char(s.starts_at AT TIME ZONE 'Asia/Tokyo', 'MM-DD') >= '12-29'
                   OR to_char(s.starts_at AT TIME ZONE 'Asia/Tokyo', 'MM-DD') <= '01-03'
                   OR EXISTS (SELECT 1 FROM facility_closures f
                               WHERE f.facility_id = r.facility_id
                                 AND f.during @> (s.starts_at AT TIME ZONE 'Asia/Tokyo')::date))::int
                AS "closedDays",
              (SELECT count(*) FROM courses c
                WHERE booked_count <> (SELECT coalesce(sum(party_size), 0) FROM bookings b
                                        WHERE b.course_id = c.id AND b.status = 'confirmed'))::int
                AS mismatched`,
    );
    expect(checks).toEqual({ overlaps: 0, closedDays: 0, mismatched: 0 });
  });
});
