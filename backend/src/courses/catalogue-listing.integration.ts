import { SystemClock } from '../common/time/clock';
import type { DataSource, QueryRunner } from 'typeorm';
import { SqlParameters } from '../database/sql/sql-parameters';
import { buildSeedPlanAt } from '../demo/programme';
import { seedDemoData, seedId } from '../demo/seeder';
import { catalogueCases } from '../testing/catalogue-cases';
import { multiplyCatalogue } from '../testing/catalogue-copies';
import { FIXTURE_COURSES, FIXTURE_PLAN, fixtureDate } from '../testing/catalogue-fixture';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { secondWaitsForFirst } from '../testing/wait-until-blocked';
import {
  type CourseSearch,
  CoursesRepository,
  EXACT_COUNT_LIMIT,
  type ListingPosition,
  WORDS_FIRST_LIMIT,
  ageConditions,
  roundEstimate,
} from './courses.repository';
import type { CourseQueryDto } from './dto/course-query.dto';
import { toCourseSearch } from './courses.service';

/**
 * The catalogue's listing query as it was before the index-range rewrite (issue 16), kept here
 * as the reference: join every matching session, group by course, count them all, sort them all.
 * The new query must give the same pages, in the same order, with the same totals.
 */
function referenceQuery(search: CourseSearch): { sql: string; params: unknown[] } {
  const params = new SqlParameters();
  const localTime = `(s.starts_at AT TIME ZONE 'Asia/Tokyo')`;
  const courseConditions = [`c.status = 'published'`];
  const sessionConditions = [
    `s.status = 'scheduled'`,
    `s.starts_at >= ${params.add(search.startsFrom)}`,
  ];
  // Every word occurs in the course's search text: the meaning, without any index.
  for (const keyword of search.keywords) {
    courseConditions.push(`strpos(c.search_text, tsumugu_normalize(${params.add(keyword)})) > 0`);
  }
  if (search.lifeStage) {
    courseConditions.push(
      `c.life_stages && ARRAY[${params.add(search.lifeStage)}, 'all_ages']::text[]`,
    );
  }
  if (search.category) courseConditions.push(`c.category = ${params.add(search.category)}`);
  if (search.pillar) courseConditions.push(`c.pillar = ${params.add(search.pillar)}`);
  if (search.freeOnly) courseConditions.push(`c.fee_yen = 0`);
  if (search.hasSeats) courseConditions.push(`c.booked_count < c.capacity`);
  if (search.childcare) courseConditions.push(`c.childcare_offered`);
  if (search.openAt) {
    const now = params.add(search.openAt);
    courseConditions.push(`c.application_opens_at <= ${now}`, `c.application_closes_at > ${now}`);
  }
  // The age rule for children (issue 15) came after this reference: it is the one rule shared.
  if (search.age !== undefined) courseConditions.push(...ageConditions(search.age, params));
  if (search.startsBefore) {
    sessionConditions.push(`s.starts_at < ${params.add(search.startsBefore)}`);
  }
  if (search.weekdays?.length) {
    sessionConditions.push(
      `extract(dow FROM ${localTime})::int = ANY(${params.add(search.weekdays)}::int[])`,
    );
  }
  if (search.timeOfDay) {
    sessionConditions.push(
      {
        morning: `${localTime}::time < time '12:00'`,
        afternoon: `${localTime}::time >= time '12:00' AND ${localTime}::time < time '17:00'`,
        evening: `${localTime}::time >= time '17:00'`,
      }[search.timeOfDay],
    );
  }
  if (search.facilityId) {
    sessionConditions.push(
      `s.room_id IN (SELECT r.id FROM rooms r WHERE r.facility_id = ${params.add(search.facilityId)})`,
    );
  }
  const order = {
    soonest: 'matched_start, id',
    newest: 'published_at DESC NULLS LAST, id',
    title: search.titleLanguage === 'en' ? 'lower(title_en), id' : 'title_ja, id',
  }[search.sort];
  const sql = `
    WITH matching AS (
      SELECT c.id, c.published_at, c.title_ja, c.title_en, min(s.starts_at) AS matched_start
        FROM courses c
        JOIN course_sessions s ON s.course_id = c.id
       WHERE ${[...courseConditions, ...sessionConditions].join(' AND ')}
       GROUP BY c.id
    )
    SELECT (SELECT count(*)::int FROM matching) AS total,
           (SELECT coalesce(json_agg(page.id ORDER BY page.position), '[]'::json)
              FROM (SELECT id, row_number() OVER (ORDER BY ${order}) AS position
                      FROM matching ORDER BY ${order}
                     LIMIT ${params.add(search.limit)} OFFSET ${params.add(search.offset)}) AS page) AS ids`;
  return { sql, params: params.values };
}

