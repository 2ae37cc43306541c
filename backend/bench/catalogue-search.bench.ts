/**
 * How fast is the catalogue at a city's and at a prefecture's scale? Seeds the demo data,
 * multiplies it to about 10,000 courses, measures every case of testing/catalogue-cases.ts, then
 * grows the same database to about 100,000 courses and measures again. Each case is timed
 *
 *  - over HTTP: GET /api/courses?… against the real application in its own process (as
 *    `npm start` runs it, one request at a time, compressed as a browser asks), and
 *  - over SQL: the same statements the application runs for it (CoursesRepository.search and
 *    .summaries) straight from this process,
 *
 * in the same run, so that the difference is the application's own overhead (Nest, JSON,
 * compression, HTTP). Prints p50 / p95 of each, the difference and the growth from 10k to 100k,
 * and last one line per scale:  catalogue courses=… worst_p95_ms=… cases_over_20ms=…
 *
 * Run: npm run bench:catalogue   (SCALES=10000,100000 RUNS=40 by default; ONLY=<text> for the
 * cases whose name contains it; EXPLAIN=true prints each case's plan at the last scale)
 */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, type IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CoursesRepository } from '../src/courses/courses.repository';
import { toCourseSearch } from '../src/courses/courses.service';
import type { CourseQueryDto } from '../src/courses/dto/course-query.dto';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { buildSeedPlanAt } from '../src/demo/programme';
import { seedDemoData } from '../src/demo/seeder';
import { type CatalogueCase, catalogueCases } from '../src/testing/catalogue-cases';
import { multiplyCatalogue } from '../src/testing/catalogue-copies';

const SCALES = (process.env['SCALES'] ?? '10000,100000').split(',').map(Number);
const RUNS = Number(process.env['RUNS'] ?? 40);
const WARM_UP = 3;
const ONLY = process.env['ONLY'];
const EXPLAIN = process.env['EXPLAIN'] === 'true';
const GOAL_P95_MS = 20;

const log = (message: string) => process.stdout.write(`${message}\n`);

/**
 * One GET over a keep-alive connection, the body read in full: plain node:http (as the booking
 * bench's clients), so that the client's own work (fetch's web streams and promises weigh more)
 * is not counted as the application's overhead. A reused connection
 * the server closed as idle just as the request went out is retried once on a new one.
 */
function get(
  agent: Agent,
  url: string,
  retried = false,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { agent, headers: { 'accept-encoding': 'br, gzip' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: decoded(response.headers, chunks) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (!retried && request.reusedSocket && error.code === 'ECONNRESET') {
        resolve(get(agent, url, true));
      } else {
        reject(error);
      }
    });
    request.end();
  });
}

/** The body as a browser reads it: decompressed (brotli or gzip, as the app chose). */
function decoded(headers: IncomingHttpHeaders, chunks: Buffer[]): string {
  const body = Buffer.concat(chunks);
  const encoding = headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(body).toString();
  if (encoding === 'gzip') return gunzipSync(body).toString();
  return body.toString();
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function startApp(databaseUrl: string, port: number): Promise<ChildProcess> {
  const app = spawn(process.execPath, [join(__dirname, '../src/main.js')], {
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
        process.env['ISSUER_KEY_PASSPHRASE'] ?? 'catalogue bench: no certificate is issued',
      JOB_WORKERS: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 300; attempt++) {
    if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return app;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the app did not become healthy within a minute');
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], q: number) =>
  sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];

interface Timing {
  p50: number;
  p95: number;
}

async function timed(run: () => Promise<unknown>): Promise<Timing> {
  const durations: number[] = [];
  for (let index = 0; index < WARM_UP + RUNS; index++) {
    const started = performance.now();
    await run();
    if (index >= WARM_UP) durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 0.5), p95: percentile(durations, 0.95) };
}

