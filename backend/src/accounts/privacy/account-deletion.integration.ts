import request from 'supertest';
import { seedDemoData } from '../../demo/seeder';
import {
  createBookableCourse,
  createCitizens,
  type TestCitizen,
} from '../../testing/booking-fixture';
import { FIXTURE_PLAN } from '../../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { hashPassword } from '../security/passwords';

const PASSWORD = 'sayonara-tsukuba-2026';

/**
 * Issue 10, finding 3: a deleted account gives back what it held and leaves nothing that still
 * reads it; "log out everywhere" ends the calendar feed too.
 */
describe('accounts: deleting an account and logging out everywhere', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.database.dataSource;
  const as = (citizen: TestCitizen) => ({
    get: (path: string) => request(t.http).get(path).set('Cookie', citizen.credentials.cookie),
    send: (method: 'post' | 'delete', path: string, body: object = {}) => {
      const call = method === 'post' ? request(t.http).post(path) : request(t.http).delete(path);
      return call
        .set('Cookie', citizen.credentials.cookie)
        .set(citizen.credentials.csrfHeader)
        .send(body);
    },
  });
  const feedOf = async (citizen: TestCitizen): Promise<string> => {
    const created = await as(citizen).send('post', '/api/me/calendar-feed');
    expect(created.status).toBe(201);
    return new URL(created.body.url).pathname;
  };

  it('cancels the seats the person held, promotes the waiting list and ends the feed', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 1 });
    const [leaving, waiting] = await createCitizens(db(), 2);
    await db().query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [
      leaving!.userId,
      await hashPassword(PASSWORD),
    ]);
    const held = await as(leaving!).send('post', `/api/courses/${courseId}/bookings`, {
      companionIds: [],
    });
    expect(held.body.status).toBe('confirmed');
    const queued = await as(waiting!).send('post', `/api/courses/${courseId}/bookings`, {
      companionIds: [],
      joinWaitlist: true,
    });
    expect(queued.body.status).toBe('waiting');
    const feed = await feedOf(leaving!);
    const before = await request(t.http).get(feed);
    expect(before.text).toContain('予約テスト講座');

    const deleted = await as(leaving!).send('delete', '/api/me', { currentPassword: PASSWORD });
    expect(deleted.status).toBe(204);

    // The feed no longer answers: no course names, no booking codes.
    const after = await request(t.http).get(feed);
    expect(after.status).toBe(404);
    expect(after.text).not.toContain('予約テスト講座');
    // The seat went to the waiting person, through the usual promotion.
    const promoted = await as(waiting!).get(`/api/me/bookings/${queued.body.id}`);
    expect(promoted.body.status).toBe('confirmed');
    const [course] = await db().query(
      `SELECT booked_count AS "bookedCount" FROM courses WHERE id = $1`,
      [courseId],
    );
    expect(course.bookedCount).toBe(1);
    const [booking] = await db().query(
      `SELECT status, cancelled_by AS "cancelledBy" FROM bookings WHERE id = $1`,
      [held.body.id],
    );
    expect(booking).toEqual({ status: 'cancelled', cancelledBy: 'citizen' });
    const [audit] = await db().query(
      `SELECT details FROM audit_log WHERE action = 'account.deleted' AND subject_user_id = $1`,
      [leaving!.userId],
    );
    expect(audit.details).toEqual({ bookingsCancelled: 1 });
    expect(
      await db().query(`SELECT 1 FROM calendar_feeds WHERE user_id = $1`, [leaving!.userId]),
    ).toEqual([]);
  });

  it('keeps the bookings of courses that are over, for the statistics', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 5 });
    const [leaving] = await createCitizens(db(), 1);
    await db().query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [
      leaving!.userId,
      await hashPassword(PASSWORD),
    ]);
    const held = await as(leaving!).send('post', `/api/courses/${courseId}/bookings`, {
      companionIds: [],
    });
    // The course took place: its sessions are in the past, at 10:00–12:00 Japan time eight days
    // ago (within the centre's opening hours whatever the hour the test runs at).
    await db().query(
      `UPDATE course_sessions
          SET starts_at = (date_trunc('day', now() AT TIME ZONE 'Asia/Tokyo') - interval '8 days'
                           + interval '10 hours') AT TIME ZONE 'Asia/Tokyo',
              ends_at = (date_trunc('day', now() AT TIME ZONE 'Asia/Tokyo') - interval '8 days'
                         + interval '12 hours') AT TIME ZONE 'Asia/Tokyo'
        WHERE course_id = $1`,
      [courseId],
    );
    expect(
      (await as(leaving!).send('delete', '/api/me', { currentPassword: PASSWORD })).status,
    ).toBe(204);
    const [booking] = await db().query(`SELECT status FROM bookings WHERE id = $1`, [held.body.id]);
    expect(booking.status).toBe('confirmed');
  });

  it('"log out everywhere" ends the calendar feed along with every session', async () => {
    const [citizen] = await createCitizens(db(), 1);
    const feed = await feedOf(citizen!);
    expect((await request(t.http).get(feed)).status).toBe(200);
    expect((await as(citizen!).send('post', '/api/auth/log-out-everywhere')).status).toBe(204);
    expect((await request(t.http).get(feed)).status).toBe(404);
    expect((await as(citizen!).get('/api/me')).status).toBe(401);
  });
});
