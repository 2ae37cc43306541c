/**
 * The application's configuration, read once from the environment and validated so that a bad
 * value stops the start with a message that names the variable, instead of failing later.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface AppConfig {
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded PostgreSQL is started. */
  databaseUrl: string | null;
  /** Where the embedded PostgreSQL keeps its data (`<dataDir>/postgres`). */
  dataDir: string;
  /** Embedded PostgreSQL in a temporary folder removed at shutdown (browser tests, trials). */
  ephemeralDatabase: boolean;
  logLevel: LogLevel;
  seedDemoData: boolean;
  /**
   * DEMO_TODAY=YYYY-MM-DD: seed the demo as of this Japan date instead of the day it is seeded
   * (to reproduce a screenshot or a bug report). Only a fresh database is seeded.
   */
  demoToday: string | null;
  /** Built Angular app served at `/`; ignored when the folder does not exist. */
  frontendDist: string;
  /** Origins allowed by CORS; empty means same-origin only. */
  corsOrigins: string[];
  /** SMTP server for outgoing mail; without it mails go to `<dataDir>/outbox` (development). */
  smtpUrl: string | null;
  /** The sender of every mail. */
  mailFrom: string;
  /** Where people reach the app; links in mails start with it (no trailing slash). */
  publicUrl: string;
  /** Secure cookies even when the request reached us over plain HTTP (TLS ends at a proxy). */
  cookieSecure: boolean;
  /** NODE_ENV=production: development conveniences (the dev outbox page) are off. */
  production: boolean;
  /**
   * JOB_WORKERS=false: this process queues jobs but runs none (no outbox drain, no reminders,
   * no scheduled draws): for tests that do not need them, or an instance kept for HTTP only.
   */
  jobWorkers: boolean;
  /** How often idle job workers ask PostgreSQL for work, in seconds (>= 0.5). */
  jobPollSeconds: number;
  /** How often the outbox drain looks for due notifications, in milliseconds. */
  notificationPollMs: number;
  /** Connections the application keeps to PostgreSQL at most (DB_POOL_SIZE). */
  databasePoolSize: number;
  /**
   * How long opening a connection, or waiting for a free one in the pool, may take before the
   * request is answered 503 (DB_CONNECT_TIMEOUT_MS).
   */
  databaseConnectTimeoutMs: number;
  /**
   * PostgreSQL's statement_timeout for the application's queries (DB_STATEMENT_TIMEOUT_MS; 0 is
   * none). The driver gives up on its own 2 s later, for a server that does not answer at all.
   * Migrations run without it.
   */
  databaseStatementTimeoutMs: number;
  /** PostgreSQL's idle_in_transaction_session_timeout (DB_IDLE_IN_TRANSACTION_TIMEOUT_MS). */
  databaseIdleInTransactionTimeoutMs: number;
  /**
   * How long the start waits for an external PostgreSQL (DATABASE_URL) that does not accept
   * connections yet, retrying with exponential backoff (DB_STARTUP_WAIT_SECONDS; 0: one attempt).
   */
  databaseStartupWaitSeconds: number;
  /**
   * SIGTERM to exit, at most (SHUTDOWN_GRACE_MS): in-flight requests get half of it, running
   * jobs a quarter. Shorter than Docker's 10 s before it kills.
   */
  shutdownGraceMs: number;
  /**
   * Days after a course finished during which a correction of attendance re-decides its
   * completions (COMPLETION_CORRECTION_DAYS, 0–365).
   */
  completionCorrectionDays: number;
  /**
   * Encrypts the city's certificate issuer key at rest (ISSUER_KEY_PASSPHRASE; required in
   * production). Never logged.
   */
  issuerKeyPassphrase: string | null;
  /**
   * TEST_CLOCK=true: the app's clock can be moved by a city administrator through
   * `/api/dev/clock` (the browser journeys live through a course's sessions and its end in
   * minutes). Refused in production: the start fails.
   */
  testClock: boolean;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${env[name]}")`);
}

function parsePort(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535 (got "${raw}")`);
  }
  return port;
}

function parseDatabaseUrl(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL such as postgres://user:password@host:5432/db`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`${name} must start with postgres:// or postgresql://`);
  }
  return raw;
}

