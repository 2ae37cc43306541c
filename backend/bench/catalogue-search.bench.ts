/**
 * How fast is the catalogue at city scale? Seeds the demo data, multiplies it to about 100,000
 * courses (each copy in its own copies of the rooms, so that no room is double-booked), then
 * times the listing (one search query + one summaries query, as the API runs it) for typical
 * and worst-case requests. Run: npx nx run backend:bench   (COURSES=20000 for a quicker run)
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import {
  CoursesRepository,
  type CourseSearch,
  searchQuery,
} from '../src/courses/courses.repository';
import { splitKeywords } from '../src/courses/keywords';
import { japanDate, startOfJapanDay } from '../src/common/time/japan-time';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { buildSeedPlanAt } from '../src/demo/programme';
import { seedDemoData, seedId } from '../src/demo/seeder';

const TARGET_COURSES = Number(process.env['COURSES'] ?? 100_000);
/** Keep the generated database between runs (inserting 100,000 courses takes minutes). */
const DATA_DIR = process.env['BENCH_DATA_DIR'];
/** Print the plan of each request (EXPLAIN ANALYZE). */
const EXPLAIN = process.env['EXPLAIN'] === 'true';
/** Run only the requests whose name contains this text. */
const ONLY = process.env['ONLY'];
const RUNS = 10;

const log = (message: string) => process.stdout.write(`${message}\n`);

async function multiply(dataSource: DataSource, copies: number): Promise<void> {
  // Copy k of a room is "<name> #k"; copy k of a course is "<title> #k" in the room copies.
  await dataSource.query(
    `INSERT INTO rooms (facility_id, name_ja, name_en, capacity, fee_per_30_min_yen, equipment,
                        wheelchair_accessible, hearing_loop, floor)
     SELECT facility_id, name_ja || ' #' || k, name_en || ' #' || k, capacity, fee_per_30_min_yen,
            equipment, wheelchair_accessible, hearing_loop, floor
       FROM rooms CROSS JOIN generate_series(1, $1) AS k`,
    [copies],
  );
  const chunk = 20;
  for (let first = 1; first <= copies; first += chunk) {
    const last = Math.min(copies, first + chunk - 1);
    const started = Date.now();
    await dataSource.transaction(async (manager) => {
      await manager.query(
        `CREATE TEMP TABLE course_copies ON COMMIT DROP AS
         SELECT c.id AS original_id, k, gen_random_uuid() AS id
           FROM courses c CROSS JOIN generate_series($1::int, $2::int) AS k
          WHERE c.title_ja NOT LIKE '% #%'`,
        [first, last],
      );
      await manager.query(
        `INSERT INTO courses (id, organisation_id, title_ja, title_en, summary_ja, summary_en,
                              description_ja, description_en, life_stages, category, pillar,
                              target_age_min, target_age_max, audience, fee_yen, childcare_offered,
                              what_to_bring_ja, what_to_bring_en, instructor_names_ja,
                              instructor_names_en, capacity, booked_count, booking_rule,
                              application_opens_at, application_closes_at, status, published_at)
         SELECT copy.id, c.organisation_id, c.title_ja || ' #' || copy.k, c.title_en || ' #' || copy.k,
                c.summary_ja, c.summary_en, c.description_ja, c.description_en, c.life_stages,
                c.category, c.pillar, c.target_age_min, c.target_age_max, c.audience, c.fee_yen,
                c.childcare_offered, c.what_to_bring_ja, c.what_to_bring_en, c.instructor_names_ja,
                c.instructor_names_en, c.capacity, (c.booked_count * copy.k) % (c.capacity + 1),
                c.booking_rule, c.application_opens_at, c.application_closes_at, c.status,
                c.published_at + copy.k * interval '1 minute'
           FROM course_copies copy JOIN courses c ON c.id = copy.original_id`,
      );
      await manager.query(
        `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
         SELECT copy.id, room_copy.id, s.starts_at, s.ends_at
           FROM course_copies copy
           JOIN course_sessions s ON s.course_id = copy.original_id
           JOIN rooms r ON r.id = s.room_id
           JOIN rooms room_copy ON room_copy.facility_id = r.facility_id
                               AND room_copy.name_ja = r.name_ja || ' #' || copy.k`,
      );
    });
    log(`  copies ${first}–${last} inserted in ${Date.now() - started} ms`);
  }
}

interface Scenario {
  name: string;
  search: Partial<CourseSearch> & { q?: string };
}