async function reference(
  dataSource: DataSource,
  search: CourseSearch,
): Promise<{ ids: string[]; total: number }> {
  const { sql, params } = referenceQuery(search);
  const [row] = await dataSource.query(sql, params);
  return row;
}

/** Every case of the bench in each sort (titles in both languages) and in pages of 7 and of 100. */
function searchesOf(now: Date): { name: string; search: CourseSearch }[] {
  const variants: [Partial<CourseQueryDto>, 'ja' | 'en'][] = [
    [{}, 'ja'],
    [{ sort: 'newest' }, 'ja'],
    [{ sort: 'title' }, 'ja'],
    [{ sort: 'title', pageSize: 7, page: 3 }, 'en'],
    [{ pageSize: 7, page: 2 }, 'ja'],
    [{ pageSize: 100, page: 3 }, 'ja'],
  ];
  return catalogueCases(now).flatMap((entry) =>
    variants.map(([variant, language]) => {
      const query = { ...entry.query, ...variant } as unknown as CourseQueryDto;
      return {
        name: `${entry.name} ${JSON.stringify(variant)} ${language}`,
        search: toCourseSearch(
          { ...query, weekday: query.weekday === undefined ? undefined : [Number(query.weekday)] },
          language,
          now,
        ),
      };
    }),
  );
}

async function expectSameAsReference(dataSource: DataSource, now: Date): Promise<number> {
  const repository = new CoursesRepository(dataSource);
  let nonEmpty = 0;
  for (const { name, search } of searchesOf(now)) {
    const expected = await reference(dataSource, search);
    // Counted exactly at any size, to compare the totals too (estimates are tested below); a
    // word search both ways: its page made from the word's courses, and the listing walked.
    for (const [plan, wordsFirstUpTo] of [
      ['words first', 1_000_000],
      ['walk', 0],
    ] as const) {
      const { last: _last, ...actual } = await repository.search(search, 1_000_000, wordsFirstUpTo);
      expect({ name, plan, ...actual }).toEqual({
        name,
        plan,
        ids: expected.ids,
        total: expected.total,
        totalEstimated: false,
      });
      if (search.keywords.length === 0) break;
    }
    if (search.offset > 0) {
      // The same page reached page by page from the first, each starting after the last course
      // of the one before (keyset), as the pager does.
      for (const wordsFirstUpTo of [1_000_000, 0]) {
        let after: ListingPosition | undefined;
        let ids: string[] = [];
        for (let offset = 0; offset <= search.offset; offset += search.limit) {
          const page = await repository.search(
            { ...search, offset: 0, after },
            1_000_000,
            wordsFirstUpTo,
          );
          ids = page.ids;
          if (!page.last) break;
          after = page.last;
        }
        expect({ name, wordsFirstUpTo, keyset: ids }).toEqual({
          name,
          wordsFirstUpTo,
          keyset: expected.ids,
        });
        if (search.keywords.length === 0) break;
      }
    }
    if (expected.ids.length > 0) nonEmpty++;
  }
  return nonEmpty;
}

