// Jest globalTeardown: stops the PostgreSQL that globalSetup started and removes its folder; on a
// server named by TEST_DATABASE_URL, drops this run's migrated template database instead.
import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const started = globalThis.__TSUMUGU_TEST_POSTGRES__;
  if (!started) {
    await dropTemplate();
    return;
  }
  await started.postgres.stop();
  await rm(started.folder, { recursive: true, force: true });
}

async function dropTemplate() {
  const run = process.env.TSUMUGU_TEST_RUN;
  if (!run || !process.env.TEST_DATABASE_URL) return;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    const name = `tsumugu_template_${run}`;
    await client.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE false`).catch(() => undefined);
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
