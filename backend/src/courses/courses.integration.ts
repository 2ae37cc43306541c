import request from 'supertest';
import { seedDemoData, seedId } from '../demo/seeder';
import {
  FIXTURE_COURSES,
  FIXTURE_PLAN,
  fixtureDate,
  PAST_WEEK,
} from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { bookingWindowState } from '../bookings/ledger/booking-window';
import type { CourseDetailDto } from './dto/course-detail.dto';
import type { CourseListDto, CourseSummaryDto } from './dto/course-summary.dto';

type FixtureKey = keyof typeof FIXTURE_COURSES;
const id = (key: FixtureKey) => seedId('course', FIXTURE_COURSES[key].key);
const UPCOMING: FixtureKey[] = ['parenting', 'english', 'smartphone', 'cooking', 'calligraphy'];

describe('GET /api/courses', () => {
  let t: TestApp;
  // Runs with the real time (the fixture is relative to it) until a test sets it.
  const clock = new SettableClock();

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    await t.database.dataSource.query(`UPDATE courses SET status = 'draft' WHERE id = $1`, [
      id('draft'),
    ]);
  });
  afterAll(() => t.close());
  afterEach(() => clock.reset());

  async function list(query: Record<string, string | number | boolean | string[]>) {
    const response = await request(t.http).get('/api/courses').query(query).expect(200);
    return response.body as CourseListDto;
  }
  const keysOf = (page: CourseListDto) =>
    page.items.map((item) =>
      (Object.keys(FIXTURE_COURSES) as FixtureKey[]).find((key) => id(key) === item.id),
    );

  it('lists upcoming published courses, soonest first, with totals', async () => {
    const page = await list({});
    // week 1: parenting Mon, english Tue, smartphone Wed, cooking Sat; week 2: calligraphy Thu
    expect(keysOf(page)).toEqual(UPCOMING);
    expect(page).toMatchObject({ total: 5, page: 1, pageSize: 20 });
  });

  it('summarises a course as the contract says', async () => {
    const page = await list({ q: '子育て' });
    expect(page.items[0]).toEqual({
      id: id('parenting'),
      titleJa: '子育て支援講座 〜親子でふれあい遊び〜',
      titleEn: 'Parenting support: play together',
      summaryJa: '0〜3歳の親子で、手遊びとふれあい遊びを楽しみます。',
      summaryEn: 'Songs and games for parents with children aged 0 to 3.',
      lifeStages: ['parenting'],
      category: 'parenting_family',
      pillar: 1,
      feeYen: 0,
      childcareOffered: true,
      bookingRule: 'first_come',
      audience: 'everyone',
      capacity: 15,
      seatsLeft: 10,
      targetAgeMin: 0,
      targetAgeMax: 3,
      sessionCount: 2,
      firstSessionStartsAt: `${fixtureDate(1, 1)}T10:00:00+09:00`,
      nextSessionStartsAt: `${fixtureDate(1, 1)}T10:00:00+09:00`,
      lastSessionEndsAt: `${fixtureDate(2, 1)}T11:30:00+09:00`,
      facility: {
        id: seedId('facility', 'azuma'),
        nameJa: '吾妻交流センター',
        nameEn: 'Azuma Community Centre',
      },
      organisation: {
        id: seedId('organisation', 'kosodate'),
        nameJa: 'つくば市 生涯学習推進課',
        nameEn: 'Tsukuba City Lifelong Learning Division',
        kind: 'city_department',
      },
      status: 'published',
      applicationState: 'open',
      applicationOpensAt: expect.any(String),
      applicationClosesAt: expect.any(String),
      imageUrl: null,
      imageAltJa: '',
      imageAltEn: '',
    });
    // applications close the day before the first session
    expect(Date.parse(page.items[0].applicationClosesAt)).toBe(
      Date.parse(`${fixtureDate(1, 1)}T10:00:00+09:00`) - 24 * 3600_000,
    );
  });

  describe("says whether applications are open, at the request's instant", () => {
    const SECOND = 1000;
    async function windowOf(key: FixtureKey) {
      const [row]: { opens: Date; closes: Date }[] = await t.database.dataSource.query(
        `SELECT application_opens_at AS opens, application_closes_at AS closes
           FROM courses WHERE id = $1`,
        [id(key)],
      );
      return row;
    }
    async function listed(key: FixtureKey, query: Record<string, string | boolean> = {}) {
      const page = await list(query);
      return page.items.find((item) => item.id === id(key));
    }

    it.each<[FixtureKey, string]>([
      ['parenting', 'open'],
      ['smartphone', 'lotteryOpen'],
    ])(
      '%s: notYetOpen a second before opening, %s at opening, closed at closing',
      async (key, openState) => {
        const { opens, closes } = await windowOf(key);
        const at = (instant: number) => clock.set(new Date(instant));

        at(opens.getTime() - SECOND);
        expect(await listed(key)).toMatchObject({
          applicationState: 'notYetOpen',
          applicationOpensAt: expect.any(String),
        });
        expect(Date.parse((await listed(key))!.applicationOpensAt)).toBe(opens.getTime());
        expect(await listed(key, { openNow: true })).toBeUndefined();

        at(opens.getTime());
        expect((await listed(key))?.applicationState).toBe(openState);
        expect((await listed(key, { openNow: true }))?.applicationState).toBe(openState);

        at(closes.getTime() - SECOND);
        expect((await listed(key, { openNow: true }))?.applicationState).toBe(openState);

        // half-open: the closing instant is already closed
        at(closes.getTime());
        expect((await listed(key))?.applicationState).toBe('closed');
        expect(await listed(key, { openNow: true })).toBeUndefined();

        at(closes.getTime() + SECOND);
        expect((await listed(key))?.applicationState).toBe('closed');
        expect(await listed(key, { openNow: true })).toBeUndefined();
      },
    );

    it('openNow=false does not filter; openNow=true keeps only what takes applications', async () => {
      expect(keysOf(await list({ openNow: false }))).toEqual(UPCOMING);
      const open = await list({ openNow: true });
      expect(
        open.items.every((item) => ['open', 'lotteryOpen'].includes(item.applicationState)),
      ).toBe(true);
      expect(open.total).toBe(open.items.length);
    });

    it('agrees with bookingWindowState for every listed course at each edge', async () => {
      const all = await list({});
      const instants = (await Promise.all(UPCOMING.map((key) => windowOf(key)))).flatMap(
        ({ opens, closes }) => [
          opens.getTime() - SECOND,
          opens.getTime(),
          closes.getTime() - SECOND,
          closes.getTime(),
        ],
      );
      for (const instant of instants) {
        const at = new Date(instant);
        clock.set(at);
        const page = await list({ from: fixtureDate(1, 1), pageSize: 100 });
        const open = new Set(
          (await list({ from: fixtureDate(1, 1), openNow: true })).items.map((item) => item.id),
        );
        for (const item of page.items) {
          const window = bookingWindowState(
            {
              status: item.status,
              opensAt: item.applicationOpensAt,
              closesAt: item.applicationClosesAt,
            },
            at,
          );
          const expected: CourseSummaryDto['applicationState'] =
            window === 'open'
              ? item.bookingRule === 'lottery'
                ? 'lotteryOpen'
                : 'open'
              : window === 'not_open_yet'
                ? 'notYetOpen'
                : 'closed';
          expect({ at: at.toISOString(), id: item.id, state: item.applicationState }).toEqual({
            at: at.toISOString(),
            id: item.id,
            state: expected,
          });
          expect(open.has(item.id)).toBe(window === 'open');
        }
      }
      expect(all.items.length).toBe(UPCOMING.length);
    });
  });

  it('pages through the results, keeping the total', async () => {
    const second = await list({ pageSize: 2, page: 2 });
    expect(keysOf(second)).toEqual(['smartphone', 'cooking']);
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    const beyond = await list({ pageSize: 2, page: 4 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(5);
  });

  it('pages on from where the page before ended (nextCursor), in every order', async () => {
    for (const sort of ['soonest', 'newest', 'title']) {
      const byNumber = [1, 2, 3].map((page) => list({ sort, pageSize: 2, page }));
      const first = await list({ sort, pageSize: 2 });
      expect(first.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      const second = await list({ sort, pageSize: 2, page: 2, after: first.nextCursor! });
      const third = await list({ sort, pageSize: 2, page: 3, after: second.nextCursor! });
      const expected = await Promise.all(byNumber);
      expect([first, second, third].map(keysOf)).toEqual(expected.map(keysOf));
      expect(third).toMatchObject({ total: 5, page: 3, nextCursor: null });
      // A cursor for another page, or for other filters, is ignored: the page by its number.
      expect(keysOf(await list({ sort, pageSize: 2, page: 3, after: first.nextCursor! }))).toEqual(
        keysOf(expected[2]!),
      );
      const free = await list({ sort, pageSize: 2, page: 2, freeOnly: true });
      expect(
        keysOf(
          await list({ sort, pageSize: 2, page: 2, freeOnly: true, after: first.nextCursor! }),
        ),
      ).toEqual(keysOf(free));
    }
    const refused = await request(t.http).get('/api/courses').query({ after: 'not a cursor!' });
    expect(refused.status).toBe(400);
    expect(refused.body.fields[0].field).toBe('after');
  });

  it('sorts by newest publication and by title', async () => {
    expect(keysOf(await list({ sort: 'newest' }))).toEqual([
      'calligraphy',
      'english',
      'cooking',
      'smartphone',
      'parenting',
    ]);
    // Japanese titles in code-point order: ABC…, シ…, 子…, 親…, 書…
    expect(keysOf(await list({ sort: 'title' }))).toEqual([
      'english',
      'smartphone',
      'parenting',
      'calligraphy',
      'cooking',
    ]);
    const english = await request(t.http)
      .get('/api/courses?sort=title')
      .set('Accept-Language', 'en')
      .expect(200);
    expect(keysOf(english.body)).toEqual([
      'english',
      'calligraphy',
      'cooking',
      'parenting',
      'smartphone',
    ]);
  });

  describe('finds parts of words in Japanese and English', () => {
    it.each<[string, FixtureKey[]]>([
      ['子育て', ['parenting']],
      ['スマホ', ['smartphone']],
      ['ｽﾏﾎ', ['smartphone']], // half-width katakana
      ['すまほ', ['smartphone']], // hiragana finds katakana
      ['料理', ['cooking']], // two characters: no trigram could serve this
      ['英語', ['english']],
      ['書道', ['calligraphy']],
      ['ＡＢＣ', ['english']], // full-width letters
      ['abc', ['english']],
      ['smartphone', ['smartphone']],
      ['SMART', ['smartphone']],
      ['筑波大学', ['english', 'cooking']], // the organiser's name
      ['親子 和食', ['cooking']], // words are ANDed
      ['親子　遊び', ['parenting']], // full-width space
      ['親子 書道', []],
      ['遊', ['parenting']], // one character
      ['100%', ['calligraphy']], // % is literal
      ['%', ['calligraphy']],
      ['_', ['calligraphy']],
      ['初心者_歓迎', ['calligraphy']],
      ['子_て', []],
      ["'; DROP TABLE courses; --", []],
      ['歴史', []], // only in a course that has ended
    ])('%s', async (q, expected) => {
      expect(keysOf(await list({ q })).sort()).toEqual([...expected].sort());
    });
  });

  describe('several words, and a search that finds nothing', () => {
    it('finds the courses that contain every word, wherever it is', async () => {
      // 子育て in the title, 親子 in the summary: both in the parenting course only.
      expect(keysOf(await list({ q: '子育て 親子' }))).toEqual(['parenting']);
    });

    it('offers each word alone, with its count, when all the words together find nothing', async () => {
      const page = await list({ q: 'スマホ 子育て' });
      expect(page).toMatchObject({ total: 0, items: [] });
      const alone = async (q: string) => (await list({ q })).total;
      expect(page.noResultHelp).toEqual({
        eachWord: [
          { word: 'スマホ', total: await alone('スマホ'), totalEstimated: false },
          { word: '子育て', total: await alone('子育て'), totalEstimated: false },
        ],
        withoutFilters: null,
      });
      expect(page.noResultHelp!.eachWord.every((word) => word.total > 0)).toBe(true);
    });

    it('says what the words find without the filters', async () => {
      // The smartphone course is not free.
      const page = await list({ q: 'スマホ', freeOnly: true });
      expect(page.total).toBe(0);
      expect(page.noResultHelp).toEqual({
        eachWord: [],
        withoutFilters: { total: 1, totalEstimated: false },
      });
    });

    it('has nothing to offer for one word without filters, and nothing when courses are found', async () => {
      expect((await list({ q: 'zzzz' })).noResultHelp).toBeNull();
      expect((await list({ q: 'スマホ' })).noResultHelp).toBeNull();
    });
  });

  describe('filters', () => {
    it.each<[string, Record<string, string | number | boolean | string[]>, FixtureKey[]]>([
      [
        'lifeStage (courses for all ages included)',
        { lifeStage: 'parenting' },
        ['parenting', 'cooking'],
      ],
      ['lifeStage seniors', { lifeStage: 'seniors' }, ['smartphone', 'cooking', 'calligraphy']],
      ['category', { category: 'digital' }, ['smartphone']],
      ['pillar', { pillar: 4 }, ['cooking', 'calligraphy']],
      ['facilityId, any session there', { facilityId: seedId('facility', 'capio') }, ['english']],
      ['facilityId', { facilityId: seedId('facility', 'oho') }, ['english', 'smartphone']],
      ['weekday', { weekday: 1 }, ['parenting']],
      ['weekday repeated', { weekday: ['2', '6'] }, ['english', 'cooking']],
      ['weekday as a list', { weekday: '3,4' }, ['smartphone', 'calligraphy']],
      ['timeOfDay morning', { timeOfDay: 'morning' }, ['parenting', 'calligraphy']],
      ['timeOfDay afternoon', { timeOfDay: 'afternoon' }, ['smartphone']],
      ['timeOfDay evening', { timeOfDay: 'evening' }, ['english', 'cooking']],
      ['freeOnly', { freeOnly: true }, ['parenting', 'english']],
      ['freeOnly=false does not filter', { freeOnly: false }, UPCOMING],
      ['hasSeats', { hasSeats: true }, ['parenting', 'english', 'cooking', 'calligraphy']],
      ['childcare', { childcare: true }, ['parenting']],
      // A child (under 18) finds the courses whose range includes the age, and courses without
      // a range only when they are for all ages, families or young people: not calligraphy
      // (seniors and career, no range), which an adult of any age finds.
      ['age inside a range', { age: 15 }, ['english', 'cooking']],
      ['age at the edge of a range', { age: 3 }, ['parenting', 'cooking']],
      ['a child outside every range', { age: 8 }, ['cooking']],
      ['an adult: courses without a range too', { age: 40 }, ['cooking', 'calligraphy']],
      ['age with an open upper bound', { age: 75 }, ['smartphone', 'cooking', 'calligraphy']],
      [
        'combined',
        { lifeStage: 'seniors', freeOnly: false, hasSeats: true, timeOfDay: 'evening' },
        ['cooking'],
      ],
    ])('%s', async (_name, query, expected) => {
      expect(keysOf(await list(query)).sort()).toEqual([...expected].sort());
    });

    it('priorityProject: the courses tagged with that project of the plan (重点事業)', async () => {
      const tag = (key: FixtureKey, projects: string[]) =>
        t.database.dataSource.query(`UPDATE courses SET priority_projects = $2 WHERE id = $1`, [
          id(key),
          projects,
        ]);
      // The fixture is written by the demo's seeder, which tags courses by what they are (a
      // partner's course: the network): keep those tags aside, so that only this test's count.
      const seeded: { id: string; priority_projects: string[] }[] =
        await t.database.dataSource.query(`SELECT id, priority_projects FROM courses`);
      await t.database.dataSource.query(`UPDATE courses SET priority_projects = '{}'`);
      await tag('english', ['partner_network']);
      await tag('cooking', ['life_stage_learning', 'partner_network']);
      try {
        expect(keysOf(await list({ priorityProject: 'partner_network' })).sort()).toEqual([
          'cooking',
          'english',
        ]);
        expect(keysOf(await list({ priorityProject: 'life_stage_learning' }))).toEqual(['cooking']);
        expect((await list({ priorityProject: 'exchange_facilities' })).total).toBe(0);
      } finally {
        for (const course of seeded) {
          await t.database.dataSource.query(
            `UPDATE courses SET priority_projects = $2 WHERE id = $1`,
            [course.id, course.priority_projects],
          );
        }
      }
    });

    it('from and to choose the days on which a session must start', async () => {
      const week1Monday = fixtureDate(1, 1);
      const week1Tuesday = fixtureDate(1, 2);
      expect(keysOf(await list({ from: week1Monday, to: week1Tuesday }))).toEqual([
        'parenting',
        'english',
      ]);
      // a later session still counts: parenting meets again in week 2
      expect(keysOf(await list({ from: fixtureDate(2, 1), to: fixtureDate(2, 7) }))).toEqual([
        'parenting',
        'calligraphy',
      ]);
      // the past is only shown when asked for
      const past = await list({ from: fixtureDate(PAST_WEEK, 1), to: fixtureDate(PAST_WEEK, 7) });
      expect(keysOf(past)).toEqual(['pastHistory']);
      expect(past.items[0].nextSessionStartsAt).toBeNull();
      // …also once the completion job has finished the course (its sweep may do it at any moment
      // here; this makes it certain), and never from today on.
      await t.database.dataSource.query(
        `UPDATE courses SET status = 'finished', finished_at = now()
          WHERE id = $1 AND status = 'published'`,
        [id('pastHistory')],
      );
      expect(
        keysOf(await list({ from: fixtureDate(PAST_WEEK, 1), to: fixtureDate(PAST_WEEK, 7) })),
      ).toEqual(['pastHistory']);
      expect(keysOf(await list({ q: FIXTURE_COURSES.pastHistory.titleJa }))).toEqual([]);
    });

    it('never lists a draft', async () => {
      const page = await list({ from: fixtureDate(PAST_WEEK - 4, 1), q: '準備中' });
      expect(page.total).toBe(0);
    });
  });

  describe('refuses bad values with a message per field', () => {
    it.each<[string, string, string]>([
      ['pillar=9', 'pillar', 'pillar must be between 1 and 5.'],
      ['pillar=abc', 'pillar', 'pillar must be between 1 and 5.'],
      ['page=0', 'page', 'page must be a whole number from 1.'],
      ['pageSize=101', 'pageSize', 'pageSize must be from 1 to 100.'],
      ['lifeStage=unknown', 'lifeStage', 'lifeStage must be one of'],
      ['category=magic', 'category', 'category is not a known category.'],
      [
        'priorityProject=world_peace',
        'priorityProject',
        'priorityProject is not one of the plan’s priority projects.',
      ],
      ['from=2026-13-01', 'from', 'from must be a date such as 2026-12-01.'],
      ['to=2026-02-30', 'to', 'to must be a date such as 2026-12-31.'],
      ['weekday=7', 'weekday', 'weekday must be 0 (Sunday) to 6 (Saturday).'],
      ['weekday=mon', 'weekday', 'weekday must be 0 (Sunday) to 6 (Saturday).'],
      ['timeOfDay=night', 'timeOfDay', 'timeOfDay must be morning, afternoon or evening.'],
      ['freeOnly=yes', 'freeOnly', 'freeOnly must be true or false.'],
      ['hasSeats=1', 'hasSeats', 'hasSeats must be true or false.'],
      ['childcare=no', 'childcare', 'childcare must be true or false.'],
      ['openNow=yes', 'openNow', 'openNow must be true or false.'],
      ['age=-1', 'age', 'age must be a whole number from 0 to 120.'],
      ['age=1.5', 'age', 'age must be a whole number from 0 to 120.'],
      ['facilityId=1', 'facilityId', 'facilityId must be a facility id (UUID).'],
      ['sort=random', 'sort', 'sort must be soonest, newest or title.'],
      [`q=${'あ'.repeat(101)}`, 'q', 'Keywords must be at most 100 characters.'],
      ['colour=red', 'colour', '"colour" is not an accepted field.'],
    ])('%s', async (query, field, english) => {
      const response = await request(t.http)
        .get(`/api/courses?${encodeURI(query)}`)
        .expect(400);
      expect(response.body).toMatchObject({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '入力内容に誤りがあります。各項目のメッセージを確認してください。',
        messages: {
          ja: '入力内容に誤りがあります。各項目のメッセージを確認してください。',
          en: 'Some values are not valid. Please check the message for each field.',
        },
      });
      expect(response.body.fields).toEqual([
        { field, ja: expect.any(String), en: expect.stringContaining(english) },
      ]);
      // every field has its own hint, never the generic fallback
      expect(response.body.fields[0].ja).not.toContain('の値が正しくありません');
    });

    it('says in Japanese what to enter', async () => {
      const response = await request(t.http).get('/api/courses?pillar=9').expect(400);
      expect(response.body.fields).toEqual([
        {
          field: 'pillar',
          ja: '柱は1〜5で指定してください。',
          en: 'pillar must be between 1 and 5.',
        },
      ]);
    });

    it('answers in English when asked', async () => {
      const response = await request(t.http)
        .get('/api/courses?pillar=0')
        .set('Accept-Language', 'en-GB,en;q=0.9')
        .expect(400);
      expect(response.body.message).toBe(
        'Some values are not valid. Please check the message for each field.',
      );
    });

    it('lists every bad field at once', async () => {
      const response = await request(t.http)
        .get('/api/courses?pillar=9&page=0&lifeStage=unknown&from=2026-13-01&unknown=1')
        .expect(400);
      expect(response.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'from',
        'lifeStage',
        'page',
        'pillar',
        'unknown',
      ]);
    });
  });

  it('never answers 500 to odd input', async () => {
    const odd = [
      'q=%00',
      'q=%F0%9F%98%80',
      'q=\\',
      'q[]=a&q[]=b',
      'q[x]=1',
      'pillar=1&pillar=2',
      'page=99999999999999999999',
      'pageSize=1e2',
      'weekday=',
      'weekday=,,,',
      'weekday=1&weekday=1&weekday=1&weekday=1&weekday=1&weekday=1&weekday=1&weekday=1',
      'from=0000-00-00',
      'from=2026-12-01T00:00:00Z',
      'to=9999-12-31',
      'age=NaN',
      'age=Infinity',
      'facilityId=00000000-0000-0000-0000-000000000000',
      'hasSeats[]=true',
      '__proto__=1',
      'constructor[prototype][x]=1',
      'sort=toString',
    ];
    const failures: { query: string; status: number }[] = [];
    for (const query of odd) {
      const response = await request(t.http).get(`/api/courses?${query}`);
      if (response.status >= 500) failures.push({ query, status: response.status });
    }
    expect(failures).toEqual([]);
  });

  it('logs requests without their query strings', async () => {
    await request(t.http).get('/api/courses?q=%E5%B1%B1%E7%94%B0%E8%8A%B1%E5%AD%90').expect(200);
    const lines = t.logs.filter((line) => line['msg'] === 'request');
    expect(lines.at(-1)).toMatchObject({ method: 'GET', path: '/api/courses', status: 200 });
    expect(JSON.stringify(t.logs)).not.toContain('山田');
    expect(JSON.stringify(t.logs)).not.toContain('%E5%B1%B1');
  });
});

