import { fiscalYear } from '../common/time/japan-time';
import { WHOLE_DEMO_TIMEOUTS } from '../testing/demo-database';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { seedDemoAccounts } from './demo-accounts';
import { CompletionRepository } from '../certificates/completion.repository';
import { CompletionService } from '../certificates/completion.service';
import { SystemClock } from '../common/time/clock';
import { seedDemoCompletions, seedDemoCompletionsBeforeSweeps } from './demo-completions';
import { buildSeedPlanAt } from './programme';
import { seedDemoData, seedId } from './seeder';

describe('seedDemoCompletions', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ timeouts: WHOLE_DEMO_TIMEOUTS });
  });
  afterAll(() => database.drop());

  it('finishes the past courses through the job’s code, across this fiscal year and the one before; hanako holds certificates for herself and a child', async () => {
    const now = new SystemClock().now();
    await seedDemoData(database.dataSource, buildSeedPlanAt(now), now);
    await seedDemoAccounts(database.dataSource, now);
    // The app's every-minute sweep, as main.ts wires it: started at the same moment as the demo's
    // finishing, it waits for it, so no past course is decided as of today.
    const sweeps = new CompletionService(
      new CompletionRepository(database.dataSource),
      { completionCorrectionDays: 14 },
      new SystemClock(),
    );
    const started = performance.now();
    const seeding = seedDemoCompletionsBeforeSweeps(database.dataSource, sweeps, now);
    const [result, swept] = await Promise.all([seeding, sweeps.sweep()]);
    const ms = Math.round(performance.now() - started);
    expect(swept.finished).toBe(0);
    console.log(
      `demo completions: ${result.finished} courses, ${result.certificates} certificates, ${ms} ms`,
    );
    expect(result.finished).toBeGreaterThan(100);
    expect(result.certificates).toBeGreaterThan(500);

    const db = database.dataSource;
    const [{ open }] = await db.query(
      `SELECT count(*)::int AS open FROM courses c
        WHERE c.status = 'published'
          AND (SELECT max(ends_at) FROM course_sessions s WHERE s.course_id = c.id AND s.status = 'scheduled') <= $1`,
      [now],
    );
    expect(open).toBe(0);
    const years: { year: number }[] = await db.query(
      `SELECT DISTINCT extract(year FROM (finished_at AT TIME ZONE 'Asia/Tokyo') - interval '3 months')::int AS year
         FROM courses WHERE status = 'finished' ORDER BY 1`,
    );
    expect(years.map((y) => y.year)).toEqual(
      expect.arrayContaining([fiscalYear(now) - 1, fiscalYear(now) - 2]),
    );
    const [{ late }] = await db.query(
      `SELECT count(*)::int AS late FROM courses c
         JOIN LATERAL (SELECT max(ends_at) AS last FROM course_sessions s WHERE s.course_id = c.id AND s.status = 'scheduled') l ON true
        WHERE c.status = 'finished' AND c.finished_at <> l.last + interval '1 minute'`,
    );
    expect(late).toBe(0);

    const hanako: { holder: string; status: string; year: number }[] = await db.query(
      `SELECT CASE WHEN cc.participant_position = 0 THEN 'self' ELSE cc.holder_name END AS holder,
              ce.status,
              extract(year FROM (cc.decided_at AT TIME ZONE 'Asia/Tokyo') - interval '3 months')::int AS year
         FROM certificates ce JOIN course_completions cc ON cc.id = ce.completion_id
        WHERE cc.user_id = $1 ORDER BY cc.decided_at`,
      [seedId('user', 'hanako')],
    );
    expect(hanako.filter((c) => c.status === 'valid').length).toBeGreaterThanOrEqual(3);
    expect(hanako.map((c) => c.holder)).toEqual(expect.arrayContaining(['self', '佐藤 陽太']));
    expect(new Set(hanako.map((c) => c.year)).size).toBeGreaterThanOrEqual(2);

    // The backdated seeding mails nobody.
    const [{ mails }] = await db.query(
      `SELECT count(*)::int AS mails FROM notifications WHERE kind = 'certificate_issued'`,
    );
    expect(mails).toBe(0);

    // The sweep that runs once the app is up finds nothing left to decide.
    expect(await seedDemoCompletions(database.dataSource, now)).toMatchObject({ finished: 0 });
  }, 240_000);
});