describe('the catalogue listing (index ranges) gives what the reference query gives', () => {
  describe('on the catalogue fixture', () => {
    let database: TestDatabase;
    const now = new SystemClock().now();

    beforeAll(async () => {
      database = await createTestDatabase();
      await seedDemoData(database.dataSource, FIXTURE_PLAN);
      await database.dataSource.query(`UPDATE courses SET status = 'draft' WHERE id = $1`, [
        seedId('course', FIXTURE_COURSES.draft.key),
      ]);
    });
    afterAll(() => database.drop());

    it('for every case, sort, language and page', async () => {
      expect(await expectSameAsReference(database.dataSource, now)).toBeGreaterThan(50);
    }, 300_000);

    it('with a session cancelled and one moved: the first matching session still orders', async () => {
      const dataSource = database.dataSource;
      const english = seedId('course', FIXTURE_COURSES.english.key);
      // The English club's first session no longer takes place: it is listed at its second.
      await dataSource.query(
        `UPDATE course_sessions SET status = 'cancelled'
          WHERE id = (SELECT id FROM course_sessions WHERE course_id = $1 ORDER BY starts_at LIMIT 1)`,
        [english],
      );
      expect(await expectSameAsReference(dataSource, now)).toBeGreaterThan(50);
    }, 300_000);
  });

  describe('on the demo programme, twice over (ties in every session time)', () => {
    let database: TestDatabase;
    // The demo is built around the day it is seeded; any day will do.
    const now = new SystemClock().now();

    beforeAll(async () => {
      // Seeding the whole demo takes long statements on a busy 2-core machine.
      database = await createTestDatabase({ timeouts: { databaseStatementTimeoutMs: 120_000 } });
      await seedDemoData(database.dataSource, buildSeedPlanAt(now));
      await multiplyCatalogue(database.dataSource, 1);
      await database.dataSource.query('ANALYZE');
    }, 300_000);
    afterAll(() => database.drop());

    it('for every case, sort, language and page', async () => {
      const [{ count }] = await database.dataSource.query(
        `SELECT count(*)::int AS count FROM courses WHERE status = 'published'`,
      );
      expect(count).toBeGreaterThan(200);
      expect(await expectSameAsReference(database.dataSource, now)).toBeGreaterThan(100);
    }, 300_000);

    it('counts up to the limit and estimates beyond it, with the same pages', async () => {
      const repository = new CoursesRepository(database.dataSource);
      for (const { name, search } of searchesOf(now).filter((entry) =>
        ['no filter (upcoming, soonest) {}', 'q=の (1 character, nearly everywhere) {}'].some(
          (prefix) => entry.name.startsWith(prefix),
        ),
      )) {
        const expected = await reference(database.dataSource, search);
        const estimated = await repository.search(search, 10);
        expect({ name, ids: estimated.ids }).toEqual({ name, ids: expected.ids });
        expect(estimated.totalEstimated).toBe(true);
        // The planner's estimate of the same set: more than the limit, of the right size.
        expect(estimated.total).toBeGreaterThan(10);
        expect(estimated.total).toBeGreaterThan(expected.total / 3);
        expect(estimated.total).toBeLessThan(expected.total * 3);
      }
      expect(EXACT_COUNT_LIMIT).toBe(1000);
    });

    it('gives the same pages for words taken as common (not counted, the listing walked)', async () => {
      const repository = new CoursesRepository(database.dataSource);
      let compared = 0;
      for (const { name, search } of searchesOf(now)) {
        if (search.keywords.length === 0) continue;
        const expected = await reference(database.dataSource, search);
        // Every word counts as common here: the page is found by walking the listing, checking
        // each course it passes (first pages) or against the word's courses (deep pages).
        const common = await repository.search(search, EXACT_COUNT_LIMIT, WORDS_FIRST_LIMIT, 0);
        expect({ name, ids: common.ids }).toEqual({ name, ids: expected.ids });
        expect({ name, estimated: common.totalEstimated }).toEqual({ name, estimated: true });
        compared++;
      }
      expect(compared).toBeGreaterThan(50);
    }, 300_000);
  });

  it('rounds an estimate to two significant figures', () => {
    expect([1001, 1051, 44_123, 44_999, 99_950, 123_456].map(roundEstimate)).toEqual([
      1000, 1100, 44_000, 45_000, 100_000, 120_000,
    ]);
  });
});