describe('GET /api/courses/:id', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    await t.database.dataSource.query(`UPDATE courses SET status = 'draft' WHERE id = $1`, [
      id('draft'),
    ]);
  });
  afterAll(() => t.close());

  it('gives the whole course with its sessions, rooms and organiser', async () => {
    const response = await request(t.http)
      .get(`/api/courses/${id('english')}`)
      .expect(200);
    const course = response.body as CourseDetailDto;
    expect(course).toMatchObject({
      id: id('english'),
      titleJa: 'ABC英語クラブ',
      descriptionJa: '留学生と英語で話します。',
      descriptionEn: '',
      whatToBringJa: '筆記用具',
      whatToBringEn: 'Something to write with',
      instructorNamesJa: '',
      applicationOpensAt: expect.stringMatching(/\+09:00$/),
      applicationClosesAt: expect.stringMatching(/\+09:00$/),
      publishedAt: expect.stringMatching(/\+09:00$/),
      sessionCount: 2,
      // The default rule: two thirds of the two sessions held → both.
      completion: { rule: 'two_thirds', countsLate: true, sessions: 2, requiredSessions: 2 },
      organisation: {
        id: seedId('organisation', 'university'),
        nameJa: '筑波大学',
        nameEn: 'University of Tsukuba',
        kind: 'university',
        websiteUrl: 'https://www.tsukuba.ac.jp/',
        phone: null,
      },
    });
    expect(course.sessions).toEqual([
      {
        id: expect.any(String),
        startsAt: `${fixtureDate(1, 2)}T19:00:00+09:00`,
        endsAt: `${fixtureDate(1, 2)}T20:30:00+09:00`,
        room: {
          id: seedId('room', 'oho/meeting'),
          nameJa: '会議室',
          nameEn: 'Meeting room',
          capacity: 30,
        },
        facility: {
          id: seedId('facility', 'oho'),
          nameJa: '大穂交流センター',
          nameEn: 'Oho Community Centre',
          addressJa: 'つくば市筑穂1-10-4',
          addressEn: '1-10-4 Tsukuho, Tsukuba',
        },
      },
      expect.objectContaining({
        startsAt: `${fixtureDate(3, 2)}T19:00:00+09:00`,
        facility: expect.objectContaining({ nameEn: 'Tsukuba Capio' }),
      }),
    ]);
  });

  it('still shows a course whose sessions are over', async () => {
    const response = await request(t.http)
      .get(`/api/courses/${id('pastHistory')}`)
      .expect(200);
    expect(response.body.nextSessionStartsAt).toBeNull();
  });

  it.each([
    ['an unknown id', '3f1c2a64-5b7e-4d1a-9c3e-8f2b6a1d0e47'],
    ['a draft', 'draft'],
  ])('answers 404 COURSE_NOT_FOUND for %s', async (_name, value) => {
    const courseId = value === 'draft' ? id('draft') : value;
    const response = await request(t.http).get(`/api/courses/${courseId}`).expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'COURSE_NOT_FOUND',
      message: '講座が見つかりません。公開が終了したか、URLが誤っている可能性があります。',
      messages: {
        ja: '講座が見つかりません。公開が終了したか、URLが誤っている可能性があります。',
        en: 'Course not found. It may no longer be published, or the link may be wrong.',
      },
    });
  });

  it.each(['123', 'not-a-uuid', '%27%20OR%201%3D1'])(
    'answers 400 for the malformed id %s',
    async (bad) => {
      const response = await request(t.http).get(`/api/courses/${bad}`).expect(400);
      expect(response.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [expect.objectContaining({ field: 'id' })],
      });
    },
  );
});
