import ExcelJS from 'exceljs';
import request from 'supertest';
import { seedDemoData, seedId } from '../demo/seeder';
import { EvaluationSummaryService } from '../evaluation/evaluation-summary.service';
import { FIGURE_DEFINITIONS } from '../evaluation/figure-definitions';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, signIn, type TestPerson } from '../testing/test-people';

const organisationA = seedId('organisation', 'kosodate'); // a city department
const organisationB = seedId('organisation', 'university');
const room = seedId('room', 'oho/meeting');
const FILL_RATE_NAME = FIGURE_DEFINITIONS.fill_rate.name.ja;
const FY = 2025; // the clock stands in fiscal 2026: 2025 is the year just evaluated

const filled = {
  outcomes: '子育て講座を3回開催し、定員の9割が参加した。',
  issues: '平日午前の開催が多く、働く親が参加しにくい。',
  improvements: '土曜日の開催を増やし、保育を付ける。',
  nextYearPlan: '土曜講座を年4回に増やす。',
};

describe('department evaluation sheets (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let organiser: TestPerson;
  let colleague: TestPerson;
  let otherOrganiser: TestPerson;
  let section: TestPerson;
  const own = (path = '') => `/api/organiser/evaluation-sheets${path}`;
  const admin = (path = '') => `/api/admin/evaluation-sheets${path}`;
  const sheetA = `/${organisationA}/${FY}`;
  const as = (person: TestPerson, method: 'get' | 'post' | 'put', path: string, body?: object) =>
    callAs(t.http, t.database.dataSource, person, method, path, body);

  async function course(
    organisationId: string,
    pillar: number,
    capacity: number,
    status: 'published' | 'finished' | 'cancelled',
    starts: string[],
  ): Promise<void> {
    const db = t.database.dataSource;
    const [row] = await db.query(
      `INSERT INTO courses (organisation_id, title_ja, life_stages, category, pillar, capacity,
                            booking_rule, application_opens_at, application_closes_at, status,
                            published_at, finished_at)
       VALUES ($1, $2, '{all_ages}', 'arts_culture', $3, $4, 'first_come',
               '2025-01-01T00:00:00+09:00', '2025-01-31T00:00:00+09:00', $5,
               '2025-01-01T00:00:00+09:00', CASE WHEN $5 = 'finished' THEN now() END)
       RETURNING id`,
      [organisationId, `評価シート用の講座 ${pillar}-${capacity}`, pillar, capacity, status],
    );
    for (const startsAt of starts) {
      await db.query(
        `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
         VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '1 hour')`,
        [row.id, room, startsAt],
      );
    }
  }

  beforeAll(async () => {
    t = await createTestApp({ clock: new SettableClock('2026-05-11T10:00:00+09:00') });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    const db = t.database.dataSource;
    organiser = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationA }],
    });
    colleague = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationA }],
    });
    otherOrganiser = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationB }],
    });
    section = await createTestPerson(db, { roles: [{ role: 'city_admin' }] });
    // Fiscal 2025 runs from 1 April 2025 to 31 March 2026, Japan time.
    await course(organisationA, 1, 20, 'finished', [
      '2025-04-01T10:00:00+09:00', // its first day: counted
      '2025-06-02T10:00:00+09:00',
    ]);
    await course(organisationA, 4, 10, 'published', ['2026-03-31T20:00:00+09:00']); // last day
    await course(organisationA, 4, 99, 'published', ['2026-04-01T10:00:00+09:00']); // fiscal 2026
    await course(organisationA, 2, 99, 'published', ['2025-03-31T10:00:00+09:00']); // fiscal 2024
    await course(organisationA, 1, 99, 'cancelled', ['2025-05-01T10:00:00+09:00']); // cancelled
    await course(organisationB, 4, 30, 'published', ['2025-07-01T10:00:00+09:00']);
    // The figures are read from the evaluation summary tables, rebuilt hourly in the app.
    await t.app.get(EvaluationSummaryService).refresh();
  });
  afterAll(() => t.close());

  it('gives an organiser their own organisation’s sheet, with its figures and their definitions', async () => {
    const list = await as(organiser, 'get', own(`?fiscalYear=${FY}`));
    expect(list.status).toBe(200);
    expect(list.body.rows).toEqual([
      expect.objectContaining({
        organisation: expect.objectContaining({ id: organisationA }),
        state: 'not_started',
        courses: 2,
        pillars: [1, 4],
      }),
    ]);

    const sheet = await as(organiser, 'get', own(sheetA));
    expect(sheet.status).toBe(200);
    expect(sheet.body).toMatchObject({
      fiscalYear: FY,
      state: 'not_started',
      version: 0,
      editable: true,
      actions: [],
      history: [],
      figuresAsSubmitted: false,
    });
    const figures = Object.fromEntries(
      sheet.body.figures.map((f: { key: string; value: number }) => [f.key, f.value]),
    );
    // Hand-checked: two courses held (the cancelled one, and those of other years, are not),
    // three sessions, seats 20 + 10; nobody booked.
    expect(figures).toMatchObject({
      courses_held: 2,
      sessions_held: 3,
      seats_offered: 30,
      applicants: 0,
      fill_rate: 0,
    });
    // Only the figures that break down by organisation (the bank's and rooms' do not).
    expect(Object.keys(figures)).not.toContain('room_use_rate');
    expect(sheet.body.figuresAsOf).toEqual(expect.any(String));
    for (const figure of sheet.body.figures) {
      expect(figure.definitionJa).toBeTruthy();
      expect(figure.definitionEn).toBeTruthy();
    }
  });

  it('hides other organisations’ sheets from an organiser (404), and refuses bad input per field', async () => {
    for (const [method, path] of [
      ['get', own(`/${organisationA}/${FY}`)],
      ['put', own(`/${organisationA}/${FY}`)],
      ['post', own(`/${organisationA}/${FY}/submit`)],
      ['get', own(`/${organisationA}/${FY}/sheet.xlsx`)],
    ] as const) {
      const body = method === 'post' ? { version: 1 } : { version: 0, ...filled };
      const response = await as(otherOrganiser, method, path, method === 'get' ? undefined : body);
      expect([method, path, response.status, response.body.code]).toEqual([
        method,
        path,
        404,
        'EVALUATION_SHEET_NOT_FOUND',
      ]);
    }
    const bad = await as(organiser, 'put', own(sheetA), {
      version: -1,
      ...filled,
      outcomes: 'あ'.repeat(4001),
      issues: 3,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'issues',
      'outcomes',
      'version',
    ]);
    const year = await as(organiser, 'get', own(`/${organisationA}/twenty`));
    expect([year.status, year.body.fields[0].field]).toEqual([400, 'fiscalYear']);
    // A year that has not begun has no sheet yet.
    const ahead = await as(organiser, 'put', own(`/${organisationA}/2027`), {
      version: 0,
      ...filled,
    });
    expect([ahead.status, ahead.body.code]).toEqual([409, 'EVALUATION_SHEET_FISCAL_YEAR_AHEAD']);
  });

  it('goes draft → submitted → returned (with a comment) → submitted → accepted, with its history', async () => {
    const draft = await as(organiser, 'put', own(sheetA), {
      version: 0,
      ...filled,
      nextYearPlan: '',
    });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ state: 'draft', version: 1, actions: ['submit'] });

    const empty = await as(organiser, 'post', own(`${sheetA}/submit`), { version: 1 });
    expect([empty.status, empty.body.code]).toEqual([409, 'EVALUATION_SHEET_EMPTY']);
    const saved = await as(organiser, 'put', own(sheetA), { version: 1, ...filled });
    expect(saved.body.version).toBe(2);
    const submitted = await as(organiser, 'post', own(`${sheetA}/submit`), { version: 2 });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      state: 'submitted',
      version: 3,
      editable: false,
      actions: [],
      figuresAsSubmitted: true,
    });

    // The figures are frozen as submitted: a course added later changes the live figures only.
    await course(organisationA, 3, 5, 'published', ['2025-09-01T10:00:00+09:00']);
    await t.app.get(EvaluationSummaryService).refresh();
    const frozen = await as(section, 'get', admin(sheetA));
    const held = (body: { figures: { key: string; value: number }[] }) =>
      body.figures.find((f) => f.key === 'courses_held')?.value;
    expect([held(submitted.body), held(frozen.body)]).toEqual([2, 2]);

    // With the section now: the organisation can no longer change it.
    const late = await as(organiser, 'put', own(sheetA), { version: 3, ...filled });
    expect([late.status, late.body.code]).toEqual([409, 'EVALUATION_SHEET_NOT_EDITABLE']);
    const again = await as(organiser, 'post', own(`${sheetA}/submit`), { version: 3 });
    expect([again.status, again.body.code]).toEqual([409, 'EVALUATION_SHEET_WRONG_STATE']);

    const seen = await as(section, 'get', admin(sheetA));
    expect(seen.body).toMatchObject({ state: 'submitted', actions: ['return', 'accept'] });
    const silent = await as(section, 'post', admin(`${sheetA}/return`), {
      version: 3,
      comment: '  ',
    });
    expect([silent.status, silent.body.fields[0].field]).toEqual([400, 'comment']);
    const returned = await as(section, 'post', admin(`${sheetA}/return`), {
      version: 3,
      comment: '参加者数の根拠を追記してください。',
    });
    expect(returned.status).toBe(200);
    expect(returned.body.state).toBe('returned');

    const mine = await as(organiser, 'get', own(sheetA));
    expect(mine.body).toMatchObject({ state: 'returned', editable: true, actions: ['submit'] });
    expect(mine.body.figuresAsSubmitted).toBe(false);
    const fixed = await as(organiser, 'put', own(sheetA), {
      version: 4,
      ...filled,
      outcomes: `${filled.outcomes}（参加者数は名簿の出席記録による）`,
    });
    expect(fixed.status).toBe(200);
    expect((await as(organiser, 'post', own(`${sheetA}/submit`), { version: 5 })).status).toBe(200);
    const accepted = await as(section, 'post', admin(`${sheetA}/accept`), {
      version: 6,
      comment: '',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', version: 7, actions: ['return'] });
    const twice = await as(section, 'post', admin(`${sheetA}/accept`), { version: 7, comment: '' });
    expect([twice.status, twice.body.code]).toEqual([409, 'EVALUATION_SHEET_WRONG_STATE']);

    expect(
      accepted.body.history.map((e: { action: string; actorName: string; comment: string }) => [
        e.action,
        e.actorName,
        e.comment,
      ]),
    ).toEqual([
      ['submit', 'テスト 太郎', ''],
      ['return', 'テスト 太郎', '参加者数の根拠を追記してください。'],
      ['submit', 'テスト 太郎', ''],
      ['accept', 'テスト 太郎', ''],
    ]);
    for (const event of accepted.body.history) {
      expect(new Date(event.at).toISOString()).toBe('2026-05-11T01:00:00.000Z');
    }
  });

  it('gives the section every organisation, counts by state and the roll-up by pillar', async () => {
    const list = await as(section, 'get', admin(`?fiscalYear=${FY}`));
    expect(list.status).toBe(200);
    const [{ count: organisations }] = await t.database.dataSource.query(
      'SELECT count(*)::int AS count FROM organisations',
    );
    expect(list.body.rows).toHaveLength(organisations);
    expect(list.body.rows[0].organisation.kind).toBe('city_department');
    const count = (state: string) =>
      list.body.counts.find((c: { state: string }) => c.state === state).count;
    expect([count('accepted'), count('not_started')]).toEqual([1, organisations - 1]);
    const pillars = Object.fromEntries(
      list.body.pillars.map((p: { pillar: number }) => [p.pillar, p]),
    );
    expect(pillars[1]).toMatchObject({
      ja: '個人の自立に向けた学習機会の提供',
      courses: 1,
      organisations: 1,
      handedIn: 1,
      accepted: 1,
    });
    expect(pillars[4]).toMatchObject({ courses: 2, organisations: 2, handedIn: 1, accepted: 1 });
    expect(pillars[3]).toMatchObject({ courses: 1, organisations: 1, handedIn: 1 });
    expect(pillars[2]).toMatchObject({ courses: 0, organisations: 0 });
  });

  it('never loses an update: of two colleagues saving the same version at once, one is told', async () => {
    const db = t.database.dataSource;
    const fiscal = 2026;
    const path = own(`/${organisationA}/${fiscal}`);
    // The first save of a new sheet, twice at once: the unique constraint decides.
    const firsts = await Promise.all([
      as(organiser, 'put', path, { version: 0, ...filled, outcomes: 'A' }),
      as(colleague, 'put', path, { version: 0, ...filled, outcomes: 'B' }),
    ]);
    expect(firsts.map((r) => r.status).sort()).toEqual([200, 409]);
    for (let round = 0; round < 5; round += 1) {
      const { version } = (await as(organiser, 'get', path)).body;
      const results = await Promise.all([
        as(organiser, 'put', path, { version, ...filled, outcomes: `organiser ${round}` }),
        as(colleague, 'put', path, { version, ...filled, outcomes: `colleague ${round}` }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409)!;
      expect(loser.body.code).toBe('EVALUATION_SHEET_CHANGED');
      const winner = results.find((r) => r.status === 200)!;
      const [row] = await db.query(
        `SELECT outcomes, version FROM evaluation_sheets
          WHERE organisation_id = $1 AND fiscal_year = $2`,
        [organisationA, fiscal],
      );
      expect(row).toEqual({ outcomes: winner.body.outcomes, version: version + 1 });
    }
  });

  it('holds the workflow in the database too, whatever writes to it', async () => {
    const db = t.database.dataSource;
    const failure = async (sql: string, params: unknown[]) => {
      const runner = db.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query(sql, params);
        await runner.commitTransaction();
        return null;
      } catch (error) {
        const { code, constraint } = error as { code: string; constraint?: string };
        return constraint ?? code;
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    };
    const [{ id }] = await db.query(
      `SELECT id FROM evaluation_sheets WHERE organisation_id = $1 AND fiscal_year = $2`,
      [organisationA, FY],
    );
    // A change of state without its history row.
    expect(
      await failure(`UPDATE evaluation_sheets SET state = 'returned' WHERE id = $1`, [id]),
    ).toBe('TSE01');
    // The text of an accepted sheet.
    expect(await failure(`UPDATE evaluation_sheets SET outcomes = 'x' WHERE id = $1`, [id])).toBe(
      'TSE02',
    );
    // A move that is not in the workflow, a return without a reason, a changed history.
    expect(
      await failure(
        `INSERT INTO evaluation_sheet_events (sheet_id, from_state, to_state, at)
         VALUES ($1, 'accepted', 'draft', now())`,
        [id],
      ),
    ).toBe('evaluation_sheet_events_transition_check');
    expect(
      await failure(
        `INSERT INTO evaluation_sheet_events (sheet_id, from_state, to_state, comment, at)
         VALUES ($1, 'accepted', 'returned', ' ', now())`,
        [id],
      ),
    ).toBe('evaluation_sheet_events_return_comment_check');
    expect(
      await failure(`UPDATE evaluation_sheet_events SET comment = 'edited' WHERE sheet_id = $1`, [
        id,
      ]),
    ).toBe('TSE03');
    // A history row that the sheet does not follow (checked at commit).
    expect(
      await failure(
        `INSERT INTO evaluation_sheet_events (sheet_id, from_state, to_state, comment, at)
         VALUES ($1, 'accepted', 'returned', 'why', now())`,
        [id],
      ),
    ).toBe('TSE03');
    // A second sheet for the same organisation and year.
    expect(
      await failure(
        `INSERT INTO evaluation_sheets (organisation_id, fiscal_year, created_at, updated_at)
         VALUES ($1, $2, now(), now())`,
        [organisationA, FY],
      ),
    ).toBe('evaluation_sheets_organisation_fiscal_year_unique');
  });

  it('exports Excel workbooks with Japanese headers and Excel number formats', async () => {
    const download = async (person: TestPerson, path: string) => {
      const credentials = await signIn(t.database.dataSource, person);
      const response = await request(t.http)
        .get(path)
        .set('Cookie', credentials.cookie)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const workbook = new ExcelJS.Workbook();
      // ExcelJS declares its own Buffer type; Node's Buffer is what it reads.
      await workbook.xlsx.load(response.body as never);
      return { workbook, disposition: response.headers['content-disposition'] as string };
    };

    const { workbook, disposition } = await download(
      section,
      admin(`/workbook.xlsx?fiscalYear=${FY}`),
    );
    expect(decodeURIComponent(disposition)).toContain('2025年度_事務事業評価シート_一覧.xlsx');
    // A worksheet for each sheet begun: only the department's in fiscal 2025.
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      '一覧',
      '柱別',
      'つくば市 生涯学習推進課',
    ]);
    const overview = workbook.getWorksheet('一覧')!;
    expect(overview.getRow(2).values).toEqual([
      undefined,
      '団体名',
      '種別',
      '状態',
      '実施講座数',
      '施策の柱',
      '提出日時',
      '最終更新',
    ]);
    const pillars = workbook.getWorksheet('柱別')!;
    const pillar4 = pillars.getRow(6);
    expect(pillar4.getCell(2).value).toBe('絆づくりと地域づくりに向けた学習機会の提供');
    expect([pillar4.getCell(3).value, pillar4.getCell(4).value, pillar4.getCell(7).value]).toEqual([
      2, 2, 0.5,
    ]);
    expect(pillar4.getCell(7).numFmt).toBe('0.0%');
    expect(pillar4.getCell(3).numFmt).toBe('#,##0');

    const department = workbook.worksheets[2];
    const cells = department
      .getSheetValues()
      .flatMap((row) =>
        Array.isArray(row) ? row.filter((value) => value !== undefined && value !== null) : [],
      );
    expect(cells).toEqual(
      // The figures as resubmitted, after the third course was added: 3 courses, 35 seats.
      expect.arrayContaining(['2025年度 事務事業評価シート', '確認済み', '実施講座数', 3, 35]),
    );
    expect(cells).toContain(filled.improvements);
    expect(cells).toContain('参加者数の根拠を追記してください。');
    const coursesRow = department
      .getSheetValues()
      .findIndex((row) => Array.isArray(row) && row[1] === '実施講座数');
    expect(department.getRow(coursesRow).getCell(2).numFmt).toBe('#,##0');
    const rateRow = department
      .getSheetValues()
      .findIndex((row) => Array.isArray(row) && row[1] === FILL_RATE_NAME);
    expect(department.getRow(rateRow).getCell(2).numFmt).toBe('0.0%');
    expect(department.getRow(rateRow).getCell(2).value).toBe(0);
    // History times are Japan time: 10:00 on 11 May 2026.
    const historyRow = department
      .getSheetValues()
      .findIndex((row) => Array.isArray(row) && row[2] === '差戻し');
    const when = department.getRow(historyRow).getCell(1).value as Date;
    expect(when.toISOString()).toBe('2026-05-11T10:00:00.000Z');

    const single = await download(organiser, own(`${sheetA}/sheet.xlsx`));
    expect(single.workbook.worksheets).toHaveLength(1);
    expect(single.workbook.worksheets[0].pageSetup.paperSize).toBe(9);
  });
});