function parseUrl(env: Env, name: string, protocols: string[], example: string): string | null {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL such as ${example}`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

function parseNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a number between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function parseDate(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return null;
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(raw) &&
    new Date(`${raw}T00:00:00Z`).toISOString().slice(0, 10) === raw;
  if (!valid) throw new ConfigError(`${name} must be a date like 2027-04-01 (got "${raw}")`);
  return raw;
}

function parsePassphrase(env: Env, name: string): string | null {
  const value = env[name];
  if (value === undefined || value === '') {
    if (env['NODE_ENV']?.trim() === 'production') {
      throw new ConfigError(
        `${name} is required in production: it encrypts the certificate issuer key`,
      );
    }
    return null;
  }
  if (value.length < 16) throw new ConfigError(`${name} must be at least 16 characters`);
  return value;
}

function parseTestClock(env: Env): boolean {
  const testClock = parseBoolean(env, 'TEST_CLOCK', false);
  if (testClock && env['NODE_ENV']?.trim() === 'production') {
    throw new ConfigError(
      "TEST_CLOCK must not be set in production: it lets the app's time be moved",
    );
  }
  return testClock;
}

function parseLogLevel(env: Env): LogLevel {
  const raw = (env['LOG_LEVEL'] ?? 'info').trim().toLowerCase();
  if (raw === 'debug' || raw === 'info' || raw === 'warn' || raw === 'error') return raw;
  throw new ConfigError(`LOG_LEVEL must be one of debug, info, warn, error (got "${raw}")`);
}

function parseInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = parseNumber(env, name, fallback, min, max);
  if (!Number.isInteger(value)) {
    throw new ConfigError(`${name} must be a whole number (got "${env[name]?.trim()}")`);
  }
  return value;
}

/** The database pool and its timeouts (see the README's configuration table). */
export type DatabaseTimeouts = Pick<
  AppConfig,
  | 'databasePoolSize'
  | 'databaseConnectTimeoutMs'
  | 'databaseStatementTimeoutMs'
  | 'databaseIdleInTransactionTimeoutMs'
>;

export function databaseTimeouts(env: Env = {}): DatabaseTimeouts {
  return {
    databasePoolSize: parseInteger(env, 'DB_POOL_SIZE', 20, 1, 1000),
    databaseConnectTimeoutMs: parseInteger(env, 'DB_CONNECT_TIMEOUT_MS', 5000, 100, 600_000),
    databaseStatementTimeoutMs: parseInteger(env, 'DB_STATEMENT_TIMEOUT_MS', 10_000, 0, 3_600_000),
    databaseIdleInTransactionTimeoutMs: parseInteger(
      env,
      'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS',
      15_000,
      0,
      3_600_000,
    ),
  };
}

export function loadConfig(env: Env = process.env): AppConfig {
  const port = parsePort(env, 'PORT', 3000);
  return {
    port,
    host: env['HOST']?.trim() || '0.0.0.0',
    databaseUrl: parseDatabaseUrl(env, 'DATABASE_URL'),
    dataDir: env['DATA_DIR']?.trim() || '.data',
    ephemeralDatabase: parseBoolean(env, 'EPHEMERAL_DATABASE', false),
    logLevel: parseLogLevel(env),
    seedDemoData: parseBoolean(env, 'SEED_DEMO_DATA', true),
    demoToday: parseDate(env, 'DEMO_TODAY'),
    frontendDist: env['FRONTEND_DIST']?.trim() || 'dist/frontend/browser',
    corsOrigins: (env['CORS_ORIGINS'] ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    smtpUrl: parseUrl(env, 'SMTP_URL', ['smtp:', 'smtps:'], 'smtp://user:password@host:587'),
    mailFrom: env['MAIL_FROM']?.trim() || 'tsumugu <no-reply@tsumugu.city.tsukuba.example>',
    publicUrl: (
      parseUrl(env, 'PUBLIC_URL', ['http:', 'https:'], 'https://tsumugu.example.jp') ??
      `http://localhost:${port}`
    ).replace(/\/+$/, ''),
    cookieSecure: parseBoolean(env, 'COOKIE_SECURE', false),
    production: env['NODE_ENV']?.trim() === 'production',
    jobWorkers: parseBoolean(env, 'JOB_WORKERS', true),
    jobPollSeconds: parseNumber(env, 'JOB_POLL_SECONDS', 2, 0.5, 600),
    notificationPollMs: parseNumber(env, 'NOTIFICATION_POLL_MS', 1000, 50, 600_000),
    ...databaseTimeouts(env),
    databaseStartupWaitSeconds: parseNumber(env, 'DB_STARTUP_WAIT_SECONDS', 60, 0, 3600),
    shutdownGraceMs: parseInteger(env, 'SHUTDOWN_GRACE_MS', 8000, 1000, 600_000),
    completionCorrectionDays: parseInteger(env, 'COMPLETION_CORRECTION_DAYS', 14, 0, 365),
    issuerKeyPassphrase: parsePassphrase(env, 'ISSUER_KEY_PASSPHRASE'),
    testClock: parseTestClock(env),
  };
}
