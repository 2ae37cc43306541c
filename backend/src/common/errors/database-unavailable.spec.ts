import { QueryFailedError } from 'typeorm';
import { databaseUnavailableReason, isDatabaseUnavailable } from './database-unavailable';

/** An error as node-postgres builds it from a server's ErrorResponse (pg's DatabaseError). */
function serverError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'error', code, severity: 'FATAL' });
}

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: 'connect' });
}

/** How TypeORM hands a failed query to the application. */
function wrapped(driverError: Error): QueryFailedError {
  return new QueryFailedError('SELECT 1', [], driverError);
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', socketError('ECONNREFUSED'), 'ECONNREFUSED'],
    ['connection reset', socketError('ECONNRESET'), 'ECONNRESET'],
    ['socket timeout', socketError('ETIMEDOUT'), 'ETIMEDOUT'],
    ['broken pipe', socketError('EPIPE'), 'EPIPE'],
    ['host unreachable', socketError('EHOSTUNREACH'), 'EHOSTUNREACH'],
    ['unknown host', socketError('ENOTFOUND'), 'ENOTFOUND'],
    [
      'connection terminated mid-query',
      new Error('Connection terminated unexpectedly'),
      'connection_terminated',
    ],
    [
      'connect timeout (pg-pool)',
      new Error('Connection terminated due to connection timeout', {
        cause: new Error('Connection terminated unexpectedly'),
      }),
      'connect_timeout',
    ],
    [
      'waiting for a pool connection timed out',
      new Error('timeout exceeded when trying to connect'),
      'pool_timeout',
    ],
    ['client-side query timeout', new Error('Query read timeout'), 'query_timeout'],
    [
      'a client broken by an earlier error',
      new Error('Client has encountered a connection error and is not queryable'),
      'connection_error',
    ],
    [
      'the pool is closed (shutting down)',
      new Error('Cannot use a pool after calling end on the pool'),
      'pool_closed',
    ],
    [
      '57P01 admin shutdown',
      serverError('57P01', 'terminating connection due to administrator command'),
      '57P01 admin_shutdown',
    ],
    [
      '57P02 crash shutdown',
      serverError('57P02', 'terminating connection because of crash of another server process'),
      '57P02 crash_shutdown',
    ],
    [
      '57P03 cannot connect now',
      serverError('57P03', 'the database system is starting up'),
      '57P03 cannot_connect_now',
    ],
    [
      '53300 too many connections',
      serverError('53300', 'sorry, too many clients already'),
      '53300 too_many_connections',
    ],
    [
      '57014 statement timeout',
      serverError('57014', 'canceling statement due to statement timeout'),
      '57014 query_canceled',
    ],
    [
      '25P03 idle in transaction timeout',
      serverError('25P03', 'terminating connection due to idle-in-transaction timeout'),
      '25P03 idle_in_transaction_session_timeout',
    ],
    [
      '08006 connection failure',
      serverError('08006', 'connection failure'),
      '08006 connection_exception',
    ],
    [
      '08P01 protocol violation',
      serverError('08P01', 'protocol violation'),
      '08P01 connection_exception',
    ],
    [
      '57P01 wrapped in a QueryFailedError',
      wrapped(serverError('57P01', 'terminating connection due to administrator command')),
      '57P01 admin_shutdown',
    ],
    [
      'termination wrapped in a QueryFailedError',
      wrapped(new Error('Connection terminated unexpectedly')),
      'connection_terminated',
    ],
    [
      'both addresses refused (AggregateError)',
      new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')], ''),
      'ECONNREFUSED',
    ],
    [
      'a cause chain',
      new Error('could not load the course', { cause: socketError('ECONNRESET') }),
      'ECONNRESET',
    ],
  ])('recognises %s', (_name, error, reason) => {
    expect(databaseUnavailableReason(error)).toBe(reason);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a unique violation', wrapped(serverError('23505', 'duplicate key value'))],
    ['a syntax error', wrapped(serverError('42601', 'syntax error at or near "SELEC"'))],
    ['a serialization failure', serverError('40001', 'could not serialize access')],
    ['an authentication failure', serverError('28P01', 'password authentication failed')],
    ['a file error', Object.assign(new Error('no such file'), { code: 'ENOENT' })],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('does not take %s for an outage', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('stops on a cause chain that points back at itself', () => {
    const error = new Error('loop') as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
