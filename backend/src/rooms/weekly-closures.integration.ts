import { addDays } from '../common/time/japan-time';
import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';

/**
 * A weekly closing day (毎週月曜休館) entered once: it closes the facility's rooms for hires and
 * course sessions on every such Japan day in its range, as dated closures do — the reservation
 * trigger decides, so every way of writing a reservation obeys it — and calendars, availability
 * and the public page show it. July 2031, far from the demo's courses (Mondays 7, 14, 28; the
 * 21st is Marine Day).
 */
describe('weekly closing days', () => {
  const clock = new SettableClock('2031-06-02T10:00:00+09:00');
  let t: TestApp;
  const azuma = seedId('facility', 'azuma');
  const day = (d: number, month = 7) =>
    `2031-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const at = (d: number, time: string, month = 7) => `${day(d, month)}T${time}:00+09:00`;
  let staff: TestPerson;
  let roomId: string;

  const as = (
    person: TestPerson | null,
    method: 'get' | 'post' | 'delete',
    path: string,
    body?: object,
  ) => callAs(t.http, t.database.dataSource, person, method, path, body);
  const staffApi = (method: 'get' | 'post' | 'delete', path: string, body?: object) =>
    as(staff, method, `/api/staff/facilities/${azuma}${path}`, body);
  const hire = (d: number, from: string, to: string, month = 7, groupName = '吾妻コーラスの会') =>
    staffApi('post', '/reservations', {
      roomId,
      groupName,
      startsAt: at(d, from, month),
      endsAt: at(d, to, month),
    });
  const weekly = (body: object) => staffApi('post', '/weekly-closures', body);
  /** The SQLSTATE the database answers a reservation written straight into the table with. */
  const insertState = async (startsAt: string, endsAt: string): Promise<string | null> => {
    try {
      await t.database.dataSource.query(
        `INSERT INTO room_reservations (room_id, during, kind, group_name)
         VALUES ($1, tstzrange($2, $3), 'hire', '夜の会')`,
        [roomId, startsAt, endsAt],
      );
      return null;
    } catch (error: unknown) {
      return (error as { driverError?: { code?: string } }).driverError?.code ?? 'unknown';
    }
  };

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    staff = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'facility_staff', facilityId: azuma }],
    });
    [{ id: roomId }] = await t.database.dataSource.query(
      `SELECT id FROM rooms WHERE facility_id = $1 ORDER BY name_ja LIMIT 1`,
      [azuma],
    );
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a rule it cannot read, with a message per field', async () => {
    const bad = await weekly({ weekday: 7, from: '2031-07-07' });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['weekday']);
    const backwards = await weekly({ weekday: 1, from: day(14), to: day(7) });
    expect([backwards.status, backwards.body.fields[0].field]).toEqual([400, 'to']);
    const notADate = await weekly({ weekday: 1, from: '2031-02-30' });
    expect([notADate.status, notADate.body.fields[0].field]).toEqual([400, 'from']);
  });

  it('closes every Monday from its first day, open ended, for hires, and no other day', async () => {
    expect((await hire(30, '10:00', '11:00', 6)).status).toBe(201); // Monday 30 June: before it
    const created = await weekly({ weekday: 1, from: day(7) });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      weekday: 1,
      from: day(7),
      to: null,
      reasonJa: '毎週月曜日休館',
      reasonEn: 'Closed every Monday',
    });

    const refused = await hire(14, '10:00', '11:00');
    expect([refused.status, refused.body.code]).toEqual([409, 'FACILITY_CLOSED']);
    expect(refused.body.messages.ja).toBe(
      'その日は休館日です（毎週月曜日休館）。別の日を選んでください。',
    );
    // The closed day is the Japan day: Monday 00:00 in Japan is Sunday 15:00 UTC.
    expect(refused.body.conflict).toEqual({
      kind: 'closure',
      nameJa: '毎週月曜日休館',
      nameEn: 'Closed every Monday',
      startsAt: '2031-07-13T15:00:00.000Z',
      endsAt: '2031-07-14T15:00:00.000Z',
    });
    expect((await hire(8, '10:00', '11:00', 12)).status).toBe(409); // open ended: December too
    expect((await hire(13, '10:00', '11:00')).status).toBe(201); // Sunday
    expect((await hire(15, '10:00', '11:00')).status).toBe(201); // Tuesday

    // A second Monday rule over the same dates: one rule per weekday at a time.
    const twice = await weekly({ weekday: 1, from: day(1, 8), to: day(31, 8) });
    expect([twice.status, twice.body.code]).toEqual([409, 'WEEKLY_CLOSURE_OVERLAPS']);
  });

  it('decides at midnight in Japan: Monday 00:00 (Sunday 15:00 UTC) is closed, Sunday 23:00 is not', async () => {
    // Monday 28 July 00:00–01:00 in Japan: refused as closed (TSR01) before the opening hours.
    expect(await insertState('2031-07-27T15:00:00Z', '2031-07-27T16:00:00Z')).toBe('TSR01');
    // Sunday 27 July 23:00–24:00 in Japan: not a closed day, only outside the opening hours.
    expect(await insertState('2031-07-27T14:00:00Z', '2031-07-27T15:00:00Z')).toBe('TSR02');
  });

  it('refuses a course session moved onto a closed Monday, in the database', async () => {
    const [session] = await t.database.dataSource.query(
      `SELECT s.id FROM course_sessions s JOIN rooms r ON r.id = s.room_id
        WHERE r.facility_id = $1 LIMIT 1`,
      [azuma],
    );
    let state: string | null = null;
    try {
      await t.database.dataSource.query(
        `UPDATE course_sessions SET starts_at = $2, ends_at = $3 WHERE id = $1`,
        [session.id, at(28, '10:00'), at(28, '12:00')],
      );
    } catch (error: unknown) {
      state = (error as { driverError?: { code?: string } }).driverError?.code ?? 'unknown';
    }
    expect(state).toBe('TSR01');
  });

  it('shows the closed Mondays in the calendar, the availability and the public page', async () => {
    const calendar = await staffApi('get', `/calendar?from=${day(13)}&days=2`);
    expect(calendar.status).toBe(200);
    expect(calendar.body.closures).toEqual([
      expect.objectContaining({
        kind: 'weekly',
        from: day(14),
        to: day(14),
        reasonJa: '毎週月曜日休館',
      }),
    ]);
    const monday = await as(staff, 'get', `/api/facilities/${azuma}/availability?date=${day(14)}`);
    expect(monday.body.closure).toMatchObject({ kind: 'weekly', reasonEn: 'Closed every Monday' });
    expect(monday.body.rooms.every((room: { free: unknown[] }) => room.free.length === 0)).toBe(
      true,
    );
    const sunday = await as(staff, 'get', `/api/facilities/${azuma}/availability?date=${day(13)}`);
    expect(sunday.body.closure).toBeUndefined();

    // The public page: anyone, no account.
    const closures = await as(null, 'get', `/api/facilities/${azuma}/closures`);
    expect(closures.status).toBe(200);
    expect(closures.body.weekly).toEqual([
      expect.objectContaining({ weekday: 1, from: day(7), to: null, reasonJa: '毎週月曜日休館' }),
    ]);
    // The dated list stays the dated closures; the weekly days are not repeated in it.
    expect(closures.body.upcoming.every((c: { kind: string }) => c.kind !== 'weekly')).toBe(true);
    const unknown = await as(
      null,
      'get',
      `/api/facilities/${seedId('facility', 'nowhere')}/closures`,
    );
    expect([unknown.status, unknown.body.code]).toEqual([404, 'FACILITY_NOT_FOUND']);
  });

  it('refuses a rule over reserved days, naming them; a range that spares them is fine', async () => {
    expect((await hire(8, '10:00', '11:00', 7, '読書会')).status).toBe(201); // Tuesday 8
    const refused = await weekly({ weekday: 2, from: day(1), to: day(31) });
    expect([refused.status, refused.body.code, refused.body.conflictCount]).toEqual([
      409,
      'CLOSURE_HAS_RESERVATIONS',
      2, // the 読書会 on the 8th and the choir on the 15th
    ]);
    expect(refused.body.conflicts.map((c: { nameJa: string }) => c.nameJa)).toEqual([
      '読書会',
      '吾妻コーラスの会',
    ]);
    const spared = await weekly({ weekday: 2, from: day(16), to: day(31) });
    expect(spared.status).toBe(201);
    expect(spared.body.to).toBe(day(31));
    expect((await hire(22, '10:00', '11:00')).status).toBe(409);
    expect((await hire(5, '10:00', '11:00', 8)).status).toBe(201); // Tuesday 5 August: after it
    const list = await staffApi('get', '/weekly-closures');
    expect(list.body.map((rule: { weekday: number }) => rule.weekday)).toEqual([1, 2]);
  });

  it('a rule racing new hires never leaves a hire on a day it closes', async () => {
    // Thirteen Wednesdays from 2 July: each a one-day rule racing three hires that day.
    for (let week = 0; week < 13; week++) {
      const date = addDays(day(2), 7 * week);
      const hireOn = (from: string, to: string, groupName: string) =>
        staffApi('post', '/reservations', {
          roomId,
          groupName,
          startsAt: `${date}T${from}:00+09:00`,
          endsAt: `${date}T${to}:00+09:00`,
        });
      const [rule, ...hires] = await Promise.all([
        weekly({ weekday: 3, from: date, to: date }),
        hireOn('10:00', '11:00', 'A'),
        hireOn('13:00', '14:00', 'B'),
        hireOn('15:00', '16:00', 'C'),
      ]);
      if (rule.status === 201) {
        for (const response of hires) {
          expect([response.status, response.body.code]).toEqual([409, 'FACILITY_CLOSED']);
        }
      } else {
        expect([rule.status, rule.body.code]).toEqual([409, 'CLOSURE_HAS_RESERVATIONS']);
        expect(hires.map((response) => response.status)).toEqual([201, 201, 201]);
      }
    }
    const [{ stranded }] = await t.database.dataSource.query(
      `SELECT count(*)::int AS stranded
         FROM room_reservations rr JOIN rooms r ON r.id = rr.room_id
         JOIN facility_weekly_closures w ON w.facility_id = r.facility_id
          AND w.weekday = extract(dow FROM lower(rr.during) AT TIME ZONE 'Asia/Tokyo')::int
          AND w.during @> (lower(rr.during) AT TIME ZONE 'Asia/Tokyo')::date
        WHERE r.facility_id = $1`,
      [azuma],
    );
    expect(stranded).toBe(0);
  });

  it('opens the days again when the rule is removed', async () => {
    const [monday] = (await staffApi('get', '/weekly-closures')).body;
    expect((await staffApi('delete', `/weekly-closures/${monday.id}`)).status).toBe(204);
    const again = await staffApi('delete', `/weekly-closures/${monday.id}`);
    expect([again.status, again.body.code]).toEqual([404, 'CLOSURE_NOT_FOUND']);
    expect((await hire(14, '10:00', '11:00')).status).toBe(201);
    const [{ count }] = await t.database.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_log
        WHERE action IN ('closure.created', 'closure.deleted') AND details->>'kind' = 'weekly'`,
    );
    expect(count).toBeGreaterThanOrEqual(3);
  });
});
