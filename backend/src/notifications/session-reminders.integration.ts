import { newBookingCode } from '../bookings/booking-code';
import { seedDemoData } from '../demo/seeder';
import { createBookableCourse, createCitizens } from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import { SessionRemindersService } from './session-reminders.service';

/**
 * The day-before reminders at the awkward instants: only from 9:00 to 21:00 Japan time, and
 * "tomorrow" is the Japanese calendar day (the last day of the fiscal year → 1 April).
 */
describe('session reminders by the clock', () => {
  let t: TestApp;
  let reminders: SessionRemindersService;
  let tomorrowSession: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    reminders = t.app.get(SessionRemindersService);
    const db = t.database.dataSource;
    const course = (startsAt: string) =>
      createBookableCourse(db, {
        capacity: 5,
        opensAt: new Date('2027-03-01T09:00:00+09:00'),
        closesAt: new Date('2027-03-25T17:00:00+09:00'),
        startsAt: new Date(startsAt),
      });
    // 10:00 on 1 April in Japan (01:00 UTC), and on 2 April.
    const tomorrow = await course('2027-04-01T10:00:00+09:00');
    const dayAfter = await course('2027-04-02T10:00:00+09:00');
    tomorrowSession = tomorrow.sessionIds[0]!;
    const [citizen] = await createCitizens(db, 1);
    for (const { courseId } of [tomorrow, dayAfter]) {
      await db.query(
        `INSERT INTO bookings (course_id, user_id, code, status, party_size, confirmed_at)
         VALUES ($1, $2, $3, 'confirmed', 1, now())`,
        [courseId, citizen!.userId, newBookingCode()],
      );
    }
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const queuedSessions = async () =>
    (
      await t.database.dataSource.query(
        `SELECT session_id AS "sessionId" FROM notifications WHERE kind = 'session_reminder'`,
      )
    ).map((row: { sessionId: string }) => row.sessionId);

  it('queues nothing at 08:59:59 Japan time', async () => {
    expect(await reminders.queueReminders(new Date('2027-03-31T08:59:59+09:00'))).toBe(0);
    expect(await queuedSessions()).toEqual([]);
  });

  it('queues nothing at 22:00 Japan time', async () => {
    expect(await reminders.queueReminders(new Date('2027-03-31T22:00:00+09:00'))).toBe(0);
  });

  it('queues at 21:00 on 31 March the sessions of 1 April (Japan), not those of 2 April', async () => {
    expect(await reminders.queueReminders(new Date('2027-03-31T21:00:00+09:00'))).toBe(1);
    expect(await queuedSessions()).toEqual([tomorrowSession]);
  });
});
