import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_COURSES, FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { parseCsv } from '../testing/rfc4180';
import { readCalendar } from '../testing/rfc5545';
import { courseJsonLdProblems } from '../testing/schema-org';
import { createTestApp, type TestApp } from '../testing/test-app';
import { addDays, japanDate, startOfJapanDay } from '../common/time/japan-time';
import { EVENT_LIST_COLUMNS } from './event-list';
import { PUBLIC_FEED_PAST_DAYS } from './opendata.service';

/** The national format's columns in its order (自治体標準オープンデータセット 「イベント一覧」). */
const NATIONAL_COLUMNS = [
  '都道府県コード又は市区町村コード',
  'NO',
  '都道府県名',
  '市区町村名',
  'イベント名',
  'イベント名_カナ',
  'イベント名_英語',
  '開始日',
  '終了日',
  '開始時間',
  '終了時間',
  '開始日時特記事項',
  '説明',
  '料金(基本)',
  '料金(詳細)',
  '連絡先名称',
  '連絡先電話番号',
  '連絡先内線番号',
  '主催者',
  '場所名称',
  '住所',
  '方書',
  '緯度',
  '経度',
  'アクセス方法',
  '駐車場情報',
  '定員',
  '参加申込終了日',
  '参加申込終了時間',
  '参加申込方法',
  'URL',
  '備考',
];
const REQUIRED = [
  'イベント名',
  'イベント名_カナ',
  '開始日',
  '終了日',
  '開始時間',
  '終了時間',
  '説明',
  '場所名称',
  '住所',
];

