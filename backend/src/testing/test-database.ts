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

/** The name of this run's migrated template on the server, made on first use. */
export function migratedTemplate(serverUrl: string): Promise<string> {
  return runTemplate(serverUrl, 'template', 'template0', async (url) => {
    const migrated = new DataSource(dataSourceOptions(url, { migrationsRun: true, poolSize: 1 }));
    await migrated.initialize();
    await migrated.destroy();
  });
}

/**
 * A template database of this test run, `tsumugu_<kind>_<run>`, made once per server and
 * process from `from` by `fill` (given the new database's URL), under an advisory lock so that
 * the workers of one run make it once between them. globalTeardown drops every template of the
 * run. What `fill` returns is kept as the database's comment, for every copy's maker to read
 * (`templateNote`).
 */
export function runTemplate(
  serverUrl: string,
  kind: string,
  from: string,
  fill: (url: string, name: string) => Promise<string | void>,
): Promise<string> {
  const key = `${serverUrl} ${kind}`;
  let template = templates.get(key);
  if (!template) {
    template = makeTemplate(serverUrl, kind, from, fill);
    // A failed attempt is not kept: the next suite that asks tries again.
    template.catch(() => templates.delete(key));
    templates.set(key, template);
  }
  return template;
}

/** What runTemplate does once per process; exported for its test. */
export async function makeTemplate(
  serverUrl: string,
  kind: string,
  from: string,
  fill: (url: string, name: string) => Promise<string | void>,
): Promise<string> {
  const name = templateName(kind);
  const server = new DataSource({ type: 'postgres', url: serverUrl, extra: { max: 1 } });
  await server.initialize();
  // One session for the lock and the checks, held to the end: a pooled connection left idle
  // while `fill` works would be closed by the pool, and the lock with it.
  const session = server.createQueryRunner();
  await session.connect();
  const lock = `tsumugu test ${kind}`;
  try {
    await session.query(`SELECT pg_advisory_lock(hashtext($1))`, [lock]);
    const [ready] = await session.query(
      `SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate`,
      [name],
    );
    if (!ready) {
      // A copy half-made by a run that was killed meanwhile is made again.
      await session.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await session.query(`CREATE DATABASE ${name} TEMPLATE ${from} ENCODING 'UTF8'`);
      const note = await fill(databaseUrl(serverUrl, name), name);
      if (note) await session.query(`COMMENT ON DATABASE ${name} IS ${quoted(note)}`);
      await session.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    }
  } finally {
    await session.query(`SELECT pg_advisory_unlock(hashtext($1))`, [lock]).catch(() => undefined);
    await session.release();
    await server.destroy();
  }
  return name;
}

/** What the template's `fill` returned (runTemplate), or null. */
export async function templateNote(serverUrl: string, name: string): Promise<string | null> {
  const server = new DataSource({ type: 'postgres', url: serverUrl, extra: { max: 1 } });
  await server.initialize();
  try {
    const [row] = await server.query(
      `SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`,
      [name],
    );
    return (row?.note as string | null | undefined) ?? null;
  } finally {
    await server.destroy();
  }
}

function quoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** `tsumugu_<kind>_<run>`: globalTeardown drops every `tsumugu_%_<run>` of a shared server. */
function templateName(kind: string): string {
  const run = process.env['TSUMUGU_TEST_RUN'] ?? `pid${process.pid}`;
  return `tsumugu_${kind}_${run.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
}

/** The server globalSetup started (or TEST_DATABASE_URL), as a URL to its maintenance database. */
export function testServerUrl(): string {
  return defaultServerUrl();
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
    /** A template of this run to copy (runTemplate) instead of the migrated one. */
    template?: string;
    timeouts?: Partial<DatabaseTimeouts>;
  } = {},
): Promise<TestDatabase> {
  const serverUrl = options.serverUrl ?? defaultServerUrl();
  const migrate = options.migrate ?? true;
  const name = `tsumugu_test_${randomBytes(6).toString('hex')}`;
  const template = options.template ?? (migrate ? await migratedTemplate(serverUrl) : 'template0');
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
