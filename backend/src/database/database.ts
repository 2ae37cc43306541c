import { DataSource } from 'typeorm';
import type { AppConfig, DatabaseTimeouts } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded-postgres';
import { waitForDatabase } from './wait-for-database';

/**
 * Runs pending migrations on a connection of their own, without the statement and idle timeouts
 * that bound the application's queries (a migration may rewrite a large table).
 */
async function migrate(url: string, timeouts: DatabaseTimeouts): Promise<void> {
  const migrator = new DataSource(
    dataSourceOptions(url, {
      migrationsRun: true,
      poolSize: 1,
      timeouts: {
        ...timeouts,
        databaseStatementTimeoutMs: 0,
        databaseIdleInTransactionTimeoutMs: 0,
      },
    }),
  );
  await migrator.initialize();
  await migrator.destroy();
}

/** A connected, migrated database and how to let go of it at shutdown. */
export interface Database {
  dataSource: DataSource;
  /** 'embedded' (started by us) or 'external' (DATABASE_URL). */
  kind: 'embedded' | 'external';
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL (waiting up to DB_STARTUP_WAIT_SECONDS for it to accept connections),
 * or starts the embedded PostgreSQL, then runs pending migrations.
 * If anything fails after the embedded server started, the server is stopped again so that no
 * orphan postgres process outlives us.
 */
export async function openDatabase(
  config: AppConfig,
  log: (message: string | Record<string, unknown>) => void,
): Promise<Database> {
  if (config.databaseUrl) {
    await waitForDatabase(config.databaseUrl, {
      waitMs: config.databaseStartupWaitSeconds * 1000,
      connectTimeoutMs: config.databaseConnectTimeoutMs,
      log,
    });
  }
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        ephemeral: config.ephemeralDatabase,
        log,
      });
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = new DataSource(dataSourceOptions(url, { timeouts: config }));
  try {
    await migrate(url, config);
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    kind: embedded ? 'embedded' : 'external',
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
