import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { DatabaseTimeouts } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';

/** The server globalSetup started (or TEST_DATABASE_URL), as a URL to its maintenance database. */
function defaultServerUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run through the backend Jest config');
  return url;
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const server = new DataSource({ type: 'postgres', url: serverUrl, extra: { max: 1 } });
  await server.initialize();
  try {
    await server.query(sql);
  } finally {
    await server.destroy();
  }
}

export interface TestDatabase {
  url: string;
  /** Connected; migrated unless asked otherwise. */
  dataSource: DataSource;
  /** Disconnects and drops the database. */
  drop(): Promise<void>;
}

/** A new, empty database for one test file, so that files never see each other's rows. */
export async function createTestDatabase(
  options: {
    migrate?: boolean;
    poolSize?: number;
    /** Another server than the shared one (a test that freezes or stops its own). */
    serverUrl?: string;
    timeouts?: Partial<DatabaseTimeouts>;
  } = {},
): Promise<TestDatabase> {
  const serverUrl = options.serverUrl ?? defaultServerUrl();
  const name = `tsumugu_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = new DataSource(
    dataSourceOptions(url.toString(), {
      migrationsRun: options.migrate ?? true,
      poolSize: options.poolSize ?? 4,
      timeouts: options.timeouts,
    }),
  );
  await dataSource.initialize();
  return {
    url: url.toString(),
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
