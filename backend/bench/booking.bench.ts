/**
 * The 9:00 rush, measured. In one run, on one embedded PostgreSQL:
 *
 *  (a) HTTP: the real application in its own process (as `npm start` runs it), 64 concurrent
 *      clients, each a distinct signed-in citizen per request, all booking ONE hot course
 *      (POST /api/courses/:id/bookings with joinWaitlist). The course holds 75 % of the requests,
 *      so it fills during the run and the rest join its waiting list: the seat path under the
 *      course's row lock and the waiting-list path are both measured, and overbooking would show.
 *  (b) SQL: the same booking transaction (tsumugu_take_seats through the same SeatBatcher group
 *      commit) sent straight to PostgreSQL over 64 connections by 64 callers, on a second hot
 *      course of the same size: the raw limit of the booking transaction on this machine and
 *      database. For comparison, one booking per transaction (each its own disk flush).
 *  (c) The spread workload: the same number of bookings over 1,000 courses (each booking a
 *      course drawn at random), over HTTP and over SQL, each on courses of its own.
 *
 * The clients are cheap and fair: HTTP/1.1 spoken by hand over keep-alive connections (one per
 * client, as a browser keeps its connection; ClientConnection), so that the load generator does
 * not take the CPU it measures; the raw path's 64 callers run in the same process, over 64
 * pooled connections.
 *
 * Prints the figures and, last, one line:
 *   booking http/sql=<ratio> http_per_s=<n> sql_per_s=<n> p99_ms=<n> sql_p99_ms=<n>
 *           spread_http/sql=<ratio> overbooked=<n>
 *
 * Run: npm run bench:booking   (BOOKINGS=12000 CLIENTS=64 by default; APP_CPU_PROF=<folder>
 * writes the app's CPU profile there, for Chrome DevTools or speedscope)
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { DataSource } from 'typeorm';
import { CSRF_COOKIE, SESSION_COOKIE } from '../src/accounts/security/session-cookies';
import { hashToken, newToken } from '../src/accounts/security/tokens';
import { SeatBatcher } from '../src/bookings/ledger/seat-batcher';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { buildSeedPlanAt } from '../src/demo/programme';
import { seedDemoData } from '../src/demo/seeder';

/** The slice of node-postgres this bench uses (the project has no @types/pg). */
interface PgPool {
  connect(): Promise<{ release(): void }>;
  query(sql: string, parameters: unknown[]): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
}
const { Pool } = createRequire(__filename)('pg') as {
  Pool: new (options: { connectionString: string; max: number }) => PgPool;
};

const BOOKINGS = Number(process.env['BOOKINGS'] ?? 12_000);
const CLIENTS = Number(process.env['CLIENTS'] ?? 64);
const WARM_UP = 1_000;
/** App processes behind the clients (each its own pool, seat batcher and course cache). */
const APP_PROCESSES = Number(process.env['APP_PROCESSES'] ?? 1);
/**
 * How the app and the raw path's callers reach PostgreSQL: over loopback TCP (default, as a
 * separate database server is reached) or, with DB_SOCKET=true, over its Unix socket (measured:
 * no difference beyond the machine's noise). Both paths always use the same.
 */
const DB_SOCKET = process.env['DB_SOCKET'] === 'true';
/** Courses of the spread workload. */
const SPREAD = Number(process.env['SPREAD_COURSES'] ?? 1_000);
/** Bookings for the one-per-transaction comparison (slow: one disk flush each). */
const SINGLES = Math.min(BOOKINGS, 1_500);

const log = (message: string) => process.stdout.write(`${message}\n`);

