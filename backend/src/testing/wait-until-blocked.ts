import type { DataSource } from 'typeorm';

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
