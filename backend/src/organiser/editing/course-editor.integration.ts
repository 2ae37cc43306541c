import { seedDemoData, seedId } from '../../demo/seeder';
import { FIXTURE_PLAN } from '../../testing/catalogue-fixture';
import { SettableClock } from '../../testing/settable-clock';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../../testing/test-people';

const kitchen = seedId('room', 'azuma/kitchen'); // holds 24
const washitsu = seedId('room', 'azuma/washitsu');

function courseInput(organisationId: string, titleJa: string) {
  return {
    organisationId,
    titleJa,
    titleEn: 'Smartphones for seniors (organiser test)',
    summaryJa: 'スマートフォンの基本操作を学びます。',
    summaryEn: 'Learn the basics of a smartphone.',
    descriptionJa: '電話、メール、写真の使い方。',
    descriptionEn: 'Calls, mail and photos.',
    lifeStages: ['seniors'],
    category: 'digital',
    pillar: 2,
    targetAgeMin: 60,
    targetAgeMax: null,
    audience: 'residents_first',
    feeYen: 500,
    childcareOffered: false,
    whatToBringJa: 'スマートフォン',
    whatToBringEn: 'Your smartphone',
    instructorNamesJa: '山田 花子',
    instructorNamesEn: 'Hanako Yamada',
    capacity: 30,
    maxCompanions: 1,
    bookingRule: 'lottery',
    applicationOpensAt: '2027-01-05T09:00:00+09:00',
    applicationClosesAt: '2027-01-25T17:00:00+09:00',
  };
}

const fourThursdays = {
  firstDate: '2027-02-04',
  startTime: '14:00',
  durationMinutes: 90,
  frequency: 'weekly',
  count: 4,
  roomId: kitchen,
};

