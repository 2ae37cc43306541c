/**
 * Background jobs on PostgreSQL (pg-boss): work that must happen later, at a given time, or on a
 * schedule, and must survive a restart — in the database the application already has.
 *
 * How a feature uses it (the lottery draw as the example):
 *
 *   @Injectable()
 *   export class LotteryDrawJobs implements OnModuleInit {
 *     constructor(private readonly jobs: JobsService) {}
 *
 *     onModuleInit(): void {
 *       // A handler per queue, registered at start; it runs on one instance only per job.
 *       // A throw (or rejection) makes pg-boss retry the job (retryLimit times, backing off).
 *       // onePendingPerKey: sends with a singletonKey are deduplicated (see below).
 *       this.jobs.work<{ courseId: string }>('lottery-draw', (data) => this.draw(data.courseId), {
 *         retryLimit: 5,
 *         onePendingPerKey: true,
 *       });
 *     }
 *
 *     // In the transaction that fixes the closing time, so the job exists iff the change commits
 *     // (`manager` is that transaction's EntityManager; without it the job is sent on its own).
 *     // singletonKey: one pending draw per course — a second send with the same key is dropped
 *     // (returns null) while the first waits, so re-publishing cannot queue two draws. Only on a
 *     // queue registered with `onePendingPerKey: true` (pg-boss's 'short' policy; there, sends
 *     // without a key share one empty key); elsewhere a singletonKey is refused with an error.
 *     scheduleDraw(manager: EntityManager, courseId: string, closesAt: Date) {
 *       return this.jobs.sendAt('lottery-draw', { courseId }, closesAt, {
 *         manager,
 *         singletonKey: courseId,
 *       });
 *     }
 *   }
 *
 * - Queue names: letters, digits, '-', '_', '.', '/'. The queue is created on first use.
 * - `send(name, data)` runs as soon as a worker is free; `sendAt(name, data, date)` not before
 *   `date` (the job is a row: a restart in between changes nothing).
 * - `schedule(name, cron, data)`: cron in Japan time (minute precision), one job per occurrence
 *   across all instances; pair it with `work(name, …)`.
 * - A handler must be idempotent: a process that dies mid-job leaves it to be retried after it
 *   expires (`expireInSeconds`, 15 minutes by default). Handlers get the job's data (JSON).
 * - JOB_WORKERS=false: jobs are queued and stored, no handler runs in this process.
 *   JOB_POLL_SECONDS: how often idle workers look for work (tests use 0.5).
 *
 * The schema is created by the migration 1795690000000-job-runner (pg-boss runs with
 * `migrate: false`); pg-boss is started after the application's migrations, and stopped
 * gracefully (running handlers may finish) before the DataSource closes.
 */
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type Db, PgBoss, type SendOptions, type WorkOptions } from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';

/** How a job behaves when its handler fails or hangs. */
export interface JobQueueOptions {
  /** Times a failed job is tried again (default 3), with exponential backoff. */
  retryLimit?: number;
  /** Seconds before the first retry (default 30; doubled each time). */
  retryDelaySeconds?: number;
  /** Seconds a running job may take before it counts as failed (default 900). */
  expireInSeconds?: number;
  /**
   * At most one waiting job per singletonKey (pg-boss's 'short' policy): a send with the key of
   * a job still waiting returns null. Fixed when the queue is first created.
   */
  onePendingPerKey?: boolean;
}

export interface JobSendOptions {
  /** Send inside this transaction: the job exists only if the transaction commits. */
  manager?: EntityManager;
  /**
   * At most one job with this key waiting in the queue (a second send returns null). Only on a
   * queue registered with `onePendingPerKey: true`; refused with an error elsewhere.
   */
  singletonKey?: string;
}

export type JobHandler<Data> = (data: Data, job: { id: string; name: string }) => Promise<void>;

interface Registration {
  name: string;
  handler: JobHandler<never>;
  options: JobQueueOptions;
}

export const JOBS_SCHEMA = 'pgboss';

