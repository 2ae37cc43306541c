import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import type { QueryRunner } from 'typeorm';
import { freePort } from '../database/embedded-postgres';
import { seedDemoData } from '../demo/seeder';
import { type AppProcess, buildAppForTests, startAppProcess } from '../testing/app-process';
import { createBookableCourse, createCitizens } from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

const GRACE_MS = 4000;

/**
 * One request on a keep-alive connection of the agent: the status and the Connection header
 * (`200 keep-alive`), or the socket error's code.
 */
function send(
  port: number,
  agent: Agent,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<string> {
  return new Promise((resolve) => {
    const call = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        agent,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(`${response.statusCode} ${response.headers.connection}`));
      },
    );
    call.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    call.end(options.body);
  });
}

/**
 * SIGTERM to the real application process (main.ts, as `npm start` runs it) while requests are
 * in flight on keep-alive connections, as a load balancer holds them during a rolling update.
 */
describe('SIGTERM to the app process under load', () => {
  let build: Awaited<ReturnType<typeof buildAppForTests>>;
  let database: TestDatabase;
  let app: AppProcess | undefined;

  beforeAll(async () => {
    [build, database] = await Promise.all([buildAppForTests(), createTestDatabase()]);
    await seedDemoData(database.dataSource, FIXTURE_PLAN);
  }, 120_000);

  afterAll(async () => {
    if (app && app.process.exitCode === null) app.process.kill('SIGKILL');
    await database?.drop();
    await build?.remove();
  });

  it('stops taking connections, finishes every request in flight with Connection: close, no reset, and exits 0 within SHUTDOWN_GRACE_MS', async () => {
    const { courseId } = await createBookableCourse(database.dataSource, { capacity: 5 });
    const citizens = await createCitizens(database.dataSource, 8);
    const port = await freePort();
    app = await startAppProcess(
      build.mainJs,
      {
        DATABASE_URL: database.url,
        SEED_DEMO_DATA: 'false',
        JOB_WORKERS: 'false',
        NODE_ENV: 'production',
        ISSUER_KEY_PASSPHRASE: 'a test passphrase, not a secret',
        SHUTDOWN_GRACE_MS: String(GRACE_MS),
      },
      port,
    );

    // Sixteen warm keep-alive connections.
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    expect(
      await Promise.all(Array.from({ length: 16 }, () => send(port, agent, '/api/health/live'))),
    ).toEqual(Array(16).fill('200 keep-alive'));

    // A burst on them that waits inside PostgreSQL behind a lock: eight catalogue reads and
    // eight bookings (five seats, so three join the waiting list).
    const locker: QueryRunner = database.dataSource.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    await locker.query('LOCK TABLE courses IN ACCESS EXCLUSIVE MODE');
    const inFlight = [
      ...Array.from({ length: 8 }, () => send(port, agent, '/api/courses')),
      ...citizens.map((citizen) =>
        send(port, agent, `/api/courses/${courseId}/bookings`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: citizen.credentials.cookie,
            ...citizen.credentials.csrfHeader,
          },
          body: '{"companionIds":[],"joinWaitlist":true}',
        }),
      ),
    ];
    // A connection with a catalogue request in flight too, on which a readiness probe is sent
    // after the signal (pipelined, as a proxy might).
    const checker = connect(port, '127.0.0.1');
    let checkerText = '';
    checker.on('data', (chunk: Buffer) => (checkerText += chunk.toString()));
    const checkerErrors: string[] = [];
    checker.on('error', (error: NodeJS.ErrnoException) => checkerErrors.push(error.code ?? ''));
    const checkerClosed = new Promise<void>((resolve) => checker.on('close', () => resolve()));
    checker.write('GET /api/courses HTTP/1.1\r\nHost: tsumugu\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 500));

    const signalled = Date.now();
    app.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    checker.write('GET /api/health/ready HTTP/1.1\r\nHost: tsumugu\r\n\r\n');
    // A new connection is refused: the process no longer listens.
    expect(await send(port, new Agent(), '/api/health/live')).toBe('ECONNREFUSED');
    expect(await send(port, new Agent(), '/api/health/ready')).toBe('ECONNREFUSED');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await locker.rollbackTransaction();
    await locker.release();

    const statuses = await Promise.all(inFlight);
    const exitCode = await app.exited;
    const ms = Date.now() - signalled;
    await checkerClosed;
    console.log(`SIGTERM with 17 requests in flight: exit ${exitCode} after ${ms} ms`);

    // Every request in flight was answered, and told not to reuse its connection: a client told
    // keep-alive would send its next request into a connection being closed (ECONNRESET).
    expect(statuses).toEqual([...Array(8).fill('200 close'), ...Array(8).fill('201 close')]);
    expect(exitCode).toBe(0);
    expect(ms).toBeLessThan(GRACE_MS);
    // On the other connection: the catalogue answered with `Connection: close`, then the
    // connection was closed cleanly; the probe sent after the signal was not half-answered.
    expect([...checkerText.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => m[1])).toEqual(['200']);
    expect(checkerText).toMatch(/^Connection: close\r$/m);
    expect(checkerErrors).toEqual([]);
    // Every booking answered is in the database.
    const [row] = await database.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
              count(*) FILTER (WHERE status = 'waiting')::int AS waiting
         FROM bookings WHERE course_id = $1`,
      [courseId],
    );
    expect(row).toEqual({ confirmed: 5, waiting: 3 });
    expect(app.output()).toContain('"msg":"shut down"');
    agent.destroy();
  }, 60_000);
});
