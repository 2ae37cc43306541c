import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import type { App } from 'supertest/types';
import { AppModule } from '../app.module';
import { JsonLogger } from '../common/logging/json-logger';
import { Clock, SystemClock } from '../common/time/clock';
import { configureApp } from '../configure-app';
import { createTestDatabase, type TestDatabase } from './test-database';

type TestDatabaseOptions = NonNullable<Parameters<typeof createTestDatabase>[0]>;

export interface TestApp {
  app: NestExpressApplication;
  http: App;
  database: TestDatabase;
  /** The app's clock: the one given to createTestApp, or the system clock. */
  clock: Clock;
  /** Every log line the app wrote, parsed (warn and above). */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * The real application (same modules and HTTP configuration as main.ts) on a fresh, migrated
 * database of its own.
 */
export async function createTestApp(
  options: Pick<TestDatabaseOptions, 'poolSize' | 'serverUrl' | 'template' | 'timeouts'> & {
    /** What the app takes as "now" (a SettableClock for a test about dates). */
    clock?: Clock;
    /** A built frontend to serve (FRONTEND_DIST); none by default. */
    frontendDist?: string;
  } = {},
): Promise<TestApp> {
  const clock = options.clock ?? new SystemClock();
  // Mails sent without SMTP_URL (every booking's notification) go to a throwaway outbox of this
  // app, not into the developer's .data/outbox that the browser tests read.
  const ownDataDir = process.env['DATA_DIR']
    ? null
    : await mkdtemp(join(tmpdir(), 'tsumugu-test-data-'));
  if (ownDataDir) process.env['DATA_DIR'] = ownDataDir;
  const database = await createTestDatabase(options);
  const logs: Record<string, unknown>[] = [];
  const logger = new JsonLogger('info', (line) => logs.push(JSON.parse(line)));
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.register({ dataSource: database.dataSource, close: () => database.drop() }),
    ],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .setLogger(logger)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger });
  configureApp(app, {
    corsOrigins: [],
    frontendDist: options.frontendDist ?? 'no-frontend-in-tests',
  });
  await app.init();
  return {
    app,
    http: app.getHttpServer() as App,
    database,
    clock,
    logs,
    async close() {
      await app.close();
      if (ownDataDir) {
        delete process.env['DATA_DIR'];
        await rm(ownDataDir, { recursive: true, force: true });
      }
    },
  };
}