function queryString(query: CatalogueCase['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) params.set(key, String(value));
  return params.toString();
}

/** The repository's search for a case, as the service builds it (the app's clock: real time). */
function searchOf(entry: CatalogueCase, now: Date) {
  const query = {
    ...entry.query,
    weekday: entry.query['weekday'] === undefined ? undefined : [Number(entry.query['weekday'])],
  } as unknown as CourseQueryDto;
  return toCourseSearch(query, 'ja', now);
}

interface Measured {
  name: string;
  matches: string;
  http: Timing;
  sql: Timing;
}

async function measure(
  dataSource: DataSource,
  baseUrl: string,
  cases: CatalogueCase[],
): Promise<Measured[]> {
  const repository = new CoursesRepository(dataSource);
  // One keep-alive connection, as a browser keeps its own.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const results: Measured[] = [];
  for (const entry of cases) {
    const url = `${baseUrl}/api/courses?${queryString(entry.query)}`;
    let matches = '';
    const http = await timed(async () => {
      const response = await get(agent, url);
      if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
      const body = JSON.parse(response.body) as { total: number; totalEstimated: boolean };
      matches = `${body.totalEstimated ? '~' : ''}${body.total}`;
    });
    const sql = await timed(async () => {
      const now = new Date();
      const page = await repository.search(searchOf(entry, now));
      await repository.summaries(page.ids, now);
    });
    results.push({ name: entry.name, matches, http, sql });
    log(
      `  ${entry.name.padEnd(44)} http ${fmt(http.p50)} / ${fmt(http.p95)}   ` +
        `sql ${fmt(sql.p50)} / ${fmt(sql.p95)}   app ${fmt(http.p50 - sql.p50)}   ${matches.padStart(7)}`,
    );
    const page = Number(entry.query['page'] ?? 1);
    if (page > 1) {
      // The same deep page as the pager reaches it: "next" from the page before, with that
      // page's cursor (keyset), over HTTP and over SQL alike.
      const name = `${entry.name} (next from ${page - 1})`;
      const before = await get(
        agent,
        `${baseUrl}/api/courses?${queryString({ ...entry.query, page: page - 1 })}`,
      );
      const cursor = (JSON.parse(before.body) as { nextCursor: string | null }).nextCursor;
      if (!cursor) throw new Error(`${entry.name}: page ${page - 1} has no next page`);
      const nextUrl = `${url}&after=${cursor}`;
      const nextHttp = await timed(async () => {
        const response = await get(agent, nextUrl);
        if (response.status !== 200) throw new Error(`${nextUrl}: ${response.status}`);
      });
      const previous = { ...entry, query: { ...entry.query, page: page - 1 } };
      const after = (await repository.search(searchOf(previous, new Date()))).last!;
      const keysetSql = await timed(async () => {
        const now = new Date();
        const found = await repository.search({ ...searchOf(entry, now), after });
        await repository.summaries(found.ids, now);
      });
      results.push({ name, matches, http: nextHttp, sql: keysetSql });
      log(
        `  ${name.padEnd(44)} http ${fmt(nextHttp.p50)} / ${fmt(nextHttp.p95)}   ` +
          `sql ${fmt(keysetSql.p50)} / ${fmt(keysetSql.p95)}   app ${fmt(nextHttp.p50 - keysetSql.p50)}   ${matches.padStart(7)}`,
      );
    }
  }
  agent.destroy();
  return results;
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(6)}ms`;

async function explain(dataSource: DataSource, cases: CatalogueCase[]): Promise<void> {
  const repository = new CoursesRepository(dataSource);
  for (const entry of cases) {
    // As the app runs it: a word search's settings and its choice for common words included.
    log(`\n${entry.name}\n${await repository.explain(searchOf(entry, new Date()))}`);
  }
}

async function main() {
  // Seeding logs each lottery it prepares: only warnings and errors here.
  Logger.overrideLogger(['warn', 'error']);
  const database = await startEmbeddedPostgres({ dataDir: '', ephemeral: true });
  const dataSource = new DataSource(
    dataSourceOptions(database.url, {
      migrationsRun: true,
      // Building 100,000 courses takes long statements; the measured ones are far below it.
      timeouts: { databaseStatementTimeoutMs: 0, databaseIdleInTransactionTimeoutMs: 0 },
    }),
  );
  let app: ChildProcess | null = null;
  const byScale = new Map<number, { courses: number; results: Measured[] }>();
  try {
    await dataSource.initialize();
    const plan = buildSeedPlanAt(new Date());
    await seedDemoData(dataSource, plan);
    const cases = catalogueCases(new Date()).filter((entry) => !ONLY || entry.name.includes(ONLY));
    const port = await freePort();
    app = await startApp(database.url, port);
    const baseUrl = `http://127.0.0.1:${port}`;
    let copiesMade = 0;
    for (const scale of SCALES) {
      const copies = Math.max(0, Math.ceil(scale / plan.courses.length) - 1);
      const started = performance.now();
      await multiplyCatalogue(dataSource, copies, {
        firstCopy: copiesMade + 1,
        onChunk: (first, last, ms) =>
          log(`  copies ${first}–${last} inserted in ${Math.round(ms)} ms`),
      });
      copiesMade = Math.max(copiesMade, copies);
      await dataSource.query('VACUUM ANALYZE');
      const [counts] = await dataSource.query(
        `SELECT (SELECT count(*)::int FROM courses) AS courses,
                (SELECT count(*)::int FROM course_sessions) AS sessions,
                (SELECT count(*)::int FROM courses WHERE status = 'published'
                    AND last_session_starts_at >= now()) AS upcoming`,
      );
      log(
        `\n${counts.courses} courses (${counts.upcoming} upcoming), ${counts.sessions} sessions ` +
          `(built in ${Math.round((performance.now() - started) / 1000)} s); load ` +
          `${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs; p50 / p95 of ${RUNS} runs`,
      );
      byScale.set(scale, {
        courses: counts.courses,
        results: await measure(dataSource, baseUrl, cases),
      });
    }
    if (EXPLAIN) await explain(dataSource, cases);
  } finally {
    app?.kill('SIGTERM');
    if (app) await once(app, 'exit');
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }

  const [small, large] = SCALES.map((scale) => byScale.get(scale)!);
  if (small && large) {
    log(
      `\n${'case'.padEnd(44)} ${`${small.courses} p50/p95`.padStart(18)} ${`${large.courses} p50/p95`.padStart(19)}` +
        ` ${'sql p95'.padStart(8)} ${'app'.padStart(7)} ${'growth'.padStart(7)}`,
    );
    large.results.forEach((result, index) => {
      const before = small.results[index];
      log(
        `${result.name.padEnd(44)} ${fmt(before.http.p50)}/${fmt(before.http.p95)} ` +
          `${fmt(result.http.p50)}/${fmt(result.http.p95)} ${fmt(result.sql.p95)} ` +
          `${fmt(result.http.p50 - result.sql.p50)} ${`×${(result.http.p50 / before.http.p50).toFixed(2)}`.padStart(7)}` +
          `${result.http.p95 > GOAL_P95_MS ? '  over 20 ms' : ''}`,
      );
    });
  }
  for (const scale of SCALES) {
    const { courses, results } = byScale.get(scale)!;
    const overheads = results
      .map((result) => result.http.p50 - result.sql.p50)
      .sort((a, b) => a - b);
    log(
      `catalogue courses=${courses} worst_p95_ms=${Math.max(...results.map((result) => result.http.p95)).toFixed(1)} ` +
        `median_app_overhead_ms=${percentile(overheads, 0.5).toFixed(1)} ` +
        `cases_over_${GOAL_P95_MS}ms=${results.filter((result) => result.http.p95 > GOAL_P95_MS).length}/${results.length}`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