@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private pgBoss: PgBoss | null = null;
  private readonly registrations: Registration[] = [];
  private readonly schedules: { name: string; cron: string; data: object }[] = [];
  private readonly queues = new Map<string, Promise<void>>();
  private started: Promise<void> | null = null;
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Created at start: describing the API (openapi) builds the app without a database. */
  private get boss(): PgBoss {
    if (!this.pgBoss) throw new Error('The job runner has not started');
    return this.pgBoss;
  }

  private createBoss(): PgBoss {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('The job runner needs the DataSource to be configured by URL');
    const workers = this.config.jobWorkers;
    const boss = new PgBoss({
      connectionString: url,
      schema: JOBS_SCHEMA,
      application_name: 'tsumugu-jobs',
      max: 4,
      // Schema changes by migrations only: pg-boss checks the version and never creates or
      // migrates its tables.
      migrate: false,
      createSchema: false,
      // Maintenance (expiring jobs of a process that died, retention) and cron only where jobs run.
      supervise: workers,
      schedule: workers,
      cronMonitorIntervalSeconds: Math.min(30, Math.max(1, Math.ceil(this.config.jobPollSeconds))),
      cronWorkerIntervalSeconds: Math.min(45, Math.max(1, Math.ceil(this.config.jobPollSeconds))),
    });
    // pg-boss reports problems of its own loops (a lost connection, a failing maintenance query)
    // as events; without a listener an 'error' event would end the process.
    boss.on('error', (error: Error) =>
      this.logger.error({ msg: 'job runner error', error: error.message }),
    );
    boss.on('warning', (warning: { message: string }) =>
      this.logger.warn({ msg: 'job runner warning', warning: warning.message }),
    );
    return boss;
  }

  /** Whether handlers run in this process (JOB_WORKERS). */
  get workersEnabled(): boolean {
    return this.config.jobWorkers;
  }

  /**
   * Registers the handler of a queue. Call it from onModuleInit (or any time later): handlers are
   * started once the runner has started, and never when JOB_WORKERS=false.
   */
  work<Data>(name: string, handler: JobHandler<Data>, options: JobQueueOptions = {}): void {
    const registration = { name, handler: handler as JobHandler<never>, options };
    this.registrations.push(registration);
    if (this.running) void this.startWorker(registration);
  }

  /** Runs `name` with `data` on every occurrence of `cron` (Japan time), on one instance. */
  schedule(name: string, cron: string, data: object = {}): void {
    this.schedules.push({ name, cron, data });
    if (this.running) void this.applySchedule({ name, cron, data });
  }

  /** Queues a job to run as soon as a worker is free. Returns its id (null: singleton dropped). */
  send(name: string, data: object, options: JobSendOptions = {}): Promise<string | null> {
    return this.enqueue(name, data, options, undefined);
  }

  /** Queues a job that runs not before `at`. */
  sendAt(
    name: string,
    data: object,
    at: Date,
    options: JobSendOptions = {},
  ): Promise<string | null> {
    return this.enqueue(name, data, options, at);
  }

  async onApplicationBootstrap(): Promise<void> {
    // No database behind the app: only describing the API (openapi), nothing to run.
    if (!this.dataSource.isInitialized) return;
    this.started ??= this.start();
    await this.started;
  }

  /**
   * Before the DataSource closes: running handlers may finish within a quarter of the shutdown
   * grace period (SHUTDOWN_GRACE_MS), then pg-boss lets go of them (they are retried later).
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    this.running = false;
    await this.boss.stop({
      graceful: true,
      timeout: Math.max(500, Math.floor(this.config.shutdownGraceMs / 4)),
    });
    this.logger.log({ msg: 'job runner stopped' });
  }

  private async start(): Promise<void> {
    this.pgBoss = this.createBoss();
    await this.boss.start();
    this.running = true;
    if (this.config.jobWorkers) {
      for (const registration of this.registrations) await this.startWorker(registration);
      for (const schedule of this.schedules) await this.applySchedule(schedule);
    }
    this.logger.log({
      msg: 'job runner started',
      workers: this.config.jobWorkers,
      queues: this.registrations.map((registration) => registration.name),
    });
  }

  private async startWorker(registration: Registration): Promise<void> {
    if (!this.config.jobWorkers) return;
    const { name, handler, options } = registration;
    await this.ensureQueue(name, options);
    const workOptions: WorkOptions = {
      pollingIntervalSeconds: this.config.jobPollSeconds,
      batchSize: 1,
    };
    await this.boss.work<never>(name, workOptions, async ([job]) => {
      try {
        await handler(job.data, { id: job.id, name });
      } catch (error) {
        // The queue, the job id and the error's message only: handlers do not put personal
        // data into their errors.
        this.logger.error({
          msg: 'job failed',
          queue: name,
          jobId: job.id,
          error: error instanceof Error ? error.message : String(error),
        });
        throw error;
      }
    });
  }

  private async applySchedule(schedule: {
    name: string;
    cron: string;
    data: object;
  }): Promise<void> {
    if (!this.config.jobWorkers) return;
    await this.ensureQueue(schedule.name, {});
    await this.boss.schedule(schedule.name, schedule.cron, schedule.data, { tz: 'Asia/Tokyo' });
  }

  private async enqueue(
    name: string,
    data: object,
    options: JobSendOptions,
    at: Date | undefined,
  ): Promise<string | null> {
    if (!this.started) throw new Error('The job runner has not started yet');
    await this.started;
    const registration = this.registrations.find((r) => r.name === name);
    if (options.singletonKey && !registration?.options.onePendingPerKey) {
      throw new Error(
        `JobsService: singletonKey on queue ${name} needs work(…, { onePendingPerKey: true })`,
      );
    }
    await this.ensureQueue(name, registration?.options ?? {});
    const sendOptions: SendOptions = {
      ...(at ? { startAfter: at } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.manager ? { db: transactionDb(options.manager) } : {}),
    };
    return this.boss.send(name, data, sendOptions);
  }

  private ensureQueue(name: string, options: JobQueueOptions): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.boss.createQueue(name, {
        policy: options.onePendingPerKey ? 'short' : 'standard',
        retryLimit: options.retryLimit ?? 3,
        retryDelay: options.retryDelaySeconds ?? 30,
        retryBackoff: true,
        expireInSeconds: options.expireInSeconds ?? 900,
      });
      this.queues.set(name, created);
      created.catch(() => this.queues.delete(name));
    }
    return created;
  }
}

/** pg-boss statements on the connection of a TypeORM transaction (so they commit with it). */
function transactionDb(manager: EntityManager): Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error('JobsService: `manager` must be the EntityManager of an open transaction');
  }
  return {
    async executeSql(text: string, values?: unknown[]) {
      // The node-postgres client that holds the transaction (PostgresQueryRunner's connection).
      const client = (await runner.connect()) as {
        query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
      };
      return client.query(text, values);
    },
  };
}
