/**
 * Chaos soak: the booking rush, round after round for a few minutes, while PostgreSQL is
 * restarted (`restart`: pg_ctl restart, -m fast and -m immediate in turn) or frozen for 2 s with
 * SIGSTOP (`freeze`) in the middle of each round. One app instance (the real modules, in this
 * process) on a PostgreSQL 18 of its own on 127.0.0.1; 200 citizens per round book a 30-seat
 * course, retrying 503s with their Idempotency-Key for 20 s. After each round the invariants of
 * backend/src/testing/rush-clients.ts are checked and every key is replayed.
 *
 * Prints one line per round and, last:
 *   chaos <mode> rounds=… requests=… 201=… 503=… other=… max_ms=… lost=… duplicated=… oversold=…
 *
 * Run: npm run chaos:restart | npm run chaos:freeze   (CHAOS_SECONDS=180, PEOPLE=200 by default)
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { seedDemoData } from '../src/demo/seeder';
import { createBookableCourse, createCitizens } from '../src/testing/booking-fixture';
import { FIXTURE_PLAN } from '../src/testing/catalogue-fixture';
import { ControlledPostgres } from '../src/testing/controlled-postgres';
import {
  type BookFunction,
  checkRushInvariants,
  httpBooker,
  replayKeys,
  rushFigures,
  runRush,
} from '../src/testing/rush-clients';
import { createTestApp } from '../src/testing/test-app';

const MODE = process.argv[2] === 'freeze' ? 'freeze' : 'restart';
const SECONDS = Number(process.env['CHAOS_SECONDS'] ?? 180);
const PEOPLE = Number(process.env['PEOPLE'] ?? 200);
const CAPACITY = 30;
const log = (message: string) => process.stdout.write(`${message}\n`);

async function main() {
  const postgres = await ControlledPostgres.create();
  process.env['JOB_WORKERS'] = 'false';
  const t = await createTestApp({
    serverUrl: postgres.serverUrl,
    poolSize: 20,
    timeouts: {
      databaseConnectTimeoutMs: 1000,
      databaseStatementTimeoutMs: 3000,
      databaseIdleInTransactionTimeoutMs: 5000,
    },
  });
  const totals = { rounds: 0, requests: 0, ok: 0, unavailable: 0, other: 0, maxMs: 0 };
  const broken = { lost: 0, duplicated: 0, oversold: 0, wrongReplays: 0, violations: 0 };
  try {
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    await t.app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    log(`chaos ${MODE}: ${SECONDS} s of rounds, ${PEOPLE} citizens per round, ${CAPACITY} seats`);
    const end = Date.now() + SECONDS * 1000;
    while (Date.now() < end) {
      const round = ++totals.rounds;
      const fault =
        MODE === 'freeze'
          ? 'freeze 2 s'
          : round % 2 === 1
            ? 'restart -m fast'
            : 'restart -m immediate';
      const { courseId } = await createBookableCourse(t.database.dataSource, {
        capacity: CAPACITY,
      });
      const citizens = await createCitizens(t.database.dataSource, PEOPLE);
      const http = httpBooker(() => baseUrl, courseId);
      let answered = 0;
      let injected: Promise<void> | null = null;
      const book: BookFunction = async (citizen, key) => {
        const attempt = await http(citizen, key);
        // A freeze takes a moment to reach every process (/proc is read first): start it at
        // the first answer, or it lands after the rush.
        if (++answered === (MODE === 'freeze' ? 1 : 10)) {
          injected =
            MODE === 'freeze'
              ? postgres
                  .freeze()
                  .then(() => new Promise((resolve) => setTimeout(resolve, 2000)))
                  .then(() => postgres.thaw())
              : postgres.restart(round % 2 === 1 ? 'fast' : 'immediate');
        }
        return attempt;
      };
      const started = Date.now();
      const clients = await runRush(citizens, book, { retryForMs: 20_000 });
      await injected;
      const figures = rushFigures(clients);
      const invariants = await checkRushInvariants(t.database.dataSource, courseId, clients);
      const wrongReplays = await replayKeys(t.database.dataSource, courseId, clients, http);
      totals.requests += figures.requests;
      totals.ok += figures.byStatus['201'] ?? 0;
      totals.unavailable += figures.byStatus['503'] ?? 0;
      totals.other +=
        figures.requests - (figures.byStatus['201'] ?? 0) - (figures.byStatus['503'] ?? 0);
      totals.maxMs = Math.max(totals.maxMs, figures.maxMs);
      broken.lost += invariants.lost;
      broken.duplicated += invariants.duplicated;
      broken.oversold += invariants.oversold;
      broken.wrongReplays += wrongReplays.length;
      broken.violations += invariants.violations.length;
      log(
        `round ${round} (${fault}): ${Date.now() - started} ms, ${JSON.stringify(figures.byStatus)}, ` +
          `max ${figures.maxMs} ms, confirmed ${invariants.confirmedSeats}/${CAPACITY}, ` +
          `waiting ${invariants.waiting}` +
          (invariants.violations.length + wrongReplays.length > 0
            ? ` !! ${[...invariants.violations, ...wrongReplays.slice(0, 3)].join('; ')}`
            : ''),
      );
    }
  } finally {
    await postgres.thaw().catch(() => undefined);
    await t.close().catch(() => undefined);
    await postgres.destroy();
  }
  log(
    `chaos ${MODE} rounds=${totals.rounds} requests=${totals.requests} 201=${totals.ok} ` +
      `503=${totals.unavailable} other=${totals.other} max_ms=${totals.maxMs} lost=${broken.lost} ` +
      `duplicated=${broken.duplicated} oversold=${broken.oversold} wrong_replays=${broken.wrongReplays}`,
  );
  if (broken.violations + broken.wrongReplays > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
