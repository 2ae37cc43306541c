import { Agent, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { QueryRunner } from 'typeorm';
import { createTestApp, type TestApp } from '../testing/test-app';
import { installGracefulShutdown } from './graceful-shutdown';
import { Readiness } from './readiness';

/** A GET on a keep-alive connection of its own; resolves with the status or the socket error. */
function fetchStatus(port: number, path: string, agent: Agent): Promise<number | string> {
  return new Promise((resolve) => {
    const call = get({ host: '127.0.0.1', port, path, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    call.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('liveness, readiness and graceful shutdown', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close().catch(() => undefined));

  it('answers live without the database, ready with it, and not ready once shutting down', async () => {
    const live = await request(t.http).get('/api/health/live').expect(200);
    expect(live.body).toEqual({ status: 'ok', version: expect.any(String) });
    expect(live.headers['cache-control']).toBe('no-store');
    const ready = await request(t.http).get('/api/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ready', database: 'up', shuttingDown: false });

    const spy = jest
      .spyOn(t.database.dataSource, 'query')
      .mockRejectedValue(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }));
    try {
      await request(t.http).get('/api/health/ready').expect(503);
      await request(t.http).get('/api/health/live').expect(200);
    } finally {
      spy.mockRestore();
    }
  });

  it('on SIGTERM under load: not ready, in-flight requests complete without a reset, then closes', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
    // Warm keep-alive connections, as a proxy in front of the app holds them.
    expect(
      await Promise.all(
        Array.from({ length: 8 }, () => fetchStatus(port, '/api/health/live', agent)),
      ),
    ).toEqual(Array(8).fill(200));

    // Twenty catalogue requests wait inside PostgreSQL behind a lock.
    const locker: QueryRunner = t.database.dataSource.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    await locker.query('LOCK TABLE courses IN ACCESS EXCLUSIVE MODE');
    const inFlight = Array.from({ length: 20 }, () => fetchStatus(port, '/api/courses', agent));
    // Time for three to reach PostgreSQL (the pool's other connections) and the rest its queue.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const exits: number[] = [];
    const shutdown = installGracefulShutdown(t.app, {
      graceMs: 8000,
      logger: { log: () => undefined, warn: () => undefined, error: () => undefined },
      exit: (code) => exits.push(code),
      signals: [],
    });
    const started = Date.now();
    const done = shutdown('SIGTERM');
    expect(t.app.get(Readiness).isShuttingDown).toBe(true);
    // A new connection is refused at once.
    expect(await fetchStatus(port, '/api/health/live', new Agent())).toBe('ECONNREFUSED');

    await new Promise((resolve) => setTimeout(resolve, 300));
    await locker.rollbackTransaction();
    await locker.release();
    const statuses = await Promise.all(inFlight);
    await done;
    const ms = Date.now() - started;
    console.log(`graceful shutdown with 20 requests in flight: ${ms} ms`);

    expect(statuses).toEqual(Array(20).fill(200));
    expect(exits).toEqual([0]);
    expect(ms).toBeLessThan(8000);
    expect(t.database.dataSource.isInitialized).toBe(false);
    agent.destroy();
  });
});
