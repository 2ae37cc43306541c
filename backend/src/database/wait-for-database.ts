import { Client } from 'pg';
import { databaseUnavailableReason } from '../common/errors/database-unavailable';

/** The start gave up waiting for PostgreSQL; its message says where, how long and why. */
export class DatabaseStartupError extends Error {}

export interface StartupWaitOptions {
  /** Give up after this long (DB_STARTUP_WAIT_SECONDS × 1000); 0: a single attempt. */
  waitMs: number;
  /** One connection attempt at most (DB_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs: number;
  log: (entry: Record<string, unknown>) => void;
  /** The first wait between attempts, doubled after each failure up to maxDelayMs. */
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/** `host:port/database` of a PostgreSQL URL: never its user or password, for logs and errors. */
export function databaseAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

async function probe(url: string, connectTimeoutMs: number): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
  // A server that drops the connection after connecting emits 'error' besides rejecting.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until PostgreSQL accepts connections, retrying with exponential backoff (250 ms, 500 ms,
 * 1 s, … at most 5 s between attempts) for `waitMs` in all: a database started at the same time
 * as the app (compose, a reboot, a failover) is waited for instead of failing the start. Only
 * connection-level errors are retried (refused, reset, timed out, "the database system is
 * starting up"); a wrong password or database name fails at once, since waiting cannot mend it.
 * Returns the number of attempts made.
 */
export async function waitForDatabase(url: string, options: StartupWaitOptions): Promise<number> {
  const address = databaseAddress(url);
  const started = performance.now(); // a duration, not a moment: the monotonic clock
  const maxDelayMs = options.maxDelayMs ?? 5000;
  let delayMs = options.firstDelayMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    const leftMs = options.waitMs - (performance.now() - started);
    try {
      await probe(url, Math.max(100, Math.min(options.connectTimeoutMs, leftMs)));
      if (attempt > 1) {
        options.log({ msg: 'database reachable', database: address, attempt });
      }
      return attempt;
    } catch (error) {
      const reason = databaseUnavailableReason(error);
      if (!reason) throw error;
      const remainingMs = options.waitMs - (performance.now() - started);
      if (remainingMs <= 0) {
        throw new DatabaseStartupError(
          `PostgreSQL at ${address} did not accept connections within ` +
            `${options.waitMs / 1000} s (${attempt} attempts, last: ${reason}). Check that it ` +
            'runs and that DATABASE_URL points at it, or wait longer with DB_STARTUP_WAIT_SECONDS.',
        );
      }
      const nextWaitMs = Math.min(delayMs, remainingMs);
      options.log({
        msg: 'database not reachable yet, retrying',
        database: address,
        attempt,
        reason,
        nextAttemptInMs: nextWaitMs,
        givingUpInMs: remainingMs,
      });
      await sleep(nextWaitMs);
      delayMs = Math.min(delayMs * 2, maxDelayMs);
    }
  }
}
