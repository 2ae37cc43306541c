// Jest globalTeardown: stops the PostgreSQL that globalSetup started and removes its folder; on a
// server named by TEST_DATABASE_URL, drops this run's template databases instead.
import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const started = globalThis.__TSUMUGU_TEST_POSTGRES__;
  if (!started) {
    await dropTemplates();
    return;
  }
  await started.postgres.stop();
  await rm(started.folder, { recursive: true, force: true });
}

async function dropTemplates() {
  const run = process.env.TSUMUGU_TEST_RUN;
  if (!run || !process.env.TEST_DATABASE_URL) return;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    // Every template of this run (test-database.ts: tsumugu_<kind>_<run>).
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'tsumugu\\_%\\_' || $1`,
      [run.replace(/[^a-z0-9]/gi, '').toLowerCase()],
    );
    for (const { datname } of rows) {
      await client.query(`ALTER DATABASE ${datname} WITH IS_TEMPLATE false`).catch(() => undefined);
      await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