describe('organiser console: courses and their sessions (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let organiser: TestPerson;
  let otherOrganiser: TestPerson;
  const organisationA = seedId('organisation', 'kosodate');
  const organisationB = seedId('organisation', 'university');
  const as = (person: TestPerson, method: 'get' | 'post' | 'patch', path: string, body?: object) =>
    callAs(t.http, t.database.dataSource, person, method, `/api/organiser/courses${path}`, body);

  beforeAll(async () => {
    // The sessions below are dated in the first half of 2027: the app's clock stands before
    // them (1 December 2026), so the rules about the past judge them the same on any day.
    t = await createTestApp({ clock: new SettableClock('2026-12-01T12:00:00+09:00') });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    const db = t.database.dataSource;
    organiser = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationA }],
    });
    otherOrganiser = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationB }],
    });
  });
  afterAll(() => t.close());

  it('creates, schedules, publishes, refuses a double booking, and frees the room on cancel', async () => {
    const created = await as(organiser, 'post', '', courseInput(organisationA, 'つむぎスマホ教室'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      maxCompanions: 1,
      sessions: [],
      completionRule: 'two_thirds',
      completionCountsLate: true,
      finishedAt: null,
    });
    const id: string = created.body.id;

    const series = await as(organiser, 'post', `/${id}/sessions/series`, fourThursdays);
    expect(series.status).toBe(201);
    expect(series.body.course.sessions.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2027-02-04T14:00:00+09:00',
      '2027-02-11T14:00:00+09:00',
      '2027-02-18T14:00:00+09:00',
      '2027-02-25T14:00:00+09:00',
    ]);
    // The kitchen holds 24; the course takes 30: a warning, not a refusal.
    expect(series.body.warnings.map((w: { code: string }) => w.code)).toEqual([
      'ROOM_SMALLER_THAN_CAPACITY',
    ]);

    const preview = await as(organiser, 'get', `/${id}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      status: 'draft',
      titleJa: 'つむぎスマホ教室',
      sessionCount: 4,
      seatsLeft: 30,
      facility: { nameJa: '吾妻交流センター' },
    });
    const hidden = await callAs(t.http, t.database.dataSource, null, 'get', `/api/courses/${id}`);
    expect(hidden.status).toBe(404);

    const published = await as(organiser, 'post', `/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.course.status).toBe('published');
    expect(published.body.warnings[0].ja).toContain('24');

    const catalogue = await callAs(
      t.http,
      t.database.dataSource,
      null,
      'get',
      '/api/courses?q=つむぎスマホ',
    );
    expect(catalogue.body.items.map((c: { id: string }) => c.id)).toEqual([id]);

    // Another course, same room, overlapping the second Thursday: refused, naming the first.
    const second = await as(organiser, 'post', '', courseInput(organisationA, '重なる講座'));
    const clash = await as(organiser, 'post', `/${second.body.id}/sessions`, {
      startsAt: '2027-02-11T14:30:00+09:00',
      endsAt: '2027-02-11T15:30:00+09:00',
      roomId: kitchen,
    });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('ROOM_ALREADY_RESERVED');
    expect(clash.body.messages.ja).toContain('つむぎスマホ教室');
    expect(clash.body.conflict).toMatchObject({
      kind: 'course_session',
      nameJa: 'つむぎスマホ教室',
    });

    // A series with one colliding date lands not at all.
    const clashingSeries = await as(organiser, 'post', `/${second.body.id}/sessions/series`, {
      ...fourThursdays,
      firstDate: '2027-01-28',
    });
    expect(clashingSeries.status).toBe(409);
    expect(clashingSeries.body.conflict.startsAt).toBe('2027-02-04T05:00:00.000Z');
    const untouched = await as(organiser, 'get', `/${second.body.id}/edit`);
    expect(untouched.body.sessions).toEqual([]);

    // Another organisation's organiser cannot even see that the course exists.
    for (const [method, path] of [
      ['get', `/${id}/edit`],
      ['patch', `/${id}`],
      ['post', `/${id}/cancel`],
      ['post', `/${id}/sessions/series`],
    ] as const) {
      const body = path.endsWith('series')
        ? fourThursdays
        : path.endsWith(id)
          ? { feeYen: 0 }
          : undefined;
      const refused = await as(otherOrganiser, method, path, body);
      expect([path, refused.status, refused.body.code]).toEqual([path, 404, 'COURSE_NOT_FOUND']);
    }

    const cancelled = await as(organiser, 'post', `/${id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.sessions.every((s: { status: string }) => s.status === 'cancelled')).toBe(
      true,
    );
    const [{ count }] = await t.database.dataSource.query(
      `SELECT count(*)::int AS count FROM room_reservations rr
         JOIN course_sessions s ON s.id = rr.course_session_id WHERE s.course_id = $1`,
      [id],
    );
    expect(count).toBe(0);

    const nowFree = await as(organiser, 'post', `/${second.body.id}/sessions`, {
      startsAt: '2027-02-11T14:30:00+09:00',
      endsAt: '2027-02-11T15:30:00+09:00',
      roomId: kitchen,
    });
    expect(nowFree.status).toBe(201);
  });

  it('checks status transitions with 409 COURSE_STATE_CONFLICT', async () => {
    const created = await as(organiser, 'post', '', courseInput(organisationA, '状態の確認講座'));
    const id: string = created.body.id;

    const empty = await as(organiser, 'post', `/${id}/publish`);
    expect(empty.status).toBe(400);
    expect(empty.body.fields.map((f: { field: string }) => f.field)).toEqual(['sessions']);

    const cancelDraft = await as(organiser, 'post', `/${id}/cancel`);
    expect([cancelDraft.status, cancelDraft.body.code]).toEqual([409, 'COURSE_STATE_CONFLICT']);
    const unpublishDraft = await as(organiser, 'post', `/${id}/unpublish`);
    expect(unpublishDraft.status).toBe(409);

    // A session before the application window closes cannot be published.
    await as(organiser, 'post', `/${id}/sessions`, {
      startsAt: '2027-01-20T10:00:00+09:00',
      endsAt: '2027-01-20T12:00:00+09:00',
      roomId: washitsu,
    });
    const early = await as(organiser, 'post', `/${id}/publish`);
    expect(early.status).toBe(400);
    expect(early.body.fields[0].field).toBe('applicationClosesAt');
    const fixed = await as(organiser, 'patch', `/${id}`, {
      applicationClosesAt: '2027-01-15T17:00:00+09:00',
      capacity: 20,
    });
    expect(fixed.status).toBe(200);

    const published = await as(organiser, 'post', `/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.warnings).toEqual([]);
    const again = await as(organiser, 'post', `/${id}/publish`);
    expect([again.status, again.body.code]).toEqual([409, 'COURSE_STATE_CONFLICT']);

    // A session cancelled on its own disappears from the public page; the rest stays.
    const extra = await as(organiser, 'post', `/${id}/sessions`, {
      startsAt: '2027-01-27T10:00:00+09:00',
      endsAt: '2027-01-27T12:00:00+09:00',
      roomId: washitsu,
    });
    const extraId = extra.body.course.sessions[1].id;
    expect((await as(organiser, 'post', `/${id}/sessions/${extraId}/cancel`)).status).toBe(200);
    const page = await callAs(t.http, t.database.dataSource, null, 'get', `/api/courses/${id}`);
    expect(page.body.sessionCount).toBe(1);
    expect(page.body.sessions.map((s: { id: string }) => s.id)).not.toContain(extraId);

    const unpublished = await as(organiser, 'post', `/${id}/unpublish`);
    expect(unpublished.status).toBe(200);
    expect(unpublished.body).toMatchObject({ status: 'draft', publishedAt: null });
  });

  it('duplicates for the next term, moves and cancels one session', async () => {
    const created = await as(organiser, 'post', '', courseInput(organisationA, '複製元の講座'));
    const id: string = created.body.id;
    await as(organiser, 'post', `/${id}/sessions/series`, {
      ...fourThursdays,
      firstDate: '2027-03-04',
      frequency: 'biweekly',
      count: 2,
      skipDates: ['2027-03-18'],
      roomId: washitsu,
    });
    const copy = await as(organiser, 'post', `/${id}/duplicate`, { shiftWeeks: 13 });
    expect(copy.status).toBe(201);
    expect(copy.body.status).toBe('draft');
    expect(copy.body.titleJa).toBe('複製元の講座');
    expect(copy.body.sessions.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2027-06-03T14:00:00+09:00',
      '2027-07-01T14:00:00+09:00', // 18 March was skipped
    ]);

    const [first, secondSession] = copy.body.sessions;
    const moved = await as(organiser, 'patch', `/${copy.body.id}/sessions/${first.id}`, {
      startsAt: '2027-06-04T10:00:00+09:00',
      endsAt: '2027-06-04T11:00:00+09:00',
      roomId: kitchen,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.course.sessions[0]).toMatchObject({ room: { id: kitchen } });

    const cancelled = await as(
      organiser,
      'post',
      `/${copy.body.id}/sessions/${secondSession.id}/cancel`,
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.sessions.map((s: { status: string }) => s.status)).toEqual([
      'scheduled',
      'cancelled',
    ]);
    const twice = await as(
      organiser,
      'post',
      `/${copy.body.id}/sessions/${secondSession.id}/cancel`,
    );
    expect(twice.status).toBe(409);

    // The cancelled session is neither counted nor listed on the organiser's course list and
    // course page (the sessions editor above still shows it, marked cancelled).
    const list = await as(organiser, 'get', '');
    const listed = list.body.find((course: { id: string }) => course.id === copy.body.id);
    expect([
      listed.sessionCount,
      Date.parse(listed.firstSessionStartsAt),
      Date.parse(listed.lastSessionEndsAt),
    ]).toEqual([
      1,
      Date.parse('2027-06-04T10:00:00+09:00'),
      Date.parse('2027-06-04T11:00:00+09:00'),
    ]);
    const page = await as(organiser, 'get', `/${copy.body.id}`);
    expect([page.body.sessionCount, page.body.sessions.map((s: { id: string }) => s.id)]).toEqual([
      1,
      [first.id],
    ]);
  });

  it("tags a course with the plan's priority projects (重点事業), shown on its page and kept by a copy", async () => {
    const created = await as(organiser, 'post', '', {
      ...courseInput(organisationA, '重点事業の講座'),
      priorityProjects: ['life_stage_learning', 'partner_network'],
    });
    expect(created.status).toBe(201);
    expect(created.body.priorityProjects).toEqual(['life_stage_learning', 'partner_network']);
    const id: string = created.body.id;
    const oneSession = { ...fourThursdays, firstDate: '2027-05-13', count: 1 };
    expect((await as(organiser, 'post', `/${id}/sessions/series`, oneSession)).status).toBe(201);

    const changed = await as(organiser, 'patch', `/${id}`, {
      priorityProjects: ['exchange_facilities'],
    });
    expect(changed.status).toBe(200);
    expect(changed.body.priorityProjects).toEqual(['exchange_facilities']);
    const preview = await as(organiser, 'get', `/${id}/preview`);
    expect(preview.body.priorityProjects).toEqual(['exchange_facilities']);
    const copy = await as(organiser, 'post', `/${id}/duplicate`, { shiftWeeks: 1 });
    expect(copy.body.priorityProjects).toEqual(['exchange_facilities']);

    // Unknown codes and duplicates: 400 per field; the database refuses unknown codes too.
    for (const priorityProjects of [['unknown'], ['partner_network', 'partner_network']]) {
      const bad = await as(organiser, 'patch', `/${id}`, { priorityProjects });
      expect([bad.status, bad.body.fields.map((f: { field: string }) => f.field)]).toEqual([
        400,
        ['priorityProjects'],
      ]);
    }
    await expect(
      t.database.dataSource.query(
        `UPDATE courses SET priority_projects = '{paraphrase}' WHERE id = $1`,
        [id],
      ),
    ).rejects.toThrow(/courses_priority_projects_check/);
  });

  it('answers bad input with bilingual messages per field, and other organisations with 404', async () => {
    const bad = await as(organiser, 'post', '', {
      ...courseInput(organisationA, ''),
      pillar: 9,
      lifeStages: [],
      maxCompanions: -1,
      completionRule: 'most',
      completionCountsLate: 'yes',
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual([
      'completionCountsLate',
      'completionRule',
      'lifeStages',
      'maxCompanions',
      'pillar',
      'titleJa',
    ]);
    expect(bad.body.fields[0].ja).toBeTruthy();
    expect(bad.body.fields[0].en).toBeTruthy();

    const ages = await as(organiser, 'post', '', {
      ...courseInput(organisationA, '年齢の確認'),
      targetAgeMin: 70,
      targetAgeMax: 60,
    });
    expect(ages.body.fields.map((f: { field: string }) => f.field)).toEqual(['targetAgeMax']);

    // A change keeps the same per-field messages as a new course.
    const draft = await as(organiser, 'post', '', courseInput(organisationA, '変更の確認'));
    const badChange = await as(organiser, 'patch', `/${draft.body.id}`, { capacity: 0 });
    expect(badChange.body.fields).toEqual([
      expect.objectContaining({ field: 'capacity', ja: expect.stringContaining('定員') }),
    ]);

    const foreign = await as(organiser, 'post', '', courseInput(organisationB, '他団体の講座'));
    expect([foreign.status, foreign.body.code]).toEqual([404, 'ORGANISATION_NOT_FOUND']);

    const noEnd = await as(otherOrganiser, 'post', '', courseInput(organisationB, '大学の講座'));
    const series = await as(otherOrganiser, 'post', `/${noEnd.body.id}/sessions/series`, {
      ...fourThursdays,
      count: undefined,
    });
    expect(series.body.fields.map((f: { field: string }) => f.field)).toEqual(['count']);
  });

  it('keeps the title reading in katakana, whatever kana the organiser types', async () => {
    const created = await as(organiser, 'post', '', {
      ...courseInput(organisationA, 'しょどう入門'),
      titleKana: ' しょどう　ﾆｭｳﾓﾝ ',
    });
    expect(created.status).toBe(201);
    const edit = await as(organiser, 'get', `/${created.body.id}/edit`);
    expect(edit.body.titleKana).toBe('ショドウ ニュウモン');

    const changed = await as(organiser, 'patch', `/${created.body.id}`, { titleKana: 'ショドウ' });
    expect(changed.status).toBe(200);
    expect((await as(organiser, 'get', `/${created.body.id}/edit`)).body.titleKana).toBe(
      'ショドウ',
    );

    const kanji = await as(organiser, 'patch', `/${created.body.id}`, { titleKana: '書道' });
    expect([kanji.status, kanji.body.fields]).toEqual([
      400,
      [expect.objectContaining({ field: 'titleKana', ja: expect.stringContaining('よみがな') })],
    ]);
    // Left out, it stays empty: the open data then reads a kana-only title by itself.
    const without = await as(
      organiser,
      'post',
      '',
      courseInput(organisationA, 'よみがなのない講座'),
    );
    expect((await as(organiser, 'get', `/${without.body.id}/edit`)).body.titleKana).toBe('');
  });
});