const facilityId = seedId('facility', 'azuma');
const SCENARIOS: Scenario[] = [
  { name: 'default listing (upcoming, soonest)', search: {} },
  { name: 'q=料理 (2 characters)', search: { q: '料理' } },
  { name: 'q=子育て', search: { q: '子育て' } },
  { name: 'q=スマホ', search: { q: 'スマホ' } },
  { name: 'q=英語', search: { q: '英語' } },
  { name: 'q=smartphone', search: { q: 'smartphone' } },
  { name: 'q=子育て 支援 (two words)', search: { q: '子育て 支援' } },
  { name: 'q=講座 (very common)', search: { q: '講座' } },
  { name: 'q=の (1 character, in nearly every course)', search: { q: 'の' } },
  { name: 'q=zzzz (no match)', search: { q: 'zzzz' } },
  {
    name: 'lifeStage=seniors&timeOfDay=morning',
    search: { lifeStage: 'seniors', timeOfDay: 'morning' },
  },
  { name: 'facilityId (a community centre)', search: { facilityId } },
  {
    name: 'weekday=6&hasSeats&freeOnly',
    search: { weekdays: [6], hasSeats: true, freeOnly: true },
  },
  { name: 'age=5&childcare', search: { age: 5, childcare: true } },
  { name: 'sort=title, page 50', search: { sort: 'title', offset: 49 * 20 } },
  { name: 'sort=newest', search: { sort: 'newest' } },
];

function toSearch(scenario: Scenario): CourseSearch {
  const { q, ...rest } = scenario.search;
  return {
    keywords: splitKeywords(q),
    startsFrom: startOfJapanDay(japanDate(new Date())),
    freeOnly: false,
    hasSeats: false,
    childcare: false,
    sort: 'soonest',
    titleLanguage: 'ja',
    limit: 20,
    offset: 0,
    ...rest,
  };
}

async function time(repository: CoursesRepository, scenario: Scenario) {
  const search = toSearch(scenario);
  const durations: number[] = [];
  let total = 0;
  for (let run = 0; run < RUNS + 2; run++) {
    const started = process.hrtime.bigint();
    const page = await repository.search(search);
    await repository.summaries(page.ids, new Date());
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (run >= 2) durations.push(elapsed); // the first two warm the caches
    total = page.total;
  }
  durations.sort((a, b) => a - b);
  return { median: durations[Math.floor(durations.length / 2)], max: durations.at(-1)!, total };
}

async function main() {
  const database = await startEmbeddedPostgres({ dataDir: DATA_DIR ?? '', ephemeral: !DATA_DIR });
  const dataSource = new DataSource(dataSourceOptions(database.url, { migrationsRun: true }));
  try {
    await dataSource.initialize();
    const plan = buildSeedPlanAt(new Date());
    const started = Date.now();
    if ((await seedDemoData(dataSource, plan)).seeded) {
      const copies = Math.max(0, Math.ceil(TARGET_COURSES / plan.courses.length) - 1);
      log(`seeded ${plan.courses.length} demo courses; adding ${copies} copies of each`);
      await multiply(dataSource, copies);
      await dataSource.query('VACUUM ANALYZE');
    }
    const [counts] = await dataSource.query(
      `SELECT (SELECT count(*) FROM courses) AS courses, (SELECT count(*) FROM course_sessions) AS sessions,
              pg_size_pretty(pg_relation_size('courses_search_grams_index')) AS index_size`,
    );
    log(
      `${counts.courses} courses, ${counts.sessions} sessions in ${Math.round((Date.now() - started) / 1000)} s; ` +
        `search index ${counts.index_size}\n`,
    );

    const repository = new CoursesRepository(dataSource);
    log(
      `${'request'.padEnd(48)} ${'median'.padStart(8)} ${'max'.padStart(8)} ${'matches'.padStart(8)}`,
    );
    for (const scenario of SCENARIOS.filter((entry) => !ONLY || entry.name.includes(ONLY))) {
      if (EXPLAIN) {
        const { sql, params } = searchQuery(toSearch(scenario));
        // as the repository runs it: keyword searches with sequential scans off
        const plan = await dataSource.transaction(async (manager) => {
          if (scenario.search.q) await manager.query('SET LOCAL enable_seqscan = off');
          return manager.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        });
        log(plan.map((line: { 'QUERY PLAN': string }) => line['QUERY PLAN']).join('\n'));
      }
      const result = await time(repository, scenario);
      log(
        `${scenario.name.padEnd(48)} ${result.median.toFixed(1).padStart(6)}ms ` +
          `${result.max.toFixed(1).padStart(6)}ms ${String(result.total).padStart(8)}`,
      );
    }
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
