import request from 'supertest';
import type { QueryRunner } from 'typeorm';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** Waits until a backend of the app's pool waits for a lock, and gives its process id. */
async function blockedBackend(t: TestApp, lockerPid: number): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const rows: { pid: number }[] = await t.database.dataSource.query(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`,
      [lockerPid],
    );
    if (rows.length > 0) return rows[0].pid;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no request reached the database');
}

describe('a database connection lost in the middle of a request', () => {
  let t: TestApp;
  let locker: QueryRunner;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    // Holds the catalogue so that the request under test waits inside PostgreSQL.
    locker = t.database.dataSource.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    await locker.query('LOCK TABLE courses IN ACCESS EXCLUSIVE MODE');
  });
  afterEach(async () => {
    if (locker.isTransactionActive) await locker.rollbackTransaction();
    await locker.release();
  });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After, logs one line without a stack, and recovers', async () => {
    const [{ pid: lockerPid }] = await locker.query('SELECT pg_backend_pid() AS pid');
    const pending = request(t.http).get('/api/courses').set('Accept-Language', 'en');
    const response = pending.then((r) => r);
    const victim = await blockedBackend(t, lockerPid);
    // What a database restart or an administrator does to the connection: 57P01.
    await locker.query('SELECT pg_terminate_backend($1)', [victim]);

    const answered = await response;
    expect(answered.status).toBe(503);
    expect(answered.headers['retry-after']).toBe('5');
    expect(answered.body).toMatchObject({
      statusCode: 503,
      code: 'DATABASE_UNAVAILABLE',
      message: 'The service is busy or under maintenance. Please try again in a moment.',
    });
    const logged = t.logs.filter((line) => line['context'] === 'Errors');
    expect(logged).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'database unavailable',
        method: 'GET',
        reason: '57P01 admin_shutdown',
      }),
    ]);
    expect(logged[0]).not.toHaveProperty('stack');

    await locker.rollbackTransaction();
    // The pool dropped the dead connection: the next request is served.
    await request(t.http).get('/api/courses').expect(200);
  });
});