describe("courses.last_session_starts_at (kept by the sessions' triggers)", () => {
  let database: TestDatabase;
  const course = seedId('course', FIXTURE_COURSES.smartphone.key);

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 6 });
    await seedDemoData(database.dataSource, FIXTURE_PLAN);
  });
  afterAll(() => database.drop());

  const stored = async (id = course): Promise<string | null> =>
    (
      await database.dataSource.query(
        `SELECT to_json(last_session_starts_at) #>> '{}' AS last FROM courses WHERE id = $1`,
        [id],
      )
    )[0].last;
  const computed = async (id = course): Promise<string | null> =>
    (
      await database.dataSource.query(
        `SELECT to_json(max(starts_at)) #>> '{}' AS last FROM course_sessions
          WHERE course_id = $1 AND status = 'scheduled'`,
        [id],
      )
    )[0].last;

  it('is the last scheduled session of every course after seeding', async () => {
    const mismatches = await database.dataSource.query(
      `SELECT c.id FROM courses c
        WHERE c.last_session_starts_at IS DISTINCT FROM
              (SELECT max(starts_at) FROM course_sessions s
                WHERE s.course_id = c.id AND s.status = 'scheduled')`,
    );
    expect(mismatches).toEqual([]);
    expect(await stored()).not.toBeNull();
  });

  it('follows an insert, a move, a cancellation and a deletion', async () => {
    const dataSource = database.dataSource;
    const room = (
      await dataSource.query(`SELECT room_id FROM course_sessions WHERE course_id = $1 LIMIT 1`, [
        course,
      ])
    )[0].room_id;
    const [{ id: added }] = await dataSource.query(
      `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [course, room, `${fixtureDate(3, 2)}T10:00:00+09:00`, `${fixtureDate(3, 2)}T12:00:00+09:00`],
    );
    expect(await stored()).toBe(await computed());
    expect(new Date((await stored())!)).toEqual(new Date(`${fixtureDate(3, 2)}T10:00:00+09:00`));

    await dataSource.query(
      `UPDATE course_sessions SET starts_at = $2, ends_at = $3 WHERE id = $1`,
      [added, `${fixtureDate(3, 4)}T10:00:00+09:00`, `${fixtureDate(3, 4)}T12:00:00+09:00`],
    );
    expect(new Date((await stored())!)).toEqual(new Date(`${fixtureDate(3, 4)}T10:00:00+09:00`));

    await dataSource.query(`UPDATE course_sessions SET status = 'cancelled' WHERE id = $1`, [
      added,
    ]);
    expect(await stored()).toBe(await computed());
    expect(new Date((await stored())!).getTime()).toBeLessThan(
      new Date(`${fixtureDate(3, 4)}T10:00:00+09:00`).getTime(),
    );

    await dataSource.query(`DELETE FROM course_sessions WHERE course_id = $1`, [course]);
    expect(await stored()).toBeNull();
  });

  it('stays right when two transactions add sessions to one course at once', async () => {
    // Control run (done when this was written): with the lock and the recount in ONE statement
    // of tsumugu_refresh_last_session, the second writer's recount does not see the first
    // writer's session and this test fails with the earlier of the two dates.
    const dataSource = database.dataSource;
    const other = seedId('course', FIXTURE_COURSES.calligraphy.key);
    const room = (
      await dataSource.query(`SELECT room_id FROM course_sessions WHERE course_id = $1 LIMIT 1`, [
        other,
      ])
    )[0].room_id;
    for (const week of [2, 3]) {
      const later = `${fixtureDate(week, 5)}T14:00:00+09:00`;
      const earlier = `${fixtureDate(week, 5)}T10:00:00+09:00`;
      const addSession = (runner: QueryRunner, startsAt: string) =>
        runner.query(
          `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
           VALUES ($1, $2, $3, $3::timestamptz + interval '1 hour')`,
          [other, room, startsAt],
        );
      // The second writer waits for the first one's lock on the course row, and then recounts
      // with the first one's session in sight.
      await secondWaitsForFirst(
        dataSource,
        (first) => addSession(first, later),
        (second) => addSession(second, earlier),
      );
      expect(await stored(other)).toBe(await computed(other));
      expect(new Date((await stored(other))!)).toEqual(new Date(later));
    }
  });
});
