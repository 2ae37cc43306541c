import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { RateLimitCountersRepository } from './rate-limit-counters.repository';
import { RateLimitedError, RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  let database: TestDatabase;
  let limiter: RateLimiter;
  const limit = { name: 'test', limit: 10, windowSeconds: 600 };

  beforeAll(async () => {
    database = await createTestDatabase();
    limiter = new RateLimiter(new RateLimitCountersRepository(database.dataSource));
  });
  afterAll(() => database.drop());

  it('lets exactly the limit through when a burst arrives at once (atomic upsert)', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => limiter.hit({ limit, subject: 'burst@example.jp' })),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.length - refused.length).toBe(10);
    expect(refused).toHaveLength(20);
    const error = (refused[0] as PromiseRejectedResult).reason as RateLimitedError;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(600);
  });

  it('counts each subject on its own, and stores no email or address in clear', async () => {
    await limiter.hit({ limit, subject: 'other@example.jp' });
    const keys = await database.dataSource.query(`SELECT key, hits FROM rate_limit_counters`);
    expect(keys).toHaveLength(2);
    expect(JSON.stringify(keys)).not.toContain('example.jp');
    expect(keys.map((k: { hits: number }) => k.hits).sort((a: number, b: number) => a - b)).toEqual(
      [1, 30],
    );
  });
});
