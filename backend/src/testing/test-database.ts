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

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Migrating a database takes about a second; copying one is a fraction of that. Each server gets,
 * once per test run, a template database that has run every migration, made by whichever test
 * file asks first (the others wait on an advisory lock), and each test file's database is a copy
 * of it. The run's id (set by globalSetup, inherited by the workers) names the template, so a
 * changed migration is never served from an older run's copy; globalTeardown drops it.
 */
const templates = new Map<string, Promise<string>>();

function migratedTemplate(serverUrl: string): Promise<string> {
  let template = templates.get(serverUrl);
  if (!template) {
    template = makeMigratedTemplate(serverUrl);
    templates.set(serverUrl, template);
  }
  return template;
}

async function makeMigratedTemplate(serverUrl: string): Promise<string> {
  const run = process.env['TSUMUGU_TEST_RUN'] ?? `pid${process.pid}`;
  const name = `tsumugu_template_${run.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
  const server = new DataSource({ type: 'postgres', url: serverUrl, extra: { max: 1 } });
  await server.initialize();
  try {
    // One session holds the pool's only connection, so the lock and the checks share it.
    await server.query(`SELECT pg_advisory_lock(hashtext('tsumugu test template'))`);
    const [ready] = await server.query(
      `SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate`,
      [name],
    );
    if (!ready) {
      // A copy half-made by a run that was killed meanwhile is made again.
      await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await server.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
      const migrated = new DataSource(
        dataSourceOptions(databaseUrl(serverUrl, name), { migrationsRun: true, poolSize: 1 }),
      );
      await migrated.initialize();
      await migrated.destroy();
      await server.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    }
  } finally {
    await server.query(`SELECT pg_advisory_unlock(hashtext('tsumugu test template'))`);
    await server.destroy();
  }
  return name;
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
  const migrate = options.migrate ?? true;
  const name = `tsumugu_test_${randomBytes(6).toString('hex')}`;
  const template = migrate ? await migratedTemplate(serverUrl) : 'template0';
  await onServer(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template} ENCODING 'UTF8'`);
  const url = databaseUrl(serverUrl, name);
  const dataSource = new DataSource(
    dataSourceOptions(url, {
      // A copy of the template has run every migration; running them again finds none to do
      // and still checks the migrations table, as a real start does.
      migrationsRun: migrate,
      poolSize: options.poolSize ?? 4,
      timeouts: options.timeouts,
    }),
  );
  await dataSource.initialize();
  if (migrate) {
    // TypeORM's own metadata names the database it was written in: the template's.
    await dataSource.query(
      `UPDATE typeorm_metadata SET database = current_database() WHERE database = $1`,
      [template],
    );
  }
  return {
    url,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
