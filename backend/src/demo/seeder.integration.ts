import { WHOLE_DEMO_TIMEOUTS } from '../testing/demo-database';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { buildSeedPlanAt } from './programme';
import { seedDemoData } from './seeder';

const counts = async (database: TestDatabase) => {
  const [row] = await database.dataSource.query(
    `SELECT (SELECT count(*)::int FROM organisations) AS organisations,
            (SELECT count(*)::int FROM facilities) AS facilities,
            (SELECT count(*)::int FROM rooms) AS rooms,
            (SELECT count(*)::int FROM courses) AS courses,
            (SELECT count(*)::int FROM course_sessions) AS sessions`,
  );
  return row;
};

describe('seedDemoData', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase({ timeouts: WHOLE_DEMO_TIMEOUTS });
  });
  afterEach(() => database.drop());

  it('seeds an empty database once; a second run inserts nothing', async () => {
    const first = await seedDemoData(database.dataSource, FIXTURE_PLAN);
    expect(first).toEqual({
      seeded: true,
      organisations: 3,
      facilities: 3,
      rooms: 4,
      courses: 7,
      sessions: 9,
      residents: 21,
      bookings: 26,
      // The fixture's one past course has no bookings, so nobody attended it.
      attendance: 0,
    });
    const second = await seedDemoData(database.dataSource, FIXTURE_PLAN);
    expect(second.seeded).toBe(false);
    expect(await counts(database)).toEqual({
      organisations: 3,
      facilities: 3,
      rooms: 4,
      courses: 7,
      sessions: 9,
    });
  });

  it('seeds once when several instances start at the same moment', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => seedDemoData(database.dataSource, FIXTURE_PLAN)),
    );
    expect(results.filter((result) => result.seeded)).toHaveLength(1);
    expect((await counts(database)).courses).toBe(7);
  });

  // The whole demo is seeded once here (some ten seconds on a quiet 2-core machine; longer when
  // the suite shares the machine), so its test may take longer than the default.
  it('inserts the whole demo within the constraints, backs every seat count with bookings, mails nobody', async () => {
    const now = new Date();
    const plan = buildSeedPlanAt(now);
    const result = await seedDemoData(database.dataSource, plan, now);
    expect(result).toMatchObject({ seeded: true, courses: plan.courses.length });
    expect(await counts(database)).toMatchObject({
      courses: plan.courses.length,
      sessions: plan.courses.reduce((sum, course) => sum + course.sessions.length, 0),
    });
    const [check] = await database.dataSource.query(
      `SELECT count(*) FILTER (WHERE c.booked_count <> coalesce(s.seats, 0))::int AS mismatched,
              sum(c.booked_count)::int AS seats,
              (SELECT count(*)::int FROM bookings WHERE status = 'waiting') AS waiting,
              (SELECT count(*)::int FROM bookings WHERE status = 'applied') AS applied,
              (SELECT count(*)::int FROM session_attendance) AS attendance,
              (SELECT count(*)::int FROM bookings b
                WHERE b.status = 'confirmed'
                  AND EXISTS (SELECT 1 FROM course_sessions s
                               WHERE s.course_id = b.course_id AND s.ends_at <= $1)
                  AND NOT EXISTS (SELECT 1 FROM session_attendance a
                                   WHERE a.booking_id = b.id)) AS "unrecorded",
              (SELECT count(*)::int FROM notifications) AS notifications
         FROM courses c
         LEFT JOIN (SELECT course_id, sum(party_size)::int AS seats FROM bookings
                     WHERE status = 'confirmed' GROUP BY course_id) s ON s.course_id = c.id`,
      [now],
    );
    expect(check.mismatched).toBe(0);
    expect(check.seats).toBe(plan.courses.reduce((sum, course) => sum + course.bookedCount, 0));
    expect(check.waiting).toBeGreaterThan(0);
    expect(check.applied).toBeGreaterThan(0);
    expect(check.notifications).toBe(0);
    // Every confirmed booking of a session that has ended has its attendance recorded.
    expect(check.attendance).toBeGreaterThan(10_000);
    expect(check.unrecorded).toBe(0);

    // Families show: 保育あり courses still to come, some of whose bookings ask for childcare
    // (preschool children), and children's courses a child may attend alone.
    const [families] = await database.dataSource.query(
      `SELECT count(DISTINCT c.id) FILTER (WHERE c.childcare_offered)::int AS "childcareCourses",
              count(DISTINCT c.id) FILTER (WHERE c.guardian_rule = 'children_alone')::int
                AS "childrenAlone",
              (SELECT count(*)::int FROM bookings b JOIN courses bc ON bc.id = b.course_id
                WHERE cardinality(b.childcare_ages) > 0 AND bc.childcare_offered) AS "askedChildcare",
              (SELECT count(*)::int FROM bookings b JOIN courses bc ON bc.id = b.course_id
                WHERE cardinality(b.childcare_ages) > 0 AND NOT bc.childcare_offered) AS "misplaced",
              (SELECT max(a)::int FROM bookings b, unnest(b.childcare_ages) a) AS "oldestChild"
         FROM courses c
        WHERE c.status = 'published'
          AND EXISTS (SELECT 1 FROM course_sessions s WHERE s.course_id = c.id AND s.starts_at > $1)`,
      [now],
    );
    expect(families.childcareCourses).toBeGreaterThanOrEqual(12);
    expect(families.childrenAlone).toBeGreaterThanOrEqual(15);
    expect(families.askedChildcare).toBeGreaterThan(50);
    expect(families.misplaced).toBe(0);
    expect(families.oldestChild).toBeLessThanOrEqual(5);
  }, 180_000);
});
