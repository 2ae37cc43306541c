/**
 * How fast is the city's dashboard (/city) at scale? Seeds the demo (three fiscal years of real
 * bookings, attendance, completions and questionnaires), multiplies the catalogue to SCALE
 * courses (testing/catalogue-copies.ts, as bench:catalogue does), and times:
 *
 *  1. the summary rebuild (EvaluationSummaryRepository.refresh: the hourly job) over those live
 *     tables;
 *  2. the dashboard's first view (EvaluationService.dashboard: figures, five-year trend, pillars,
 *     life stages, participants, room use, indicators — every query the endpoint runs) and the
 *     drill-downs, on a summary spread over FIVE fiscal years: the copies' facts are moved into
 *     the two years before the demo's first so that each year holds about SCALE / 5 courses, and
 *     each copied course gets participants drawn from a pool of 80,000 people (about 0.7 of its
 *     seats, some in several courses), so the unique-participant counts work on millions of rows;
 *     the precomputed people counts (every grouping and pair) are recounted over them, timed;
 *     then each drill-down of the page: every breakdown, a group's figures, a breakdown under a
 *     filter, two filters, a group's courses.
 *
 * The copies carry no bookings of their own (only the demo's originals do), so step 1 measures
 * the rebuild over 100,000 courses and their sessions with the demo's bookings; step 2 measures
 * the reads on the full synthetic load. Prints p50 / p95 and one line at the end:
 *   evaluation courses=… refresh_ms=… dashboard_p95_ms=…
 *
 * Run: npm run bench:evaluation   (SCALE=100000 RUNS=20 by default)
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { SystemClock } from '../src/common/time/clock';
import { fiscalYear } from '../src/common/time/japan-time';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { seedDemoIndicators } from '../src/demo/demo-indicators';
import { buildSeedPlanAt } from '../src/demo/programme';
import { seedDemoData } from '../src/demo/seeder';
import { EvaluationSummaryRepository } from '../src/evaluation/evaluation-summary.repository';
import { EvaluationService } from '../src/evaluation/evaluation.service';
import { FiscalYearFiguresRepository } from '../src/evaluation/fiscal-year-figures.repository';
import { FiscalYearFiguresService } from '../src/evaluation/fiscal-year-figures.service';
import { IndicatorsService } from '../src/evaluation/indicators.service';
import { multiplyCatalogue } from '../src/testing/catalogue-copies';

const SCALE = Number(process.env['SCALE'] ?? 100_000);
const RUNS = Number(process.env['RUNS'] ?? 20);
const WARM_UP = 3;
const GOAL_MS = 500;

const log = (message: string) => process.stdout.write(`${message}\n`);
const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)}ms`;
const percentile = (sorted: number[], q: number) =>
  sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;

async function timed(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const durations: number[] = [];
  for (let index = 0; index < WARM_UP + RUNS; index++) {
    const started = performance.now();
    await run();
    if (index >= WARM_UP) durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 0.5), p95: percentile(durations, 0.95) };
}

async function main() {
  const database = await startEmbeddedPostgres({ dataDir: '', ephemeral: true });
  const dataSource = new DataSource(
    dataSourceOptions(database.url, {
      migrationsRun: true,
      timeouts: { databaseStatementTimeoutMs: 0, databaseIdleInTransactionTimeoutMs: 0 },
    }),
  );
  try {
    await dataSource.initialize();
    const clock = new SystemClock();
    const now = clock.now();
    const year = fiscalYear(now);
    const plan = buildSeedPlanAt(now);
    await seedDemoData(dataSource, plan, now);
    const copies = Math.max(0, Math.ceil(SCALE / plan.courses.length) - 1);
    let started = performance.now();
    await multiplyCatalogue(dataSource, copies, {
      onChunk: (first, last, ms) =>
        log(`  copies ${first}–${last} inserted in ${Math.round(ms)} ms`),
    });
    await dataSource.query('VACUUM ANALYZE');
    const [counts] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM courses) AS courses,
              (SELECT count(*)::int FROM course_sessions) AS sessions,
              (SELECT count(*)::int FROM bookings) AS bookings`,
    );
    log(
      `\n${counts.courses} courses, ${counts.sessions} sessions, ${counts.bookings} bookings ` +
        `(built in ${Math.round((performance.now() - started) / 1000)} s); load ` +
        `${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`,
    );

    // 1. The hourly rebuild over the live tables.
    const summary = new EvaluationSummaryRepository(dataSource);
    started = performance.now();
    const refreshed = await summary.refresh(now);
    const refreshMs = performance.now() - started;
    log(
      `summary rebuilt in ${Math.round(refreshMs)} ms: ${refreshed.courses} courses, ` +
        `${refreshed.participations} participations, ${refreshed.roomUseRows} room-use rows`,
    );

    // 2. Five fiscal years: the copies spread over the demo's three years and the two before.
    started = performance.now();
    await dataSource.query(
      `UPDATE evaluation_course_facts f
          SET fiscal_year = $1 - 2 - (abs(hashtext(f.course_id::text)) % 2)
        WHERE abs(hashtext(f.course_id::text)) % 5 < 2
          AND f.course_id NOT IN (SELECT id FROM catalogue_copy_originals)`,
      [year],
    );
    await dataSource.query(
      `INSERT INTO evaluation_participations (fiscal_year, course_id, person_key, age_band, relations)
       SELECT f.fiscal_year, f.course_id, md5('bench' || p.person), b.band, r.relations
         FROM evaluation_course_facts f
         CROSS JOIN LATERAL (
           SELECT DISTINCT (abs(hashtext(f.course_id::text || n::text)) % 80000) AS person
             FROM generate_series(1, greatest(1, (f.seats_offered * 7) / 10)) n) p
         CROSS JOIN LATERAL (
           SELECT (ARRAY['under_20','20s','30s','40s','50s','60s','70_plus','unknown'])
                  [1 + p.person % 8] AS band) b
         CROSS JOIN LATERAL (
           SELECT (ARRAY['{live}','{work}','{live,work}','{study}','{}'])[1 + p.person % 5]::text[]
                  AS relations) r
        WHERE f.course_id NOT IN (SELECT id FROM catalogue_copy_originals)
       ON CONFLICT DO NOTHING`,
    );
    await dataSource.query(
      `INSERT INTO evaluation_room_use (fiscal_year, month, facility_id, rooms, open_hours,
                                        course_hours, hire_hours)
       SELECT fiscal_year - 2, month, facility_id, rooms, open_hours, course_hours, hire_hours
         FROM evaluation_room_use WHERE fiscal_year BETWEEN $1 - 2 AND $1 - 1
       ON CONFLICT DO NOTHING`,
      [year],
    );
    await dataSource.query('VACUUM ANALYZE');
    const spread: { fiscal_year: number; courses: number; participations: number }[] =
      await dataSource.query(
        `SELECT f.fiscal_year, count(*)::int AS courses,
                (SELECT count(*)::int FROM evaluation_participations p
                  WHERE p.fiscal_year = f.fiscal_year) AS participations
           FROM evaluation_course_facts f GROUP BY f.fiscal_year ORDER BY 1`,
      );
    log(
      `five fiscal years made in ${Math.round((performance.now() - started) / 1000)} s: ` +
        spread
          .map(
            (row) =>
              `${row.fiscal_year} ${row.courses} courses / ${row.participations} participations`,
          )
          .join('; '),
    );

    // The people counts of the five years, every grouping and pair (part of each rebuild).
    const recountMs = await summary.recountPeople();
    const [{ groups }] = await dataSource.query(
      `SELECT count(*)::int AS groups FROM evaluation_people_counts`,
    );
    log(`people counted for every grouping and pair in ${recountMs} ms: ${groups} rows`);

    const figures = new FiscalYearFiguresService(new FiscalYearFiguresRepository(dataSource));
    const indicators = new IndicatorsService(dataSource, figures, clock);
    await seedDemoIndicators(dataSource, figures, now);
    const evaluation = new EvaluationService(dataSource, figures, indicators, clock);
    const [{ organisation_id: organisationId }] = await dataSource.query(
      `SELECT organisation_id FROM evaluation_course_facts GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const [{ facility_id: facilityId }] = await dataSource.query(
      `SELECT facility_id FROM evaluation_course_facts GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    // The drill-downs of /city: each breakdown, then a group's figures (with its participants by
    // age and relation), its courses, a breakdown under its filter, and two filters together.
    const drillDowns: [string, () => Promise<unknown>][] = (
      ['organisation', 'pillar', 'life_stage', 'category', 'facility', 'month'] as const
    ).map((by) => [`breakdown by ${by}`, () => evaluation.breakdown({ fiscalYear: year, by })]);
    const cases: [string, () => Promise<unknown>][] = [
      ['dashboard (first view)', () => evaluation.dashboard(year)],
      ['dashboard, a past year', () => evaluation.dashboard(year - 3)],
      [
        'figures of one department',
        () => evaluation.fiscalYearFigures({ fiscalYear: year, organisationId }),
      ],
      ...drillDowns,
      ['figures of pillar 1', () => evaluation.fiscalYearFigures({ fiscalYear: year, pillar: 1 })],
      [
        'figures of one facility',
        () => evaluation.fiscalYearFigures({ fiscalYear: year, facilityId }),
      ],
      ['figures of one month', () => evaluation.fiscalYearFigures({ fiscalYear: year, month: 11 })],
      [
        'pillar 1 by month',
        () => evaluation.breakdown({ fiscalYear: year, by: 'month', pillar: 1 }),
      ],
      [
        'department × facility',
        () => evaluation.fiscalYearFigures({ fiscalYear: year, organisationId, facilityId }),
      ],
      ['courses of one department', () => evaluation.courses({ fiscalYear: year, organisationId })],
      ['courses of pillar 1', () => evaluation.courses({ fiscalYear: year, pillar: 1 })],
      ['indicators', () => indicators.list(year)],
    ];
    log(`\n${'case'.padEnd(32)} ${'p50'.padStart(9)} ${'p95'.padStart(9)}   (${RUNS} runs)`);
    let dashboardP95 = 0;
    let slowest = 0;
    for (const [name, run] of cases) {
      const timing = await timed(run);
      if (name.startsWith('dashboard (first')) dashboardP95 = timing.p95;
      else slowest = Math.max(slowest, timing.p95);
      log(
        `${name.padEnd(32)} ${fmt(timing.p50)} ${fmt(timing.p95)}${timing.p95 > GOAL_MS ? '  over 500 ms' : ''}`,
      );
    }
    log(
      `evaluation courses=${counts.courses} refresh_ms=${Math.round(refreshMs)} ` +
        `people_recount_ms=${recountMs} dashboard_p95_ms=${dashboardP95.toFixed(1)} ` +
        `slowest_drill_down_p95_ms=${slowest.toFixed(1)}`,
    );
  } finally {
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
