import { DataSource } from 'typeorm';
import { SystemClock } from '../common/time/clock';
import { TravellingClock } from '../common/time/travelling-clock';
import { dataSourceOptions } from '../database/data-source-options';
import { buildSeedPlanAt } from '../demo/programme';
import { seedDemoData } from '../demo/seeder';
import { migratedTemplate, runTemplate, templateNote, testServerUrl } from './test-database';

/**
 * The database timeouts of a test that seeds the whole demo: none. Its big statements, and the
 * work between them inside the one transaction, take seconds on a quiet machine and may take
 * more than the app's limits (10 s per statement, 15 s idle in a transaction) when two suites
 * run at once on a busy one; the timeouts have tests of their own (frozen-database).
 */
export const WHOLE_DEMO_TIMEOUTS = {
  databaseStatementTimeoutMs: 0,
  databaseIdleInTransactionTimeoutMs: 0,
} as const;

export interface DemoTemplate {
  /** The template database to copy: `createTestApp({ template })` or `createTestDatabase`. */
  template: string;
  /** The seeding moment (the real time when the run's first demo suite asked for it). */
  seededAt: Date;
}

/**
 * The whole demo — seedDemoData with the plan of the day, as `npm start` seeds it: three fiscal
 * years, some thousand courses with their bookings and attendance — seeded once per test run
 * into a template database, which each suite that needs it copies (a copy takes about a second,
 * the seeding 10–20 s on a busy 2-core machine). The suites that check the seeding itself
 * (seeder.integration.ts) and those that seed at moments of their own (demo-days, demo-aged,
 * demo-instructors, demo-completions) still seed their own.
 *
 * The demo is built around `seededAt`, which may lie minutes before a suite starts: a suite takes
 * it as the moment of what it seeds on top (accounts, sheets, indicators) and of the fiscal year
 * it expects, and gives its app a clock standing at it wherever what it checks turns within the
 * minutes between (a course that has just ended).
 */
export async function demoTemplate(): Promise<DemoTemplate> {
  const serverUrl = testServerUrl();
  const migrated = await migratedTemplate(serverUrl);
  const template = await runTemplate(serverUrl, 'demo', migrated, async (url, name) => {
    const seededAt = new SystemClock().now();
    const dataSource = new DataSource(
      dataSourceOptions(url, { poolSize: 1, timeouts: WHOLE_DEMO_TIMEOUTS }),
    );
    await dataSource.initialize();
    try {
      await seedDemoData(dataSource, buildSeedPlanAt(seededAt), seededAt);
      // TypeORM's own metadata names the database it was written in: the copies put theirs.
      await dataSource.query(`UPDATE typeorm_metadata SET database = $1 WHERE database = $2`, [
        name,
        migrated,
      ]);
    } finally {
      await dataSource.destroy();
    }
    return seededAt.toISOString();
  });
  const note = await templateNote(serverUrl, template);
  const seededAt = new Date(note ?? '');
  if (Number.isNaN(seededAt.getTime())) throw new Error(`${template} has no seeding moment`);
  return { template, seededAt };
}

/** A clock whose time flows on from the demo's seeding moment, as an app started then sees it. */
export function demoClock(seededAt: Date): TravellingClock {
  const clock = new TravellingClock();
  clock.travelTo(seededAt);
  return clock;
}