describe('open data: the catalogue as 「イベント一覧」 (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const csvPath = '/api/opendata/events.csv';

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    await t.database.dataSource.query(`UPDATE courses SET status = 'draft' WHERE id = $1`, [
      seedId('course', 'draft'),
    ]);
  });
  afterAll(() => t.close());

  const csvRecords = async () => {
    const response = await request(t.http).get(csvPath).buffer(true);
    expect(response.status).toBe(200);
    return { response, records: parseCsv(response.text.replace(/^\uFEFF/, '')) };
  };

  it('serves a CSV in UTF-8 with a BOM and CRLF whose header is the national column list', async () => {
    const response = await request(t.http)
      .get(csvPath)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header] = parseCsv(text);
    expect(header).toEqual(NATIONAL_COLUMNS);
    expect(EVENT_LIST_COLUMNS.filter((column) => column.required).map((c) => c.header)).toEqual(
      REQUIRED,
    );
  });

  it('lists the public courses with every required column filled, and no draft', async () => {
    const { records } = await csvRecords();
    const [header, ...rows] = records;
    const at = (row: string[], column: string) => row[header.indexOf(column)];
    const titles = rows.map((row) => at(row, 'イベント名'));
    expect(titles).toEqual(expect.arrayContaining([FIXTURE_COURSES.parenting.titleJa]));
    expect(titles).not.toContain(FIXTURE_COURSES.draft.titleJa);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      for (const column of REQUIRED)
        expect([at(row, 'イベント名'), column, at(row, column)]).toEqual([
          at(row, 'イベント名'),
          column,
          expect.stringMatching(/\S/),
        ]);
      expect(at(row, '都道府県コード又は市区町村コード')).toBe('082201');
      expect(at(row, '都道府県名')).toBe('茨城県');
      expect(at(row, '市区町村名')).toBe('つくば市');
      expect(at(row, 'イベント名_カナ')).toMatch(/^[ァ-ヶー・ ]+$/);
      expect(at(row, '開始日')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(at(row, '終了日') >= at(row, '開始日')).toBe(true);
      expect(at(row, '開始時間')).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(at(row, '住所')).toMatch(/^茨城県つくば市/);
      expect(Number(at(row, '緯度'))).toBeCloseTo(36, 0);
      expect(Number(at(row, '経度'))).toBeCloseTo(140, 0);
      expect(at(row, 'URL')).toMatch(/\/courses\/[0-9a-f-]{36}$/);
    }
    expect(rows.map((row) => Number(at(row, 'NO')))).toEqual(rows.map((_, index) => index + 1));
    // Soonest first.
    const starts = rows.map((row) => `${at(row, '開始日')} ${at(row, '開始時間')}`);
    expect([...starts].sort()).toEqual(starts);
  });

  it('writes one course as a city would: fee, organiser, place, application deadline', async () => {
    const { records } = await csvRecords();
    const [header, ...rows] = records;
    const row = rows.find(
      (r) => r[header.indexOf('イベント名')] === FIXTURE_COURSES.parenting.titleJa,
    )!;
    const value = (column: string) => row[header.indexOf(column)];
    const course = FIXTURE_COURSES.parenting;
    expect(value('イベント名_カナ')).toBe(course.titleKana);
    expect(value('イベント名_英語')).toBe(course.titleEn);
    expect(value('開始日')).toBe(course.sessions[0].startsAt.slice(0, 10));
    expect(value('開始時間')).toBe(course.sessions[0].startsAt.slice(11, 16));
    expect(value('終了時間')).toBe(course.sessions[0].endsAt.slice(11, 16));
    expect(value('終了日')).toBe(course.sessions.at(-1)!.startsAt.slice(0, 10));
    expect(value('料金(基本)')).toBe('無料');
    expect(value('主催者')).toBe('つくば市 生涯学習推進課');
    expect(value('連絡先電話番号')).toBe('029-883-1111');
    expect(value('定員')).toBe(String(course.capacity));
    expect(value('説明')).toContain(course.summaryJa);
    expect(value('備考')).toContain('保育あり');
    expect(value('参加申込方法')).toContain('先着順');
    if (course.sessions.length > 1) {
      expect(value('開始日時特記事項')).toMatch(new RegExp(`^全${course.sessions.length}回：`));
    }
    const paid = rows.find((r) => r[header.indexOf('料金(基本)')] !== '無料');
    expect(paid?.[header.indexOf('料金(基本)')]).toMatch(/^[\d,]+円$/);
  });

  it('answers JSON with the same rows, the licence and the column list', async () => {
    const [json, { records }] = await Promise.all([
      request(t.http).get('/api/opendata/events'),
      csvRecords(),
    ]);
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers['access-control-allow-origin']).toBe('*');
    expect(json.body.municipalityCode).toBe('082201');
    expect(json.body.licence.url).toContain('creativecommons.org/licenses/by/4.0');
    expect(json.body.columns.map((c: { header: string }) => c.header)).toEqual(NATIONAL_COLUMNS);
    const [header, ...rows] = records;
    expect(json.body.items).toHaveLength(rows.length);
    const first = json.body.items[0];
    for (const column of json.body.columns as { header: string; field: string }[]) {
      expect([column.header, String(first[column.field])]).toEqual([
        column.header,
        rows[0][header.indexOf(column.header)],
      ]);
    }
  });

  it('carries validators and caching, and answers 304 to a client whose copy is current', async () => {
    const { response } = await csvRecords();
    const etag = response.headers['etag'];
    const lastModified = response.headers['last-modified'];
    expect(etag).toMatch(/^W\/".+"$/);
    expect(new Date(lastModified).getTime()).not.toBeNaN();
    expect(response.headers['cache-control']).toBe('public, max-age=300');

    const byTag = await request(t.http).get(csvPath).set('If-None-Match', etag);
    expect([byTag.status, byTag.text]).toEqual([304, '']);
    const byDate = await request(t.http).get(csvPath).set('If-Modified-Since', lastModified);
    expect(byDate.status).toBe(304);
    const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await request(t.http).get(csvPath).set('If-Modified-Since', older)).status).toBe(200);
    const head = await request(t.http).head(csvPath);
    expect([head.status, head.headers['etag']]).toEqual([200, etag]);

    // A change to a public course changes the file, its tag and its date.
    await t.database.dataSource.query(
      `UPDATE courses SET summary_ja = summary_ja || '（内容を更新しました）', updated_at = now() + interval '2 seconds' WHERE id = $1`,
      [seedId('course', 'parenting')],
    );
    const changed = await request(t.http).get(csvPath).set('If-None-Match', etag);
    expect(changed.status).toBe(200);
    expect(changed.headers['etag']).not.toBe(etag);
    expect(Date.parse(changed.headers['last-modified'])).toBeGreaterThan(Date.parse(lastModified));
    expect((await request(t.http).get(csvPath).set('If-Modified-Since', lastModified)).status).toBe(
      200,
    );
  });
});

