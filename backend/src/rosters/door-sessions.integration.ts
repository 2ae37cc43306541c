import { addDays, japanDate, startOfJapanDay } from '../common/time/japan-time';
import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_COURSES, FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';

/**
 * The door's 今日 page (GET /api/staff/sessions): today's and tomorrow's sessions at the
 * caller's facilities, by Japan days of the app's clock, with the people booked and checked in.
 */
describe("the door's today: GET /api/staff/sessions", () => {
  const clock = new SettableClock();
  let t: TestApp;
  const azuma = seedId('facility', 'azuma');
  const oho = seedId('facility', 'oho');
  const courseId = seedId('course', FIXTURE_COURSES.parenting.key);
  let session: { id: string; startsAt: Date };
  let staffAzuma: TestPerson;
  let staffOho: TestPerson;
  let organiser: TestPerson;

  const sessionsAs = (person: TestPerson) =>
    callAs(t.http, t.database.dataSource, person, 'get', '/api/staff/sessions');

  beforeAll(async () => {
    t = await createTestApp({ clock });
    const db = t.database.dataSource;
    await seedDemoData(db, FIXTURE_PLAN);
    staffAzuma = await createTestPerson(db, {
      roles: [{ role: 'facility_staff', facilityId: azuma }],
    });
    staffOho = await createTestPerson(db, { roles: [{ role: 'facility_staff', facilityId: oho }] });
    organiser = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: seedId('organisation', 'kosodate') }],
    });
    [session] = await db.query(
      `SELECT s.id, s.starts_at AS "startsAt" FROM course_sessions s
         JOIN rooms r ON r.id = s.room_id
        WHERE s.course_id = $1 AND r.facility_id = $2 ORDER BY s.starts_at LIMIT 1`,
      [courseId, azuma],
    );
    // Known counts: two confirmed bookings (3 people and 1), one waiting; the party of 3 in.
    await db.query(`DELETE FROM bookings WHERE course_id = $1`, [courseId]);
    await db.query(`UPDATE courses SET booked_count = 4 WHERE id = $1`, [courseId]);
    const book = async (code: string, status: string, partySize: number) => {
      const person = await createTestPerson(db);
      const [row] = await db.query(
        `INSERT INTO bookings (course_id, user_id, code, status, party_size, queue_position, confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $4 = 'confirmed' THEN now() END) RETURNING id`,
        [courseId, person.userId, code, status, partySize, status === 'waiting' ? 1 : null],
      );
      return row.id as string;
    };
    const family = await book('D2D3D4D5', 'confirmed', 3);
    await book('D6D7D8D9', 'confirmed', 1);
    await book('DADBDCDE', 'waiting', 2);
    await db.query(
      `INSERT INTO session_attendance (session_id, booking_id, status, checked_in_at)
       VALUES ($1, $2, 'present', now())`,
      [session.id, family],
    );
    // The family asks childcare for two children; the course offers it.
    await db.query(`UPDATE courses SET childcare_offered = true WHERE id = $1`, [courseId]);
    await db.query(`UPDATE bookings SET childcare_ages = '{2,4}' WHERE id = $1`, [family]);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('lists a session on its day from 00:00 in Japan (15:00 UTC the day before), with who is booked and who is in', async () => {
    const day = japanDate(session.startsAt);
    clock.set(startOfJapanDay(day)); // midnight in Japan
    const response = await sessionsAs(staffAzuma);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.today).toBe(day);
    expect(response.body.tomorrow).toBe(addDays(day, 1));
    const found = response.body.sessions.find(
      (s: { sessionId: string }) => s.sessionId === session.id,
    );
    expect(found).toMatchObject({
      courseId,
      facilityId: azuma,
      status: 'scheduled',
      people: 4,
      checkedIn: 3,
      childcareOffered: true,
      childcareChildren: 2,
    });
    // Only today's and tomorrow's sessions, only at 吾妻, in time order.
    const starts = response.body.sessions.map((s: { startsAt: string }) => s.startsAt);
    expect([...starts].sort()).toEqual(starts);
    for (const s of response.body.sessions) {
      expect(s.facilityId).toBe(azuma);
      expect([day, addDays(day, 1)]).toContain(japanDate(s.startsAt));
    }
  });

  it('lists it as tomorrow the day before, and no longer two days before or the day after', async () => {
    const day = japanDate(session.startsAt);
    const ids = async () =>
      (await sessionsAs(staffAzuma)).body.sessions.map((s: { sessionId: string }) => s.sessionId);
    clock.set(startOfJapanDay(addDays(day, -1)));
    expect(await ids()).toContain(session.id);
    // 23:59:59 in Japan two days before: the session is the day after tomorrow.
    clock.set(new Date(startOfJapanDay(addDays(day, -1)).getTime() - 1000));
    expect(await ids()).not.toContain(session.id);
    clock.set(startOfJapanDay(addDays(day, 1)));
    expect(await ids()).not.toContain(session.id);
  });

  it("shows nothing of another facility's sessions, and refuses callers who are not staff", async () => {
    clock.set(startOfJapanDay(japanDate(session.startsAt)));
    const oho = await sessionsAs(staffOho);
    expect(oho.status).toBe(200);
    expect(oho.body.sessions.map((s: { sessionId: string }) => s.sessionId)).not.toContain(
      session.id,
    );
    expect((await sessionsAs(organiser)).status).toBe(403);
  });
});
