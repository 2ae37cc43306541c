import type { Server, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Readiness } from './readiness';

export interface ShutdownOptions {
  /** Everything must be closed within this; then the process exits anyway (code 1). */
  graceMs: number;
  logger: LoggerService;
  /** process.exit, except in tests. */
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
}

/** Stops taking connections and resolves once the in-flight requests have been answered. */
async function drainHttp(server: Server, withinMs: number): Promise<boolean> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections without a request in flight are closed now, and as soon as the request
  // in flight on the others has been answered.
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), withinMs);
  });
  try {
    return await Promise.race([closed.then(() => true as const), timedOut]);
  } finally {
    clearInterval(sweeper);
    clearTimeout(timer);
  }
}

/**
 * Graceful shutdown on SIGTERM/SIGINT, within `graceMs` (shorter than Docker's 10 s stop):
 *   1. readiness answers 503 (GET /api/health/ready);
 *   2. the HTTP server takes no new connections; in-flight requests finish (half the grace
 *      period at most; then the remaining connections are cut);
 *   3. Nest's shutdown hooks: the job runner stops (its own bounded wait), then the DataSource
 *      and the embedded PostgreSQL close;
 *   4. exit 0 — or exit 1 if the grace period ran out first.
 * Returns the shutdown itself, for tests.
 */
export function installGracefulShutdown(
  app: NestExpressApplication,
  options: ShutdownOptions,
): (signal: string) => Promise<void> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const context = 'Shutdown';
  let running: Promise<void> | null = null;
  // The responses not yet sent. Once shutting down, each says `Connection: close`: a client
  // told `keep-alive` would send its next request on a connection that the drain closes under
  // it (ECONNRESET: did it arrive or not?), where `close` sends it to a new connection, refused
  // at once (it never arrived: safe to send elsewhere).
  const pending = new Set<ServerResponse>();
  const closeAfter = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('Connection', 'close');
  };
  (app.getHttpServer() as Server).on('request', (_request, response: ServerResponse) => {
    if (running) return closeAfter(response);
    pending.add(response);
    response.on('close', () => pending.delete(response));
  });

  const shutdown = (signal: string): Promise<void> => {
    running ??= (async () => {
      const started = performance.now(); // a duration, not a moment: the monotonic clock
      const deadline = setTimeout(() => {
        options.logger.error(
          { msg: 'grace period over, exiting now', graceMs: options.graceMs },
          context,
        );
        exit(1);
      }, options.graceMs);
      deadline.unref();
      app.get(Readiness).markShuttingDown();
      pending.forEach(closeAfter);
      options.logger.log({ msg: 'shutting down', signal, graceMs: options.graceMs }, context);
      const server = app.getHttpServer() as Server;
      const drained = await drainHttp(server, options.graceMs / 2);
      if (!drained) {
        options.logger.warn({ msg: 'requests still running, connections cut' }, context);
        server.closeAllConnections();
      }
      try {
        await app.close();
      } catch (error) {
        options.logger.error(
          { msg: 'shutdown failed', error: error instanceof Error ? error.message : String(error) },
          context,
        );
        clearTimeout(deadline);
        exit(1);
        return;
      }
      clearTimeout(deadline);
      options.logger.log(
        { msg: 'shut down', signal, ms: Math.round(performance.now() - started) },
        context,
      );
      exit(0);
    })();
    return running;
  };

  for (const signal of options.signals ?? ['SIGTERM', 'SIGINT']) {
    process.once(signal, () => void shutdown(signal));
  }
  return shutdown;
}