describe('open data: public calendar feeds per life stage and per facility (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const seniors = '/api/opendata/calendars/life-stages/seniors.ics';
  const azuma = `/api/opendata/calendars/facilities/${seedId('facility', 'azuma')}.ics`;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    const db = t.database.dataSource;
    // A draft and a cancelled course stay out; so does a cancelled session.
    await db.query(`UPDATE courses SET status = 'draft' WHERE id = $1`, [
      seedId('course', 'draft'),
    ]);
    await db.query(`UPDATE courses SET title_ja = $2 WHERE id = $1`, [
      seedId('course', 'smartphone'),
      'スマホ教室, 入門; </script> "基礎"',
    ]);
    await db.query(
      `UPDATE course_sessions SET status = 'cancelled'
        WHERE id = (SELECT id FROM course_sessions WHERE course_id = $1 ORDER BY starts_at LIMIT 1)`,
      [seedId('course', 'parenting')],
    );
  });
  afterAll(() => t.close());

  const calendar = async (path: string) => {
    const response = await request(t.http).get(path).buffer(true);
    expect([path, response.status]).toEqual([path, 200]);
    return { response, file: readCalendar(response.text) };
  };

  it('lists the scheduled sessions of the public courses of one life stage, valid RFC 5545', async () => {
    const { response, file } = await calendar(seniors);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(file.properties.get('X-WR-CALNAME')).toBe('tsumugu シニアの講座');
    const seniorCourses = Object.values(FIXTURE_COURSES).filter(
      (course) => course.lifeStages.includes('seniors') && course.key !== 'draft',
    );
    const expectedSessions = seniorCourses.flatMap((course) => course.sessions);
    expect(file.events).toHaveLength(expectedSessions.length);
    const smartphone = file.events.find((event) => event.get('SUMMARY')!.startsWith('スマホ教室'));
    // Commas and semicolons escaped in the file, read back as written.
    expect(smartphone?.get('SUMMARY')).toBe('スマホ教室, 入門; </script> "基礎"');
    for (const event of file.events) {
      expect(event.get('UID')).toMatch(/^[0-9a-f-]{36}@tsumugu\.public$/);
      expect(event.get('URL')).toMatch(/\/courses\/[0-9a-f-]{36}$/);
      expect(event.get('STATUS')).toBe('CONFIRMED');
      expect(event.get('DTEND')! > event.get('DTSTART')!).toBe(true);
    }
  });

  it('lists a facility’s sessions, in English on request', async () => {
    const { file } = await calendar(`${azuma}?lang=en`);
    const feedStart = startOfJapanDay(addDays(japanDate(t.clock.now()), -PUBLIC_FEED_PAST_DAYS));
    expect(file.properties.get('X-WR-CALNAME')).toBe('tsumugu: courses at Azuma Community Centre');
    const atAzuma = Object.values(FIXTURE_COURSES)
      .filter((course) => course.key !== 'draft')
      .flatMap((course) => course.sessions.slice(course.key === 'parenting' ? 1 : 0))
      .filter((session) => session.facilityKey === 'azuma')
      .filter((session) => Date.parse(session.endsAt) >= feedStart.getTime());
    expect(file.events).toHaveLength(atAzuma.length);
    for (const event of file.events)
      expect(event.get('LOCATION')).toMatch(/^Azuma Community Centre, /);
  });

  it('answers the same bytes with the same tag, 304 when current, and 404 or 400 for bad feeds', async () => {
    const first = await request(t.http).get(seniors);
    const second = await request(t.http).get(seniors);
    expect(second.text).toBe(first.text);
    expect(second.headers['etag']).toBe(first.headers['etag']);
    const again = await request(t.http).get(seniors).set('If-None-Match', first.headers['etag']);
    expect(again.status).toBe(304);

    const unknownStage = await request(t.http).get('/api/opendata/calendars/life-stages/pets.ics');
    expect([unknownStage.status, unknownStage.body.code]).toEqual([404, 'NOT_FOUND']);
    const unknownPlace = await request(t.http).get(
      `/api/opendata/calendars/facilities/${seedId('facility', 'nowhere')}.ics`,
    );
    expect([unknownPlace.status, unknownPlace.body.code]).toEqual([404, 'FACILITY_NOT_FOUND']);
    const notAnId = await request(t.http).get('/api/opendata/calendars/facilities/azuma.ics');
    expect([notAnId.status, notAnId.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const badLanguage = await request(t.http).get(`${seniors}?lang=fr`);
    expect([badLanguage.status, badLanguage.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});

describe('course pages: meta tags and JSON-LD in the HTML the server sends (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let dist: string;
  const parenting = seedId('course', 'parenting');
  const page = (path: string, language = 'ja') =>
    request(t.http).get(path).set('Accept', 'text/html').set('Accept-Language', language);
  const jsonLd = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (match) => JSON.parse(match[1]) as Record<string, unknown>,
    );

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'tsumugu-course-page-'));
    // The app's own index.html, as the build copies it.
    await copyFile(join(__dirname, '../../../frontend/src/index.html'), join(dist, 'index.html'));
    t = await createTestApp({ frontendDist: dist });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    await t.database.dataSource.query(`UPDATE courses SET status = 'draft' WHERE id = $1`, [
      seedId('course', 'draft'),
    ]);
  });
  afterAll(async () => {
    await t.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('writes the course’s title, description, cards and valid Course JSON-LD into the page', async () => {
    const response = await page(`/courses/${parenting}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['vary']).toMatch(/Accept-Language/);
    const html = response.text;
    const course = FIXTURE_COURSES.parenting;
    expect(html).toContain(`<title>${course.titleJa} | tsumugu つむぐ — つくば市 生涯学習</title>`);
    expect(html).toContain(`<meta property="og:title" content="${course.titleJa}" />`);
    expect(html).toMatch(
      /<meta name="description" content="\d{4}年\d+月\d+日（.）10:00〜・全2回・吾妻交流センター・無料。/,
    );
    expect(html).toMatch(/<meta property="og:url" content="http:\/\/localhost:\d+\/courses\//);
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    // One description only: the generic one is replaced.
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    const [document] = jsonLd(html);
    expect(courseJsonLdProblems(document)).toEqual([]);
    expect(document).toMatchObject({
      name: course.titleJa,
      hasCourseInstance: [{ startDate: course.sessions[0].startsAt }],
    });
    // The app itself is still there.
    expect(html).toContain('<tsu-root></tsu-root>');

    const english = await page(`/courses/${parenting}`, 'en-GB,en;q=0.9');
    expect(english.text).toContain(`<meta property="og:title" content="${course.titleEn}" />`);
  });

  it('answers a draft or unknown course with the generic page and 404, other pages untouched', async () => {
    for (const id of [seedId('course', 'draft'), seedId('course', 'nothing-here')]) {
      const response = await page(`/courses/${id}`);
      expect(response.status).toBe(404);
      expect(response.text).toContain('<title>tsumugu つむぐ — つくば市 生涯学習</title>');
      expect(response.text).not.toContain('og:title');
      expect(response.text).not.toContain('application/ld+json');
    }
    const list = await page('/courses');
    expect(list.status).toBe(200);
    expect(list.text).not.toContain('og:title');
  });

  it('keeps a title holding </script><script> inert', async () => {
    const hostile = '</script><script>alert("x")</script><img src=x onerror=alert(1)>';
    await t.database.dataSource.query(`UPDATE courses SET title_ja = $2 WHERE id = $1`, [
      seedId('course', 'cooking'),
      hostile,
    ]);
    const html = (await page(`/courses/${seedId('course', 'cooking')}`)).text;
    // The page's scripts are the data block and the app's own (none inline in index.html).
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<img/i);
    expect(jsonLd(html)[0]['name']).toBe(hostile);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)');
  });
});
