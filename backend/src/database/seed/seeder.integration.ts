import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { FIXTURE_PLAN } from '../../testing/catalogue-fixture';
import { buildSeedPlan } from './seed-data';
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
    database = await createTestDatabase();
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

  it('inserts the whole demo plan within the database constraints, in seconds', async () => {
    const plan = buildSeedPlan();
    const started = Date.now();
    const result = await seedDemoData(database.dataSource, plan);
    const elapsedMs = Date.now() - started;
    expect(result).toMatchObject({ seeded: true, courses: plan.courses.length });
    expect(await counts(database)).toMatchObject({
      courses: plan.courses.length,
      sessions: plan.courses.reduce((sum, course) => sum + course.sessions.length, 0),
    });
    expect(elapsedMs).toBeLessThan(15000);
  });
});
