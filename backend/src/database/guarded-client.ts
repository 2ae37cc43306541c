import { Client } from 'pg';

/**
 * node-postgres's client, except that a query the server never answers (its `query_timeout`,
 * "Query read timeout") also closes the connection. node-postgres leaves such a connection open
 * with the query still pending, and the pool would hand it to the next request, which would then
 * wait behind it; closed, the pool drops it. Matters when PostgreSQL hangs (frozen, a network
 * partition): a server that answers enforces statement_timeout itself first.
 */
export class GuardedClient extends Client {
  override query(...args: unknown[]): unknown {
    const result = super.query(...args);
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        if (error instanceof Error && error.message === 'Query read timeout') {
          this.connection.stream.destroy();
        }
        throw error;
      });
    }
    return result;
  }
}
