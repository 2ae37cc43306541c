import { loadConfig } from '../config/app-config';
import { ControlledPostgres } from '../testing/controlled-postgres';
import { freePort } from './embedded-postgres';
import { openDatabase } from './database';
import { DatabaseStartupError } from './wait-for-database';

/** What openDatabase logged, as the JSON logger would receive it. */
function collector() {
  const lines: (string | Record<string, unknown>)[] = [];
  return { lines, log: (line: string | Record<string, unknown>) => void lines.push(line) };
}

describe('start-up while PostgreSQL is not there yet (DB_STARTUP_WAIT_SECONDS)', () => {
  let postgres: ControlledPostgres | undefined;
  afterAll(() => postgres?.destroy());

  it('waits for a PostgreSQL that starts 3 s later, then connects and migrates', async () => {
    postgres = await ControlledPostgres.create({ start: false });
    const config = loadConfig({
      DATABASE_URL: postgres.url('postgres'),
      DB_STARTUP_WAIT_SECONDS: '30',
      DB_CONNECT_TIMEOUT_MS: '1000',
    });
    const { lines, log } = collector();
    const started = Date.now();
    const starting = setTimeout(() => void postgres!.start(), 3000);
    try {
      const database = await openDatabase(config, log);
      const ms = Date.now() - started;
      try {
        const [{ migrations }] = await database.dataSource.query(
          'SELECT count(*)::int AS migrations FROM migrations',
        );
        expect(migrations).toBeGreaterThan(5);
      } finally {
        await database.close();
      }
      console.log(`connected after ${ms} ms, ${lines.length} log lines`);
      expect(ms).toBeGreaterThanOrEqual(3000);
    } finally {
      clearTimeout(starting);
    }

    const retries = lines.filter(
      (line) => typeof line === 'object' && line['msg'] === 'database not reachable yet, retrying',
    ) as Record<string, unknown>[];
    expect(retries.length).toBeGreaterThanOrEqual(3);
    expect(retries[0]).toMatchObject({
      attempt: 1,
      reason: 'ECONNREFUSED',
      nextAttemptInMs: 250,
      database: `127.0.0.1:${postgres.port}/postgres`,
    });
    // Exponential backoff: each wait doubles (until the 5 s ceiling).
    expect(retries.slice(0, 3).map((line) => line['nextAttemptInMs'])).toEqual([250, 500, 1000]);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'database reachable' }));
    // The URL's user and password never reach the log.
    expect(JSON.stringify(lines)).not.toMatch(/tsumugu-controlled|tsumugu:/);
  }, 60_000);

  it('gives up after the configured time with a message that says where and why', async () => {
    const port = await freePort();
    const config = loadConfig({
      DATABASE_URL: `postgres://someone:secret-password@127.0.0.1:${port}/tsumugu`,
      DB_STARTUP_WAIT_SECONDS: '2',
    });
    const { lines, log } = collector();
    const started = Date.now();
    const failure = await openDatabase(config, log).then(
      () => null,
      (error: unknown) => error,
    );
    const ms = Date.now() - started;
    console.log(`gave up after ${ms} ms: ${(failure as Error).message}`);

    expect(failure).toBeInstanceOf(DatabaseStartupError);
    expect((failure as Error).message).toMatch(
      new RegExp(
        `^PostgreSQL at 127\\.0\\.0\\.1:${port}/tsumugu did not accept connections within 2 s ` +
          `\\(\\d+ attempts, last: ECONNREFUSED\\)`,
      ),
    );
    expect((failure as Error).message).toContain('DB_STARTUP_WAIT_SECONDS');
    expect(ms).toBeGreaterThanOrEqual(2000);
    expect(ms).toBeLessThan(3500);
    expect(JSON.stringify(lines) + (failure as Error).message).not.toContain('secret-password');
  });

  it('does not wait for a server that answers but refuses the password', async () => {
    postgres ??= await ControlledPostgres.create();
    if (!(await postgres.running())) await postgres.start();
    const url = new URL(postgres.url('postgres'));
    url.password = 'wrong';
    const config = loadConfig({ DATABASE_URL: url.toString(), DB_STARTUP_WAIT_SECONDS: '30' });
    const started = Date.now();
    await expect(openDatabase(config, () => undefined)).rejects.toThrow(/password/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
