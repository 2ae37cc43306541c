import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { secondWaitsForFirst } from '../testing/wait-until-blocked';
import { CoursesRepository, searchQuery, type CourseSearch } from './courses.repository';

describe('the Japanese search index', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const sql = (query: string, params: unknown[] = []) => database.dataSource.query(query, params);

  /** An NPO of that name with one seniors' course of that title, open for applications. */
  async function organisationWithCourse(
    name: { ja: string; en: string },
    title: string,
  ): Promise<{ organisation: { id: string }; course: { id: string } }> {
    const [organisation] = await sql(
      `INSERT INTO organisations (kind, name_ja, name_en) VALUES ('npo', $1, $2) RETURNING id`,
      [name.ja, name.en],
    );
    const [course] = await sql(
      `INSERT INTO courses (organisation_id, title_ja, life_stages, category, pillar, capacity,
                            booking_rule, application_opens_at, application_closes_at)
       VALUES ($1, $2, '{seniors}', 'arts_culture', 1, 10, 'first_come', now(), now() + interval '1 day')
       RETURNING id`,
      [organisation.id, title],
    );
    return { organisation, course };
  }

  it('normalises text: NFKC, lower case, katakana as hiragana', async () => {
    const [row] = await sql(`SELECT tsumugu_normalize($1) AS text`, [
      'ＡＢＣ ｽﾏﾎ スマホ　Smartphone ヴ ー',
    ]);
    expect(row.text).toBe('abc すまほ すまほ smartphone ゔ ー');
  });

  it('keeps every 1- and 2-gram of the text, none with a space', async () => {
    const [row] = await sql(`SELECT tsumugu_grams('子育て 支援') AS grams`);
    expect([...row.grams].sort()).toEqual(
      ['て', '子', '子育', '援', '支', '支援', '育', '育て'].sort(),
    );
  });

  it('computes the same grams as a plain reference, for long mixed text', async () => {
    const text =
      '子育て支援講座 〜はじめての離乳食〜（冬期・広岡） parenting support: baby food 🍙 ' +
      'かんりえいようしと一緒に、初期〜中期の離乳食を作ります。\n2回目は 10:00 から。';
    const characters = [...text];
    const reference = new Set<string>();
    characters.forEach((character, index) => {
      reference.add(character);
      if (index + 1 < characters.length) reference.add(character + characters[index + 1]);
    });
    const expected = [...reference].filter((gram) => !/\s/u.test(gram)).sort();
    const [row] = await sql(`SELECT tsumugu_grams($1) AS grams`, [text]);
    expect([...row.grams].sort()).toEqual(expected);
  });

  it("keeps a course's 1-, 2- and 3-grams as a plain reference computes them", async () => {
    const text =
      '子育て支援講座 〜はじめての離乳食〜（冬期・広岡） parenting support: baby food 🍙 ' +
      'かんりえいようしと一緒に、初期〜中期の離乳食を作ります。\n2回目は 10:00 から。';
    const characters = [...text];
    const reference = new Set<string>();
    characters.forEach((_, index) => {
      for (const length of [1, 2, 3]) {
        if (index + length <= characters.length) {
          reference.add(characters.slice(index, index + length).join(''));
        }
      }
    });
    const expected = [...reference].filter((gram) => !/\s/u.test(gram)).sort();
    const [row] = await sql(`SELECT tsumugu_search_grams($1) AS grams`, [text]);
    expect([...row.grams].sort()).toEqual(expected);
    expect(row.grams).toEqual(expect.arrayContaining(['子育て', '🍙', 'foo']));
  });

  it('keeps the grams of a course in step with its text and its organiser, not with its seats', async () => {
    const { organisation, course } = await organisationWithCourse(
      { ja: '星の会', en: 'Star Club' },
      '書道入門',
    );
    const grams = async () => {
      const [row] = await sql(
        `SELECT grams, (SELECT tsumugu_search_grams(search_text) FROM courses WHERE id = $1) AS expected
           FROM course_search_grams WHERE course_id = $1`,
        [course.id],
      );
      expect([...row.grams].sort()).toEqual([...row.expected].sort());
      return row.grams as string[];
    };
    expect(await grams()).toEqual(expect.arrayContaining(['書道入', '星の会']));
    await sql(`UPDATE courses SET title_ja = '茶道入門' WHERE id = $1`, [course.id]);
    expect(await grams()).toEqual(expect.arrayContaining(['茶道入']));
    expect(await grams()).not.toContain('書道');
    await sql(`UPDATE organisations SET name_ja = '月の会' WHERE id = $1`, [organisation.id]);
    expect(await grams()).toEqual(expect.arrayContaining(['月の会']));
    expect(await grams()).not.toContain('星の会');
    // A seat taken changes nothing searchable: the booking path does not recompute the grams.
    await sql(`UPDATE course_search_grams SET grams = '{}' WHERE course_id = $1`, [course.id]);
    await sql(`UPDATE courses SET booked_count = booked_count + 1 WHERE id = $1`, [course.id]);
    const [untouched] = await sql(`SELECT grams FROM course_search_grams WHERE course_id = $1`, [
      course.id,
    ]);
    expect(untouched.grams).toEqual([]);
    await sql(`DELETE FROM courses WHERE id = $1`, [course.id]);
    // The grams go with their course.
    expect(
      await sql(`SELECT 1 FROM course_search_grams WHERE course_id = $1`, [course.id]),
    ).toEqual([]);
    await sql(`DELETE FROM organisations WHERE id = $1`, [organisation.id]);
  });

  it('keeps the grams of the text committed last when two editors change one course at once', async () => {
    // The grams are written by the row trigger of the UPDATE itself, in its transaction and
    // under the course's row lock: the second editor waits for the first and then writes the
    // grams of its own text, which is the text that stays.
    const { organisation, course } = await organisationWithCourse(
      { ja: '森の会', en: 'Forest Club' },
      '陶芸入門',
    );
    await secondWaitsForFirst(
      database.dataSource,
      (first) => first.query(`UPDATE courses SET title_ja = '木工教室' WHERE id = $1`, [course.id]),
      (second) =>
        second.query(`UPDATE courses SET summary_ja = '竹細工の会' WHERE id = $1`, [course.id]),
    );
    const [row] = await sql(
      `SELECT g.grams, tsumugu_search_grams(c.search_text) AS expected
         FROM courses c JOIN course_search_grams g ON g.course_id = c.id WHERE c.id = $1`,
      [course.id],
    );
    expect([...row.grams].sort()).toEqual([...row.expected].sort());
    expect(row.grams).toEqual(expect.arrayContaining(['木工教', '竹細工']));
    await sql(`DELETE FROM courses WHERE id = $1`, [course.id]);
    await sql(`DELETE FROM organisations WHERE id = $1`, [organisation.id]);
  });

  it('looks a word up by itself up to three characters, else by its 3-grams', async () => {
    const [row] = await sql(
      `SELECT tsumugu_word_grams('料理') AS two, tsumugu_word_grams('子育て') AS three,
              tsumugu_word_grams('遊') AS one, tsumugu_word_grams('smartphone') AS ten`,
    );
    expect(row.two).toEqual(['料理']);
    expect(row.three).toEqual(['子育て']);
    expect(row.one).toEqual(['遊']);
    expect([...row.ten].sort()).toEqual(
      ['sma', 'mar', 'art', 'rtp', 'tph', 'pho', 'hon', 'one'].sort(),
    );
  });

  it('answers a keyword search from the GIN index once there are many courses', async () => {
    await sql(`INSERT INTO organisations (kind, name_ja, name_en)
               VALUES ('city_department', '生涯学習推進課', 'Lifelong Learning Division')`);
    await sql(`INSERT INTO facilities (kind, name_ja, name_en, postal_code, address_ja, address_en,
                                       phone, latitude, longitude, opens_at, closes_at)
               VALUES ('community_centre', '吾妻交流センター', 'Azuma Community Centre', '305-0031',
                       'つくば市吾妻1-10-1', 'Azuma, Tsukuba', '029-851-0001', 36.08, 140.11,
                       '09:00', '21:30')`);
    await sql(`INSERT INTO rooms (facility_id, name_ja, name_en, capacity)
               SELECT id, '会議室', 'Meeting room', 30 FROM facilities`);
    // 3,000 upcoming courses, of which 3 are about cooking (料理): the index must single them out.
    await sql(`
      INSERT INTO courses (organisation_id, title_ja, summary_ja, life_stages, category, pillar,
                           capacity, booking_rule, application_opens_at, application_closes_at,
                           status, published_at)
      SELECT (SELECT id FROM organisations),
             CASE WHEN i % 1000 = 0 THEN '季節の料理教室 ' || i ELSE '地域の講座 第' || i || '回' END,
             'つくば市の講座です。', '{all_ages}', 'arts_culture', 1, 20, 'first_come',
             now(), now() + interval '1 day', 'published', now()
        FROM generate_series(1, 3000) AS i`);
    // Sessions around the clock: this test is about the index, not the rooms' opening hours
    // and closures (the rooms feature tests those).
    await sql(`ALTER TABLE room_reservations DISABLE TRIGGER room_reservations_check_open`);
    await sql(`
      INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
      SELECT c.id, (SELECT id FROM rooms),
             now() + interval '2 days' + n * interval '1 hour',
             now() + interval '2 days' + n * interval '1 hour' + interval '30 minutes'
        FROM (SELECT id, row_number() OVER () AS n FROM courses) AS c`);
    // VACUUM empties the GIN index's pending list, as autovacuum would at some moment: the plan
    // must not depend on whether it has run yet.
    await sql('VACUUM ANALYZE courses, course_sessions, course_search_grams');

    // The statement the catalogue runs, as it runs it, from the moment the sessions were written
    // around (the database's clock, not the machine's).
    const [{ now }]: { now: Date }[] = await sql('SELECT now() AS now');
    const search: CourseSearch = {
      keywords: ['料理'],
      startsFrom: now,
      freeOnly: false,
      hasSeats: false,
      childcare: false,
      sort: 'soonest',
      titleLanguage: 'ja',
      limit: 20,
      offset: 0,
    };
    const { sql: statement, params } = searchQuery(search);
    const plan: { 'QUERY PLAN': string }[] = await sql(`EXPLAIN ${statement}`, params);
    expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toContain(
      'course_search_grams_index',
    );
    // The bench's EXPLAIN runs it as a search does (in its transaction, with its settings).
    const analysed = await new CoursesRepository(database.dataSource).explain(search);
    expect(analysed).toContain('course_search_grams_index');
    expect(analysed).toContain('Execution Time');
    const [{ count }] = await sql(
      `SELECT count(*)::int AS count FROM course_search_grams
        WHERE grams @> tsumugu_word_grams(tsumugu_normalize('料理'))`,
    );
    expect(count).toBe(3);
  });
});