interface Citizen {
  userId: string;
  cookie: string;
  csrf: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Verified citizens with a session each, in bulk (as the accounts feature stores them). */
async function createCitizens(dataSource: DataSource, count: number): Promise<Citizen[]> {
  const batch = randomUUID().slice(0, 8);
  const users: { id: string }[] = await dataSource.query(
    `INSERT INTO users (email, email_verified_at, password_hash, family_name, given_name,
                        birth_year, tsukuba_relations)
     SELECT 'bench-' || $1 || '-' || n || '@example.jp', now(), 'no-login', 'ベンチ', n::text,
            1980, '{live}'
       FROM generate_series(1, $2) AS n
     RETURNING id`,
    [batch, count],
  );
  const tokens = users.map(() => ({ session: newToken(), csrf: newToken() }));
  await dataSource.query(
    `INSERT INTO user_sessions (user_id, token_hash, csrf_token_hash, user_agent, expires_at)
     SELECT u, s, c, 'booking bench', now() + interval '1 day'
       FROM unnest($1::uuid[], $2::bytea[], $3::bytea[]) AS t (u, s, c)`,
    [
      users.map((user) => user.id),
      tokens.map((token) => hashToken(token.session)),
      tokens.map((token) => hashToken(token.csrf)),
    ],
  );
  return users.map((user, i) => ({
    userId: user.id,
    cookie: `${SESSION_COOKIE}=${tokens[i]!.session}; ${CSRF_COOKIE}=${tokens[i]!.csrf}`,
    csrf: tokens[i]!.csrf,
  }));
}

/** A published first-come course open for booking, with one session two months ahead. */
async function createHotCourse(dataSource: DataSource, capacity: number): Promise<string> {
  const [course] = await dataSource.query(
    `INSERT INTO courses (organisation_id, title_ja, title_en, life_stages, category, pillar,
                          capacity, booking_rule, application_opens_at, application_closes_at,
                          status, published_at)
     SELECT (SELECT id FROM organisations ORDER BY name_ja LIMIT 1), '人気講座 ' || $2, 'Hot course',
            '{all_ages}', 'arts_culture', 1, $1, 'first_come', now() - interval '1 minute',
            now() + interval '7 days', 'published', now()
     RETURNING id`,
    [capacity, randomUUID().slice(0, 8)],
  );
  return course.id;
}

/** Seats of the courses, summed; overbooked counts seats beyond capacity or astray from booked_count. */
async function checkSeats(dataSource: DataSource, courseIds: string[]) {
  const [row] = await dataSource.query(
    `SELECT sum(capacity)::int AS capacity, sum(booked)::int AS booked,
            sum(confirmed)::int AS confirmed, sum(waiting)::int AS waiting,
            sum(greatest(0, confirmed - capacity) + abs(confirmed - booked))::int AS overbooked
       FROM (SELECT c.capacity, c.booked_count AS booked,
                    (SELECT coalesce(sum(party_size), 0)::int FROM bookings
                      WHERE course_id = c.id AND status = 'confirmed') AS confirmed,
                    (SELECT count(*)::int FROM bookings
                      WHERE course_id = c.id AND status = 'waiting') AS waiting
               FROM courses c WHERE c.id = ANY($1::uuid[])) per_course`,
    [courseIds],
  );
  return row as {
    capacity: number;
    booked: number;
    confirmed: number;
    waiting: number;
    overbooked: number;
  };
}

/** CPU seconds used so far by the processes `match` picks (Linux /proc), with their reaped children. */
function cpuSecondsOf(match: (pid: number, parentPid: number) => boolean): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (!match(pid, Number(fields[1]))) continue;
      // utime, stime, and those of its children that ended (a backend that disconnected)
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / ticksPerSecond;
}

