import type { DataSource, QueryRunner } from 'typeorm';

/** Resolves once some backend of this database waits for a lock (for tests of two writers). */
export async function waitUntilBlocked(dataSource: DataSource): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [{ waiting }] = await dataSource.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no transaction waited for the lock');
}

/**
 * Two writers in turn, each in a transaction of its own: `first` writes, `second` starts its
 * write and waits for first's lock; then first commits, and second finishes and commits. Both
 * connections are released whatever happens.
 */
export async function secondWaitsForFirst(
  dataSource: DataSource,
  first: (runner: QueryRunner) => Promise<unknown>,
  second: (runner: QueryRunner) => Promise<unknown>,
): Promise<void> {
  const one = dataSource.createQueryRunner();
  const two = dataSource.createQueryRunner();
  try {
    await one.startTransaction();
    await two.startTransaction();
    await first(one);
    const waiting = second(two);
    await waitUntilBlocked(dataSource);
    await one.commitTransaction();
    await waiting;
    await two.commitTransaction();
  } finally {
    await one.release();
    await two.release();
  }
}
