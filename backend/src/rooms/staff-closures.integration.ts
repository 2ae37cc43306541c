import { japanDate } from '../common/time/japan-time';
import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';

/**
 * Closures and opening hours must not strand reservations: a closure over reserved days, or
 * hours that would leave reservations outside, are refused with 409 naming those reservations
 * (staff move or cancel them first), and a closure racing new reservations never ends up with
 * a reservation on a closed day.
 */
describe('staff console: closures and opening hours against existing reservations', () => {
  let t: TestApp;
  const azuma = seedId('facility', 'azuma');
  const year = Number(japanDate(new Date()).slice(0, 4));
  // Early July of next year: no public holiday (Marine Day is the third Monday).
  const date = (day: number) => `${year + 1}-07-${String(day).padStart(2, '0')}`;
  const at = (day: number, time: string) => `${date(day)}T${time}:00+09:00`;
  let staff: TestPerson;
  let roomId: string;

  const as = (person: TestPerson, method: 'get' | 'post' | 'put', path: string, body?: object) =>
    callAs(
      t.http,
      t.database.dataSource,
      person,
      method,
      `/api/staff/facilities/${azuma}${path}`,
      body,
    );
  const hire = (day: number, from: string, to: string, groupName = '吾妻コーラスの会') =>
    as(staff, 'post', '/reservations', {
      roomId,
      groupName,
      startsAt: at(day, from),
      endsAt: at(day, to),
    });
  const closure = (from: number, to = from) =>
    as(staff, 'post', '/closures', {
      from: date(from),
      to: date(to),
      kind: 'maintenance',
      reasonJa: '空調設備点検のため休館',
      reasonEn: 'Closed for air-conditioning maintenance',
    });
  const hours = (opensAt: string, closesAt: string) =>
    as(staff, 'put', '/hours', { opensAt, closesAt, closedOnPublicHolidays: false });

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    staff = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'facility_staff', facilityId: azuma }],
    });
    const created = await as(staff, 'post', '/rooms', {
      nameJa: '音楽室',
      nameEn: 'Music room',
      capacity: 30,
      feePer30MinYen: 250,
      equipment: ['piano'],
      wheelchairAccessible: true,
      hearingLoop: false,
      floor: 2,
    });
    expect(created.status).toBe(201);
    roomId = created.body.id;
  });
  afterAll(() => t.close());

  it('refuses a closure over reserved days, naming the reservations in time order', async () => {
    for (const [day, from, to, group] of [
      [6, '14:00', '15:00', '囲碁の会'],
      [6, '10:00', '12:00', '吾妻コーラスの会'],
      [7, '10:00', '11:00', '読書会'],
      [7, '19:00', '21:00', '卓球クラブ'],
    ] as const) {
      expect((await hire(day, from, to, group)).status).toBe(201);
    }
    const refused = await closure(6, 7);
    expect([refused.status, refused.body.code, refused.body.conflictCount]).toEqual([
      409,
      'CLOSURE_HAS_RESERVATIONS',
      4,
    ]);
    expect(refused.body.conflicts.map((c: { nameJa: string }) => c.nameJa)).toEqual([
      '吾妻コーラスの会',
      '囲碁の会',
      '読書会',
      '卓球クラブ',
    ]);
    expect(refused.body.conflicts[0]).toEqual({
      kind: 'hire',
      nameJa: '吾妻コーラスの会',
      nameEn: '吾妻コーラスの会',
      roomNameJa: '音楽室',
      roomNameEn: 'Music room',
      startsAt: new Date(at(6, '10:00')).toISOString(),
      endsAt: new Date(at(6, '12:00')).toISOString(),
    });
    const weekday = (day: number) => new Date(`${date(day)}T00:00:00Z`).toUTCString().slice(0, 3);
    expect(refused.body.messages.en).toBe(
      `4 reservations fall in this period: ${weekday(6)} 6 Jul, 10:00–12:00, Music room: ` +
        `"吾妻コーラスの会"; ${weekday(6)} 6 Jul, 14:00–15:00, Music room: "囲碁の会"; ` +
        `${weekday(7)} 7 Jul, 10:00–11:00, Music room: "読書会"; and 1 more. ` +
        'Move or cancel them first, then add the closure.',
    );
    expect(refused.body.messages.ja).toContain('この期間には予約が4件入っています：7月6日');
    expect(refused.body.messages.ja).toContain('ほか1件');
    const [{ count }] = await t.database.dataSource.query(
      `SELECT count(*)::int AS count FROM facility_closures WHERE facility_id = $1 AND kind = 'maintenance'`,
      [azuma],
    );
    expect(count).toBe(0);

    // Days either side are free: a closure there is fine (whole Japan days, no overlap).
    expect((await closure(5)).status).toBe(201);
    expect((await closure(8, 9)).status).toBe(201);
  });

  it('names a course session in the way, with its course title', async () => {
    // A fixture course's session at the centre, from the database, whatever day it falls on.
    const [session] = await t.database.dataSource.query(
      `SELECT (s.starts_at AT TIME ZONE 'Asia/Tokyo')::date::text AS day, c.title_ja AS "titleJa"
         FROM course_sessions s JOIN courses c ON c.id = s.course_id
         JOIN rooms r ON r.id = s.room_id
        WHERE r.facility_id = $1 AND s.status = 'scheduled' AND s.starts_at > now()
        ORDER BY s.starts_at LIMIT 1`,
      [azuma],
    );
    const refused = await as(staff, 'post', '/closures', {
      from: session.day,
      to: session.day,
      kind: 'other',
      reasonJa: '臨時休館',
      reasonEn: 'Closed',
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'CLOSURE_HAS_RESERVATIONS']);
    expect(refused.body.conflicts).toContainEqual(
      expect.objectContaining({ kind: 'course_session', nameJa: session.titleJa }),
    );
    expect(refused.body.message).toContain(`講座「${session.titleJa}」`);
  });

  it('refuses opening hours that would leave reservations outside, and changes nothing', async () => {
    expect((await hire(13, '19:30', '21:00')).status).toBe(201);
    // The fixture's sessions at the centre run 09:30–20:00 at the widest.
    const later = await hours('09:00', '20:30');
    expect([later.status, later.body.code, later.body.conflictCount]).toEqual([
      409,
      'HOURS_EXCLUDE_RESERVATIONS',
      // The 19:00–21:00 hire of the first test, and this one.
      2,
    ]);
    expect(later.body.conflicts.map((c: { startsAt: string }) => c.startsAt)).toEqual([
      new Date(at(7, '19:00')).toISOString(),
      new Date(at(13, '19:30')).toISOString(),
    ]);
    expect(later.body.messages.ja).toContain(
      '新しい開館時間（祝日の休館を含む）の外になる予約が2件あります',
    );
    const calendar = await as(staff, 'get', `/calendar?from=${date(13)}`);
    expect([calendar.body.opensAt, calendar.body.closesAt]).toEqual(['09:00', '21:30']);

    const earlier = await hours('10:00', '21:30');
    expect([earlier.status, earlier.body.conflicts?.[0]?.kind]).toEqual([409, 'course_session']);

    // Ending exactly when the last reservation ends is fine.
    const fits = await hours('09:00', '21:00');
    expect([fits.status, fits.body.closesAt]).toEqual([200, '21:00']);
    expect((await as(staff, 'get', '/hours')).body).toEqual({
      opensAt: '09:00',
      closesAt: '21:00',
      closedOnPublicHolidays: false,
    });
    expect((await hours('09:00', '21:30')).status).toBe(200);
  });

  it('a closure racing new reservations never leaves a reservation on a closed day', async () => {
    for (const day of [20, 21, 22, 23, 26, 27]) {
      const [closed, ...hires] = await Promise.all([
        closure(day),
        hire(day, '10:00', '11:00', 'A'),
        hire(day, '13:00', '14:00', 'B'),
        hire(day, '15:00', '16:00', 'C'),
      ]);
      if (closed.status === 201) {
        // Any hire that had won before the closure would have refused it.
        for (const response of hires) {
          expect([response.status, response.body.code]).toEqual([409, 'FACILITY_CLOSED']);
        }
      } else {
        expect([closed.status, closed.body.code]).toEqual([409, 'CLOSURE_HAS_RESERVATIONS']);
        expect(hires.map((response) => response.status)).toEqual([201, 201, 201]);
        expect(closed.body.conflictCount).toBeGreaterThanOrEqual(1);
      }
    }
    const [{ stranded }] = await t.database.dataSource.query(
      `SELECT count(*)::int AS stranded
         FROM room_reservations rr JOIN rooms r ON r.id = rr.room_id
         JOIN facility_closures c ON c.facility_id = r.facility_id
          AND c.during && daterange((lower(rr.during) AT TIME ZONE 'Asia/Tokyo')::date,
                                    (upper(rr.during) AT TIME ZONE 'Asia/Tokyo')::date, '[]')
        WHERE r.facility_id = $1`,
      [azuma],
    );
    expect(stranded).toBe(0);
  });
});
