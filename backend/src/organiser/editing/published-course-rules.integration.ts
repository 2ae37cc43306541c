import request from 'supertest';
import type { DataSource } from 'typeorm';
import { japanDate } from '../../common/time/japan-time';
import { seedDemoData, seedId } from '../../demo/seeder';
import { LotteryDrawService } from '../../lottery/lottery-draw.service';
import { createCitizens, type TestCitizen } from '../../testing/booking-fixture';
import { FIXTURE_PLAN } from '../../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../../testing/test-people';

/**
 * Issue 10, finding 5: an organiser cannot bend a published course (rule, priorities, a closed
 * lottery's window, windows and sessions publication would refuse, capacity beyond the room),
 * and staff cannot shrink a room under the published courses in it. Over HTTP, real PostgreSQL.
 */
describe('published courses keep their promises (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let db: DataSource;
  let organiser: TestPerson;
  let staff: TestPerson;
  let citizens: TestCitizen[];
  let room20: string;
  let room5: string;
  let staffRoom: string;
  const azuma = seedId('facility', 'azuma');
  const organisationId = seedId('organisation', 'kosodate');
  const year = Number(japanDate(new Date()).slice(0, 4)) + 1;
  // Next year's June: no public holiday, clear of the fixture's sessions; one day per course.
  let nextDay = 1;
  const juneDay = () => `${year}-06-${String(nextDay++).padStart(2, '0')}`;
  const DAY = 86_400_000;

  const as = (person: TestPerson, method: 'get' | 'post' | 'patch', path: string, body?: object) =>
    callAs(t.http, db, person, method, path, body);
  const book = (citizen: TestCitizen, courseId: string) =>
    request(t.http)
      .post(`/api/courses/${courseId}/bookings`)
      .set('Cookie', citizen.credentials.cookie)
      .set(citizen.credentials.csrfHeader)
      .send({ companionIds: [] });

  function courseInput(titleJa: string, overrides: object = {}) {
    return {
      organisationId,
      titleJa,
      titleEn: 'Promises test',
      summaryJa: '約束のテスト',
      summaryEn: 'A test of promises',
      descriptionJa: 'テストです。',
      descriptionEn: 'A test.',
      lifeStages: ['all_ages'],
      category: 'arts_culture',
      pillar: 2,
      targetAgeMin: null,
      targetAgeMax: null,
      audience: 'everyone',
      feeYen: 0,
      childcareOffered: false,
      whatToBringJa: '',
      whatToBringEn: '',
      instructorNamesJa: '',
      instructorNamesEn: '',
      capacity: 10,
      maxCompanions: 0,
      bookingRule: 'lottery',
      lotteryPriorities: ['residents'],
      applicationOpensAt: new Date(Date.now() - DAY).toISOString(),
      applicationClosesAt: new Date(Date.now() + DAY).toISOString(),
      ...overrides,
    };
  }

  /** Created, given one session in the 20-person room, published; its id and session's day. */
  async function published(titleJa: string, overrides: object = {}, roomId = room20) {
    const created = await as(organiser, 'post', '/api/organiser/courses', {
      ...courseInput(titleJa, overrides),
    });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    const day = juneDay();
    const session = await as(organiser, 'post', `/api/organiser/courses/${id}/sessions`, {
      startsAt: `${day}T10:00:00+09:00`,
      endsAt: `${day}T12:00:00+09:00`,
      roomId,
    });
    expect(session.status).toBe(201);
    const publication = await as(organiser, 'post', `/api/organiser/courses/${id}/publish`);
    expect(publication.status).toBe(200);
    return { id, day, input: courseInput(titleJa, overrides) };
  }

  beforeAll(async () => {
    // The draw here is started by the test; the job runner would race it.
    process.env['JOB_WORKERS'] = 'false';
    t = await createTestApp();
    db = t.database.dataSource;
    await seedDemoData(db, FIXTURE_PLAN);
    organiser = await createTestPerson(db, { roles: [{ role: 'organiser', organisationId }] });
    staff = await createTestPerson(db, { roles: [{ role: 'facility_staff', facilityId: azuma }] });
    citizens = await createCitizens(db, 3);
    const room = (nameJa: string, capacity: number) =>
      as(staff, 'post', `/api/staff/facilities/${azuma}/rooms`, {
        nameJa,
        nameEn: `${nameJa} (test)`,
        capacity,
        feePer30MinYen: 0,
        equipment: [],
        wheelchairAccessible: true,
        hearingLoop: false,
        floor: 2,
      });
    room20 = (await room('約束の部屋', 20)).body.id;
    room5 = (await room('小部屋', 5)).body.id;
    staffRoom = (await room('縮める部屋', 20)).body.id;
  });
  afterAll(async () => {
    await t.close();
    delete process.env['JOB_WORKERS'];
  });

  it('keeps a published lottery a lottery: rule and priorities fixed, no unpublishing with applicants', async () => {
    const { id, input } = await published('変えられない抽選');
    const applied = await book(citizens[0]!, id);
    expect([applied.status, applied.body.status]).toEqual([201, 'applied']);

    const { organisationId: _organisation, ...form } = input;
    const toFirstCome = await as(organiser, 'patch', `/api/organiser/courses/${id}`, {
      ...form,
      bookingRule: 'first_come',
    });
    expect([toFirstCome.status, toFirstCome.body.code]).toEqual([409, 'COURSE_RULES_FIXED']);
    expect(toFirstCome.body.fields).toEqual([
      expect.objectContaining({ field: 'bookingRule', ja: expect.stringContaining('申込方法') }),
    ]);
    expect(toFirstCome.body.messages.en).toContain('cancel the course');

    const priorities = await as(organiser, 'patch', `/api/organiser/courses/${id}`, {
      lotteryPriorities: ['first_time', 'residents'],
    });
    expect([priorities.status, priorities.body.fields[0].field]).toEqual([
      409,
      'lotteryPriorities',
    ]);

    // The form sends every field: unchanged terms with a new title pass.
    const retitled = await as(organiser, 'patch', `/api/organiser/courses/${id}`, {
      ...form,
      titleJa: '変えられない抽選（会場変更なし）',
    });
    expect(retitled.status).toBe(200);

    const unpublished = await as(organiser, 'post', `/api/organiser/courses/${id}/unpublish`);
    expect([unpublished.status, unpublished.body.code]).toEqual([409, 'COURSE_HAS_APPLICANTS']);

    const [booking] = await db.query(`SELECT status FROM bookings WHERE course_id = $1`, [id]);
    expect(booking.status).toBe('applied');
    const record = await callAs(t.http, db, null, 'get', `/api/courses/${id}/lottery`);
    expect([record.status, record.body.state]).toEqual([200, 'accepting']);
  });

  it('does not reopen a drawn lottery by moving its closing time', async () => {
    const { id } = await published('締め切った抽選');
    expect((await book(citizens[0]!, id)).status).toBe(201);
    // Time passes: the window closed a minute ago, and the draw runs.
    await db.query(
      `UPDATE courses SET application_opens_at = now() - interval '2 days',
                          application_closes_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    expect(await t.app.get(LotteryDrawService).draw(id)).toBe('drawn');

    const reopened = await as(organiser, 'patch', `/api/organiser/courses/${id}`, {
      applicationClosesAt: new Date(Date.now() + 3 * DAY).toISOString(),
    });
    expect([reopened.status, reopened.body.code, reopened.body.fields[0].field]).toEqual([
      409,
      'COURSE_RULES_FIXED',
      'applicationClosesAt',
    ]);
    // The form re-sends every field, times to the minute: fixing a typo after the draw passes.
    const edit = await as(organiser, 'get', `/api/organiser/courses/${id}/edit`);
    const toMinute = (instant: string) => `${new Date(instant).toISOString().slice(0, 16)}:00Z`;
    const typo = await as(organiser, 'patch', `/api/organiser/courses/${id}`, {
      titleJa: '締め切った抽選（誤字修正）',
      bookingRule: 'lottery',
      lotteryPriorities: ['residents'],
      applicationOpensAt: toMinute(edit.body.applicationOpensAt),
      applicationClosesAt: toMinute(edit.body.applicationClosesAt),
    });
    expect(typo.status).toBe(200);
    expect(Date.parse(typo.body.applicationClosesAt)).toBe(
      Date.parse(edit.body.applicationClosesAt),
    );
    const late = await book(citizens[1]!, id);
    expect([late.status, late.body.code]).toEqual([409, 'BOOKING_CLOSED']);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM bookings WHERE course_id = $1`,
      [id],
    );
    expect(count).toBe(1);
  });

  it('holds the checks of publication for every later edit (window, sessions, capacity vs room)', async () => {
    const { id, day } = await published('公開後の確認', {
      bookingRule: 'first_come',
      lotteryPriorities: [],
    });
    const patch = (body: object) => as(organiser, 'patch', `/api/organiser/courses/${id}`, body);
    const addSession = (startsAt: string, endsAt: string, roomId = room20) =>
      as(organiser, 'post', `/api/organiser/courses/${id}/sessions`, { startsAt, endsAt, roomId });

    const afterLast = await patch({ applicationClosesAt: `${day}T18:00:00+09:00` });
    expect([afterLast.status, afterLast.body.fields[0].field]).toEqual([
      400,
      'applicationClosesAt',
    ]);
    expect(afterLast.body.fields[0].en).toContain('before the first session');
    const inThePast = await patch({
      applicationClosesAt: new Date(Date.now() - DAY).toISOString(),
    });
    expect([inThePast.status, inThePast.body.fields[0].field]).toEqual([
      400,
      'applicationClosesAt',
    ]);

    const in2020 = await addSession('2020-06-03T10:00:00+09:00', '2020-06-03T12:00:00+09:00');
    expect([in2020.status, in2020.body.fields[0].field]).toEqual([400, 'startsAt']);
    expect(in2020.body.fields[0].en).toContain('past');
    // Before applications close: the course would start while people still apply.
    const tomorrow = new Date(Date.now() + 2 * 3600_000);
    const early = await addSession(
      tomorrow.toISOString(),
      new Date(tomorrow.getTime() + 3600_000).toISOString(),
    );
    expect([early.status, early.body.fields.map((f: { field: string }) => f.field)]).toEqual([
      400,
      ['startsAt'],
    ]);
    // Moving the session into 2020 is refused the same way.
    const edit = await as(organiser, 'get', `/api/organiser/courses/${id}/edit`);
    const moved = await as(
      organiser,
      'patch',
      `/api/organiser/courses/${id}/sessions/${edit.body.sessions[0].id}`,
      {
        startsAt: '2020-06-03T10:00:00+09:00',
        endsAt: '2020-06-03T12:00:00+09:00',
        roomId: room20,
      },
    );
    expect([moved.status, moved.body.fields[0].field]).toEqual([400, 'startsAt']);

    const huge = await patch({ capacity: 1000 });
    expect([huge.status, huge.body.fields[0].field]).toEqual([400, 'capacity']);
    expect(huge.body.fields[0].ja).toContain('20人');
    expect((await patch({ capacity: 20 })).status).toBe(200);
    const smallRoom = await addSession(`${day}T14:00:00+09:00`, `${day}T15:00:00+09:00`, room5);
    expect([smallRoom.status, smallRoom.body.fields[0].field]).toEqual([400, 'roomId']);

    const after = await as(organiser, 'get', `/api/organiser/courses/${id}/edit`);
    expect([after.body.capacity, after.body.sessions.length]).toEqual([20, 1]);
  });

  it('refuses a session in the past even in a draft, and publishing one', async () => {
    const created = await as(
      organiser,
      'post',
      '/api/organiser/courses',
      courseInput('過去の下書き'),
    );
    const past = await as(organiser, 'post', `/api/organiser/courses/${created.body.id}/sessions`, {
      startsAt: '2020-06-03T10:00:00+09:00',
      endsAt: '2020-06-03T12:00:00+09:00',
      roomId: room20,
    });
    expect([past.status, past.body.fields[0].field]).toEqual([400, 'startsAt']);
    // A draft that still holds one (copied, or written before this check) is not published.
    await db.query(
      `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
       VALUES ($1, $2, '2020-06-03T10:00:00+09:00', '2020-06-03T12:00:00+09:00')`,
      [created.body.id, room20],
    );
    const publication = await as(
      organiser,
      'post',
      `/api/organiser/courses/${created.body.id}/publish`,
    );
    expect([publication.status, publication.body.fields[0].field]).toEqual([400, 'sessions']);
    expect(publication.body.fields[0].en).toContain('in the past');
  });

  it('refuses staff shrinking a room below the published courses booked in it, naming them', async () => {
    const { id } = await published(
      '部屋を縮めない講座',
      {
        bookingRule: 'first_come',
        lotteryPriorities: [],
        capacity: 18,
      },
      staffRoom,
    );
    expect((await book(citizens[2]!, id)).body.status).toBe('confirmed');
    const shrink = (capacity: number) =>
      as(staff, 'patch', `/api/staff/facilities/${azuma}/rooms/${staffRoom}`, { capacity });

    const refused = await shrink(12);
    expect([refused.status, refused.body.code]).toEqual([409, 'ROOM_TOO_SMALL_FOR_COURSES']);
    expect(refused.body.messages.ja).toContain('部屋を縮めない講座');
    expect(refused.body.conflicts[0]).toMatchObject({
      kind: 'course_session',
      nameJa: '部屋を縮めない講座',
    });
    const [room] = await db.query(`SELECT capacity FROM rooms WHERE id = $1`, [staffRoom]);
    expect(room.capacity).toBe(20);

    // Down to what the courses take, or other fields, is fine.
    expect((await shrink(18)).status).toBe(200);
    const renamed = await as(staff, 'patch', `/api/staff/facilities/${azuma}/rooms/${staffRoom}`, {
      nameEn: 'Promise room',
    });
    expect(renamed.status).toBe(200);
    // Once the course is cancelled, the room may shrink.
    expect((await as(organiser, 'post', `/api/organiser/courses/${id}/cancel`)).status).toBe(200);
    expect((await shrink(12)).status).toBe(200);
  });
});
