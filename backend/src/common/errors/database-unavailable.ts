/**
 * Whether an error means "the database cannot serve this request right now" (answered 503
 * DATABASE_UNAVAILABLE with Retry-After) rather than a bug (500). It looks at the error, the
 * driver error TypeORM wraps (QueryFailedError.driverError), `cause` chains and the members of
 * an AggregateError (Node's connection attempts to several addresses).
 */

/** Seconds a client is asked to wait before trying again (the Retry-After header). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Socket errors: the server is down, unreachable, or dropped the connection. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away, starting, full, or cut a statement or session short
 * (class 08, connection exception, is matched by its prefix).
 */
const SQLSTATES: Record<string, string> = {
  '57P01': 'admin_shutdown',
  '57P02': 'crash_shutdown',
  '57P03': 'cannot_connect_now',
  '57P05': 'idle_session_timeout',
  '53300': 'too_many_connections',
  // statement_timeout (DB_STATEMENT_TIMEOUT_MS): the database did not answer in time
  '57014': 'query_canceled',
  // idle_in_transaction_session_timeout: the server closed the session
  '25P03': 'idle_in_transaction_session_timeout',
};

/**
 * Errors node-postgres and pg-pool raise without a code, by the start of their message, and the
 * reason logged for each (fixed words: a message is never logged as it is).
 */
const MESSAGES: [prefix: string, reason: string][] = [
  ['Connection terminated due to connection timeout', 'connect_timeout'],
  ['Connection terminated', 'connection_terminated'],
  ['timeout exceeded when trying to connect', 'pool_timeout'],
  ['Query read timeout', 'query_timeout'],
  ['Client has encountered a connection error', 'connection_error'],
  ['Client was closed and is not queryable', 'client_closed'],
  ['Cannot use a pool after calling end on the pool', 'pool_closed'],
];

function ownReason(error: object): string | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return code;
    if (SQLSTATES[code]) return `${code} ${SQLSTATES[code]}`;
    if (/^08[0-9A-Z]{3}$/.test(code)) return `${code} connection_exception`;
  }
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string') {
    for (const [prefix, reason] of MESSAGES) {
      // TypeORM's QueryFailedError keeps the driver's message, sometimes after "Error: ".
      if (message.replace(/^(Error: )/, '').startsWith(prefix)) return reason;
    }
  }
  return null;
}

/**
 * The reason (an error code or a fixed word, safe to log) when `error` means the database is
 * unavailable; null otherwise.
 */
export function databaseUnavailableReason(error: unknown): string | null {
  const pending: unknown[] = [error];
  // A bounded walk: a cause chain could point back at itself.
  for (let seen = 0; pending.length > 0 && seen < 20; seen += 1) {
    const current = pending.shift();
    if (typeof current !== 'object' || current === null) continue;
    const reason = ownReason(current);
    if (reason) return reason;
    const { driverError, cause, errors } = current as {
      driverError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    pending.push(driverError, cause, ...(Array.isArray(errors) ? errors : []));
  }
  return null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableReason(error) !== null;
}