/** The process id of the embedded server (its postmaster), from its data folder. */
function postmasterPid(databaseDir: string): number {
  return Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/**
 * Where the CPU went during a phase: this process (the clients), the app, and this bench's own
 * PostgreSQL (its postmaster and backends; other servers on the machine are not counted).
 */
function cpuMeter(appPids: readonly number[], postgresPid: number) {
  const read = () => {
    const own = process.cpuUsage();
    return {
      clients: own.user / 1e6 + own.system / 1e6,
      app: appPids.length > 0 ? cpuSecondsOf((pid) => appPids.includes(pid)) : 0,
      postgres: cpuSecondsOf((pid, parent) => pid === postgresPid || parent === postgresPid),
    };
  };
  const start = read();
  return (bookings: number) => {
    const end = read();
    const per = (key: 'clients' | 'app' | 'postgres') =>
      `${(((end[key] - start[key]) * 1000) / bookings).toFixed(2)} ms`;
    return `CPU per booking: clients ${per('clients')}, app ${per('app')}, PostgreSQL ${per('postgres')}`;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

function latencyLine(sorted: number[]): string {
  return (
    `latency p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ` +
    `max ${sorted.at(-1)!.toFixed(1)} ms`
  );
}

/** The course the i-th booking of a phase goes to. */
type CourseOf = (i: number) => string;

interface Answer {
  status: number;
  body: string;
}

/**
 * One keep-alive HTTP/1.1 connection of a client, spoken by hand: the request written as one
 * string, the answer read up to its Content-Length. A browser keeps its connection the same
 * way; what this saves is the load generator's own CPU (node:http's agent, header objects and
 * parser cost 0.17–0.23 ms per booking, measured, on the two cores the app and PostgreSQL
 * share), so that the bench measures the app rather than its clients. The raw path's callers
 * pay as little: the pg driver over pooled connections, in the same process.
 */
class ClientConnection {
  private readonly socket: Socket;
  readonly opened: Promise<void>;
  private received: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (answer: Answer) => void; reject: (error: Error) => void } | null =
    null;

  constructor(readonly baseUrl: URL) {
    this.socket = connect(Number(baseUrl.port), baseUrl.hostname);
    this.socket.setNoDelay(true);
    this.opened = once(this.socket, 'connect').then(() => undefined);
    this.socket.on('data', (chunk: Buffer) => this.read(chunk));
    const fail = (error: Error) => {
      this.waiting?.reject(error);
      this.waiting = null;
    };
    this.socket.on('error', fail);
    this.socket.on('close', () => fail(new Error('the app closed the connection')));
  }

  async post(path: string, headers: Record<string, string>, body: string): Promise<Answer> {
    await this.opened;
    let head = `POST ${path} HTTP/1.1\r\nhost: ${this.baseUrl.host}\r\n`;
    for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
    const answer = new Promise<Answer>((resolve, reject) => (this.waiting = { resolve, reject }));
    this.socket.write(`${head}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    return answer;
  }

  private read(chunk: Buffer): void {
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    const headEnd = this.received.indexOf('\r\n\r\n');
    if (headEnd < 0) return;
    const head = this.received.toString('latin1', 0, headEnd);
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) {
      // The app answers JSON with its length; anything else is not what this client reads.
      this.socket.destroy(new Error(`an answer without Content-Length: ${head.split('\r\n')[0]}`));
      return;
    }
    const end = headEnd + 4 + Number(length[1]);
    if (this.received.length < end) return;
    const answer = {
      status: Number(head.slice(9, 12)),
      body: this.received.toString('utf8', headEnd + 4, end),
    };
    this.received = this.received.subarray(end);
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve(answer);
  }

  close(): void {
    this.socket.destroy();
  }
}

/** CLIENTS loops, each taking the next citizen and booking once; returns latencies in ms. */
async function httpRush(baseUrls: string[], courseOf: CourseOf, citizens: Citizen[]) {
  const latencies: number[] = [];
  const statuses = new Map<string, number>();
  // One keep-alive connection per client (to each app process), as each browser keeps its own,
  // opened before the clock starts.
  const connections = Array.from({ length: CLIENTS }, () =>
    baseUrls.map((url) => new ClientConnection(new URL(url))),
  );
  await Promise.all(connections.flat().map((connection) => connection.opened));
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    connections.map(async (own) => {
      for (;;) {
        const i = next++;
        const citizen = citizens[i];
        if (!citizen) return;
        const sent = process.hrtime.bigint();
        // Several app processes: each request to the next, as a proxy would share them out.
        const answer = await own[i % own.length]!.post(
          `/api/courses/${courseOf(i)}/bookings`,
          {
            'content-type': 'application/json',
            cookie: citizen.cookie,
            'x-xsrf-token': citizen.csrf,
            'idempotency-key': randomUUID(),
          },
          '{"companionIds":[],"joinWaitlist":true}',
        );
        latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
        const body = JSON.parse(answer.body) as { status?: string; code?: string };
        const key = `${answer.status} ${body.status ?? body.code}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  connections.flat().forEach((connection) => connection.close());
  latencies.sort((a, b) => a - b);
  return { seconds, latencies, statuses };
}

/** The course's revision, or undefined for a database before tsumugu_course_revision. */
async function revisionOf(pool: PgPool, courseId: string): Promise<string | undefined> {
  try {
    const { rows } = await pool.query(`SELECT tsumugu_course_revision($1) AS revision`, [courseId]);
    return (rows[0] as { revision: string }).revision;
  } catch {
    return undefined;
  }
}

/**
 * The booking transaction without the application around it: CLIENTS concurrent callers, each
 * booking once per citizen. 'grouped' sends them through the same SeatBatcher (group commit) as
 * the app; 'single' sends one booking per transaction, each on its own connection.
 */
async function sqlRush(
  url: string,
  courseOf: CourseOf,
  citizens: Citizen[],
  mode: 'grouped' | 'single',
  cpu?: (bookings: number) => string,
) {
  const pool = new Pool({ connectionString: url, max: CLIENTS });
  // Open every connection first: the measurement is of bookings, not of connecting.
  const clients = await Promise.all(Array.from({ length: CLIENTS }, () => pool.connect()));
  clients.forEach((client) => client.release());
  const run = async (sql: string, parameters: unknown[]) =>
    (await pool.query(sql, parameters)).rows;
  const grouped = new SeatBatcher(run);
  // Each booking carries the revision of its course, as the app's do (checked under the lock).
  const revisions = new Map<string, string | undefined>();
  for (let i = 0; i < citizens.length; i++) {
    const courseId = courseOf(i);
    if (!revisions.has(courseId)) revisions.set(courseId, await revisionOf(pool, courseId));
  }
  const latencies: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (;;) {
        const i = next++;
        const citizen = citizens[i];
        if (!citizen) return;
        // A batcher of its own per call: every booking is a transaction of its own.
        const seats = mode === 'grouped' ? grouped : new SeatBatcher(run);
        const sent = process.hrtime.bigint();
        await seats.take(courseOf(i), {
          bookingId: randomUUID(),
          userId: citizen.userId,
          partySize: 1,
          joinWaitlist: true,
          companionIds: [],
          idempotencyKey: randomUUID(),
          fingerprint: 'bench',
          revision: revisions.get(courseOf(i)),
        });
        latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Read while the backends live: once they have ended, their CPU is counted only when reaped.
  const cpuLine = cpu?.(citizens.length) ?? '';
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { seconds, latencies, cpuLine };
}

async function stopApps(apps: ChildProcess[]): Promise<void> {
  await Promise.all(
    apps.map(async (app) => {
      if (app.exitCode !== null) return;
      app.kill('SIGTERM');
      await once(app, 'exit');
    }),
  );
}

async function startApp(databaseUrl: string, port: number): Promise<ChildProcess> {
  const profile = process.env['APP_CPU_PROF'];
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const app = spawn(process.execPath, [...flags, join(__dirname, '../src/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO_DATA: 'false',
      NODE_ENV: 'production',
      // A data folder of its own (issuer key, outbox): the default (.data) may hold another
      // run's issuer key, sealed with another passphrase, and the app would refuse to start.
      DATA_DIR: process.env['DATA_DIR'] ?? mkdtempSync(join(tmpdir(), 'tsumugu-bench-')),
      // Production asks for one; the bench issues no certificate.
      ISSUER_KEY_PASSPHRASE:
        process.env['ISSUER_KEY_PASSPHRASE'] ?? 'booking bench: no certificate is issued',
      // The bookings' mail is sent after the rush (by this or another instance): the
      // bench measures booking, not the outbox drain, which would share the app's one CPU.
      JOB_WORKERS: process.env['APP_JOB_WORKERS'] ?? 'false',
      LOG_LEVEL: process.env['APP_LOG_LEVEL'] ?? 'info',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 300; attempt++) {
    if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}`);
    try {
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (health.ok) return app;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the app did not become healthy within a minute');
}

/** `count` courses like createHotCourse's, of `capacity` seats each, in one statement. */
async function createCourses(dataSource: DataSource, count: number, capacity: number) {
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO courses (organisation_id, title_ja, title_en, life_stages, category, pillar,
                          capacity, booking_rule, application_opens_at, application_closes_at,
                          status, published_at)
     SELECT (SELECT id FROM organisations ORDER BY name_ja LIMIT 1), '講座 ' || $3 || '-' || n,
            'Course ' || n, '{all_ages}', 'arts_culture', 1, $1, 'first_come',
            now() - interval '1 minute', now() + interval '7 days', 'published', now()
       FROM generate_series(1, $2) AS n
     RETURNING id`,
    [capacity, count, randomUUID().slice(0, 8)],
  );
  return rows.map((row) => row.id);
}

async function main() {
  const database = await startEmbeddedPostgres({ dataDir: '', ephemeral: true });
  // The set-up (seeding, thousands of citizens) is not measured: no statement timeout for it on
  // a busy machine.
  const dataSource = new DataSource(
    dataSourceOptions(database.url, {
      migrationsRun: true,
      timeouts: { databaseStatementTimeoutMs: 0 },
    }),
  );
  let apps: ChildProcess[] = [];
  try {
    await dataSource.initialize();
    await seedDemoData(dataSource, buildSeedPlanAt(new Date()));
    const capacity = Math.floor(BOOKINGS * 0.75);
    const citizens = await createCitizens(dataSource, BOOKINGS + WARM_UP);
    const warmUpCourse = await createHotCourse(dataSource, WARM_UP);
    const httpCourse = await createHotCourse(dataSource, capacity);
    const sqlCourse = await createHotCourse(dataSource, capacity);
    const singleCourse = await createHotCourse(dataSource, Math.floor(SINGLES * 0.75));
    // The spread workload: as many bookings over SPREAD courses, each drawn at random, a
    // quarter of each course's bookings again on its waiting list (on average).
    const spreadCapacity = Math.max(1, Math.floor((BOOKINGS / SPREAD) * 0.75));
    const httpSpread = await createCourses(dataSource, SPREAD, spreadCapacity);
    const sqlSpread = await createCourses(dataSource, SPREAD, spreadCapacity);
    const draws = Array.from({ length: BOOKINGS }, () => Math.floor(Math.random() * SPREAD));
    await dataSource.query('VACUUM ANALYZE');
    const postgres = postmasterPid(database.databaseDir);
    // What the app and the raw path's callers connect to (the bench's own set-up used TCP).
    const databaseUrl = DB_SOCKET ? database.socketUrl : database.url;
    log(
      `${BOOKINGS} bookings by ${CLIENTS} concurrent clients on one course of ${capacity} seats ` +
        `(${BOOKINGS - capacity} end on its waiting list); then over ${SPREAD} courses of ` +
        `${spreadCapacity} seats. Load average before: ${loadavg()
          .map((n) => n.toFixed(1))
          .join(' ')} ` +
        `(${availableParallelism()} CPUs); PostgreSQL over ${DB_SOCKET ? 'its Unix socket' : 'loopback TCP'}`,
    );

    // One after the other: the first applies the migrations.
    const baseUrls: string[] = [];
    for (let n = 0; n < APP_PROCESSES; n++) {
      const port = await freePort();
      apps.push(await startApp(databaseUrl, port));
      baseUrls.push(`http://127.0.0.1:${port}`);
    }
    await httpRush(baseUrls, () => warmUpCourse, citizens.slice(BOOKINGS));
    const httpCpu = cpuMeter(
      apps.flatMap((app) => (app.pid ? [app.pid] : [])),
      postgres,
    );
    const http = await httpRush(baseUrls, () => httpCourse, citizens.slice(0, BOOKINGS));
    const httpCpuLine = httpCpu(BOOKINGS);
    const httpPerSecond = BOOKINGS / http.seconds;
    const p99 = percentile(http.latencies, 99);
    log(
      `\n(a) HTTP, the whole application in ${APP_PROCESSES === 1 ? 'its own process' : `${APP_PROCESSES} processes`}`,
    );
    log(`    ${BOOKINGS} requests in ${http.seconds.toFixed(2)} s = ${httpPerSecond.toFixed(0)}/s`);
    log(`    ${latencyLine(http.latencies)}`);
    log(`    ${httpCpuLine}`);
    log(
      `    answers: ${[...http.statuses].map(([status, count]) => `${status} × ${count}`).join(', ')}`,
    );
    const spreadHttp = await httpRush(
      baseUrls,
      (i) => httpSpread[draws[i]!]!,
      citizens.slice(0, BOOKINGS),
    );
    await stopApps(apps);
    apps = [];

    const sql = await sqlRush(
      databaseUrl,
      () => sqlCourse,
      citizens.slice(0, BOOKINGS),
      'grouped',
      cpuMeter([], postgres),
    );
    const sqlCpuLine = sql.cpuLine;
    const sqlPerSecond = BOOKINGS / sql.seconds;
    const sqlP99 = percentile(sql.latencies, 99);
    log(`\n(b) SQL, the same booking transaction (grouped per course) over ${CLIENTS} connections`);
    log(`    ${BOOKINGS} bookings in ${sql.seconds.toFixed(2)} s = ${sqlPerSecond.toFixed(0)}/s`);
    log(`    ${latencyLine(sql.latencies)}`);
    log(`    ${sqlCpuLine}`);
    const single = await sqlRush(
      databaseUrl,
      () => singleCourse,
      citizens.slice(0, SINGLES),
      'single',
    );
    log(`    for comparison, one booking per transaction (one disk flush each under the lock):`);
    log(
      `    ${SINGLES} bookings in ${single.seconds.toFixed(2)} s = ${(SINGLES / single.seconds).toFixed(0)}/s`,
    );

    const spreadSql = await sqlRush(
      databaseUrl,
      (i) => sqlSpread[draws[i]!]!,
      citizens.slice(0, BOOKINGS),
      'grouped',
    );
    const spreadHttpPerSecond = BOOKINGS / spreadHttp.seconds;
    const spreadSqlPerSecond = BOOKINGS / spreadSql.seconds;
    log(`\n(c) spread: ${BOOKINGS} bookings over ${SPREAD} courses`);
    log(
      `    HTTP ${spreadHttpPerSecond.toFixed(0)}/s, ${latencyLine(spreadHttp.latencies)}; ` +
        `answers: ${[...spreadHttp.statuses].map(([status, count]) => `${status} × ${count}`).join(', ')}`,
    );
    log(`    SQL  ${spreadSqlPerSecond.toFixed(0)}/s, ${latencyLine(spreadSql.latencies)}`);

    const httpSeats = await checkSeats(dataSource, [httpCourse]);
    const sqlSeats = await checkSeats(dataSource, [sqlCourse]);
    const singleSeats = await checkSeats(dataSource, [singleCourse]);
    const httpSpreadSeats = await checkSeats(dataSource, httpSpread);
    const sqlSpreadSeats = await checkSeats(dataSource, sqlSpread);
    log(`\nseats: HTTP course   ${JSON.stringify(httpSeats)}`);
    log(`       SQL course    ${JSON.stringify(sqlSeats)}`);
    log(`       single course ${JSON.stringify(singleSeats)}`);
    log(`       HTTP spread   ${JSON.stringify(httpSpreadSeats)}`);
    log(`       SQL spread    ${JSON.stringify(sqlSpreadSeats)}`);
    const overbooked = [httpSeats, sqlSeats, singleSeats, httpSpreadSeats, sqlSpreadSeats].reduce(
      (sum, seats) => sum + seats.overbooked,
      0,
    );
    for (const [name, seats] of [
      ['HTTP', httpSeats],
      ['HTTP spread', httpSpreadSeats],
    ] as const) {
      const lost = BOOKINGS - (seats.confirmed + seats.waiting);
      if (lost !== 0) log(`!! ${lost} ${name} requests left neither a booking nor a waiting place`);
    }
    log(
      `booking http/sql=${(httpPerSecond / sqlPerSecond).toFixed(2)} http_per_s=${httpPerSecond.toFixed(0)} ` +
        `sql_per_s=${sqlPerSecond.toFixed(0)} p99_ms=${p99.toFixed(1)} sql_p99_ms=${sqlP99.toFixed(1)} ` +
        `p99_ratio=${(p99 / sqlP99).toFixed(2)} ` +
        `spread_http/sql=${(spreadHttpPerSecond / spreadSqlPerSecond).toFixed(2)} ` +
        `spread_http_per_s=${spreadHttpPerSecond.toFixed(0)} spread_sql_per_s=${spreadSqlPerSecond.toFixed(0)} ` +
        `overbooked=${overbooked} load=${loadavg()[0]!.toFixed(1)} ` +
        `db=${DB_SOCKET ? 'socket' : 'tcp'} app_processes=${APP_PROCESSES}`,
    );
  } finally {
    await stopApps(apps);
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
