import request from 'supertest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { OwnPostgres } from '../testing/own-postgres';

/** Status, Retry-After and how long the answer took. */
async function timed(t: TestApp, path: string) {
  const started = Date.now();
  const response = await request(t.http).get(path).timeout(15_000);
  return {
    path,
    status: response.status,
    retryAfter: response.headers['retry-after'] as string | undefined,
    ms: Date.now() - started,
  };
}

describe('a frozen PostgreSQL (SIGSTOP)', () => {
  let postgres: OwnPostgres;
  let t: TestApp;

  beforeAll(async () => {
    postgres = await OwnPostgres.start();
    process.env['JOB_WORKERS'] = 'false';
    t = await createTestApp({
      serverUrl: postgres.serverUrl,
      poolSize: 2,
      timeouts: {
        databaseConnectTimeoutMs: 500,
        databaseStatementTimeoutMs: 1000,
        databaseIdleInTransactionTimeoutMs: 2000,
      },
    });
  }, 60_000);
  afterAll(async () => {
    await postgres.thaw();
    await t.close();
    await postgres.stop();
    delete process.env['JOB_WORKERS'];
  }, 60_000);

  it('answers every request 503 with Retry-After in bounded time, then serves again once it wakes', async () => {
    await request(t.http).get('/api/courses').expect(200);
    await postgres.freeze();
    let answers: Awaited<ReturnType<typeof timed>>[];
    try {
      // Twelve requests on a pool of two: two wait in PostgreSQL, ten wait for a connection.
      answers = await Promise.all([
        ...Array.from({ length: 12 }, () => timed(t, '/api/courses')),
        timed(t, '/api/health'),
      ]);
    } finally {
      await postgres.thaw();
    }
    console.log(
      'frozen database, answers (ms):',
      answers.map((answer) => `${answer.path} ${answer.status} ${answer.ms}`).join(', '),
    );
    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 503 });
      // the slowest: a query already sent waits statement_timeout + 2 s in the driver
      expect(answer.ms).toBeLessThan(3000 + 1500);
    }
    expect(answers.filter((answer) => answer.path === '/api/courses')).toEqual(
      Array.from({ length: 12 }, () => expect.objectContaining({ retryAfter: '5' })),
    );

    // The connections that timed out were closed; new ones serve the next requests.
    await request(t.http).get('/api/courses').expect(200);
    await request(t.http).get('/api/health').expect(200);
    const reasons = t.logs
      .filter((line) => line['msg'] === 'database unavailable')
      .map((line) => line['reason']);
    expect(reasons).toContain('query_timeout');
    for (const reason of reasons) {
      expect(['pool_timeout', 'query_timeout', 'connect_timeout']).toContain(reason);
    }
  });
});
