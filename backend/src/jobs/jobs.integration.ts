import { loadConfig } from '../config/app-config';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { JobsService } from './jobs.service';

/** Polls until `check` holds (or fails after a few seconds): jobs run on their own clock. */
async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the job runner (pg-boss on the migrated schema)', () => {
  let database: TestDatabase;
  const runners: JobsService[] = [];

  async function startRunner(
    workers: boolean,
    register: (jobs: JobsService) => void = () => undefined,
  ) {
    const config = loadConfig({ JOB_WORKERS: String(workers), JOB_POLL_SECONDS: '0.5' });
    const jobs = new JobsService(database.dataSource, config);
    register(jobs);
    await jobs.onApplicationBootstrap();
    runners.push(jobs);
    return jobs;
  }

  const jobStates = async (queue: string) =>
    (
      await database.dataSource.query(
        `SELECT state::text FROM pgboss.job WHERE name = $1 ORDER BY created_on`,
        [queue],
      )
    ).map((row: { state: string }) => row.state);

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const runner of runners) await runner.beforeApplicationShutdown();
    await database.drop();
  });

  it('starts on the schema the migration created (pg-boss creates and migrates nothing)', async () => {
    const [{ version }] = await database.dataSource.query(`SELECT version FROM pgboss.version`);
    expect(version).toBe(46);
    const runner = await startRunner(false);
    await runner.beforeApplicationShutdown();
  });

  it('keeps a job sent before a restart and runs it exactly once afterwards', async () => {
    // A process that queues but does not work (JOB_WORKERS=false), then stops.
    const sender = await startRunner(false);
    expect(await sender.send('test-echo', { n: 1 })).toEqual(expect.any(String));
    await sender.beforeApplicationShutdown();
    expect(await jobStates('test-echo')).toEqual(['created']);

    // Two instances come up with the handler: the job runs once, on one of them.
    const runs: number[] = [];
    const register = (jobs: JobsService) =>
      jobs.work<{ n: number }>('test-echo', async (data) => {
        runs.push(data.n);
      });
    await startRunner(true, register);
    await startRunner(true, register);
    await eventually(async () => (await jobStates('test-echo'))[0] === 'completed');
    // Give the other instance several polls to (wrongly) run it again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(runs).toEqual([1]);
  });

  it('retries a job whose handler fails', async () => {
    let calls = 0;
    await startRunner(true, (jobs) =>
      jobs.work(
        'test-flaky',
        async () => {
          calls += 1;
          if (calls === 1) throw new Error('first try fails');
        },
        { retryDelaySeconds: 1 },
      ),
    );
    await runners.at(-1)!.send('test-flaky', {});
    await eventually(async () => (await jobStates('test-flaky'))[0] === 'completed');
    expect(calls).toBe(2);
  });

  it('sends inside a transaction: the job exists only if the transaction commits', async () => {
    const jobs = await startRunner(false, (runner) =>
      runner.work('test-transactional', async () => undefined, { onePendingPerKey: true }),
    );
    await database.dataSource
      .transaction(async (manager) => {
        await jobs.send('test-transactional', { kept: false }, { manager });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await database.dataSource.transaction(async (manager) => {
      await jobs.sendAt('test-transactional', { kept: true }, new Date(Date.now() + 3_600_000), {
        manager,
        singletonKey: 'one',
      });
      // The same singleton key again while the first waits: dropped.
      expect(
        await jobs.sendAt('test-transactional', { kept: true }, new Date(), {
          manager,
          singletonKey: 'one',
        }),
      ).toBeNull();
    });
    const rows = await database.dataSource.query(
      `SELECT data, start_after > now() AS later FROM pgboss.job WHERE name = 'test-transactional'`,
    );
    expect(rows).toEqual([{ data: { kept: true }, later: true }]);
    // A singletonKey on a queue that does not deduplicate would silently do nothing: refused.
    await expect(jobs.send('test-echo', {}, { singletonKey: 'x' })).rejects.toThrow(
      /onePendingPerKey/,
    );
  });

  it('runs a scheduled (cron) job', async () => {
    const runs: object[] = [];
    await startRunner(true, (jobs) => {
      jobs.work('test-cron', async (data) => {
        runs.push(data as object);
      });
      jobs.schedule('test-cron', '* * * * *', { every: 'minute' });
    });
    await eventually(() => runs.length > 0, 15000);
    expect(runs[0]).toEqual({ every: 'minute' });
  });
});
