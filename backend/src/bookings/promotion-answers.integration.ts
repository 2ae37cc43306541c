import request from 'supertest';
import { seedDemoData } from '../demo/seeder';
import {
  createBookableCourse,
  createCitizens,
  futureWednesday,
  type TestCitizen,
} from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { BookingLedger } from './ledger/booking-ledger';

const HOUR = 3_600_000;

/**
 * A fair time to answer a promotion from the waiting list (issue 15): 48 hours, or until the end
 * of the day before the first session, whichever first; declining is possible all that time;
 * unanswered, the seat goes to the next in line and the holder is told.
 */
describe('answering a promotion from the waiting list', () => {
  let t: TestApp;
  const clock = new SettableClock();

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  afterEach(() => clock.reset());

  const db = () => t.database.dataSource;

  function as(citizen: TestCitizen) {
    const signed = <T extends request.Test>(call: T): T =>
      call.set('Cookie', citizen.credentials.cookie).set(citizen.credentials.csrfHeader) as T;
    return {
      get: (path: string) => signed(request(t.http).get(path)),
      post: (path: string, body: object = {}) => signed(request(t.http).post(path)).send(body),
    };
  }

  /** One seat, taken by the first; the second and third wait; the first gives it back. */
  async function promotedCourse(options: { startsAt?: Date; cancelDeadlineHours?: number } = {}) {
    const course = await createBookableCourse(db(), { capacity: 1, ...options });
    const [first, second, third] = await createCitizens(db(), 3);
    const path = `/api/courses/${course.courseId}/bookings`;
    const booked = await as(first!).post(path, { companionIds: [] });
    const waiting = await as(second!).post(path, { companionIds: [], joinWaitlist: true });
    const next = await as(third!).post(path, { companionIds: [], joinWaitlist: true });
    expect([booked.body.status, waiting.body.status, next.body.status]).toEqual([
      'confirmed',
      'waiting',
      'waiting',
    ]);
    // The first gives the seat back (through the ledger, on a day before any deadline).
    const before = new Date('2000-01-01T00:00:00Z');
    expect(await t.app.get(BookingLedger).cancel(first!.userId, booked.body.id, before)).toBeNull();
    const promoted = await as(second!).get(`/api/me/bookings/${waiting.body.id}`);
    expect(promoted.body.status).toBe('confirmed');
    return { course, second: second!, third: third!, promoted: promoted.body, next: next.body };
  }

  it('holds the seat for 48 hours (a course weeks away), and then it is answered', async () => {
    const { second, promoted } = await promotedCourse();
    const promotedAt = new Date(promoted.promotedAt).getTime();
    expect(new Date(promoted.respondBy).getTime() - promotedAt).toBeGreaterThan(48 * HOUR - 5_000);
    expect(new Date(promoted.respondBy).getTime() - promotedAt).toBeLessThanOrEqual(48 * HOUR);
    const accepted = await as(second).post(`/api/me/bookings/${promoted.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'confirmed', respondBy: null });
    expect(accepted.body.acceptedAt).not.toBeNull();
    const again = await as(second).post(`/api/me/bookings/${promoted.id}/accept`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PROMOTION_NOT_AWAITING');
  });

  it('asks no earlier than the end of the day before the first session', async () => {
    // A session in two weeks: the answer is due 48 hours on, well before that day.
    const soon = await promotedCourse({ startsAt: futureWednesday(2) });
    const [row] = await db().query(
      `SELECT respond_by = least(promoted_at + interval '48 hours',
                date_trunc('day', (SELECT min(starts_at) FROM course_sessions
                                    WHERE course_id = b.course_id) AT TIME ZONE 'Asia/Tokyo')
                  AT TIME ZONE 'Asia/Tokyo') AS "byRule"
         FROM bookings b WHERE b.id = $1`,
      [soon.promoted.id],
    );
    expect(row.byRule).toBe(true);
  });

  it('lets the promoted decline past the cancellation deadline while the answer is due, not after accepting', async () => {
    // A 30-day cancellation deadline on a course two weeks away: long past.
    const declining = await promotedCourse({
      startsAt: futureWednesday(2),
      cancelDeadlineHours: 720,
    });
    expect(declining.promoted.cancellableUntil).toBe(declining.promoted.respondBy);
    const declined = await as(declining.second).post(
      `/api/me/bookings/${declining.promoted.id}/cancel`,
    );
    expect(declined.status).toBe(200);
    // The seat went on to the next in line, who is asked in turn.
    const next = await as(declining.third).get(`/api/me/bookings/${declining.next.id}`);
    expect(next.body.status).toBe('confirmed');
    expect(next.body.respondBy).not.toBeNull();

    const accepting = await promotedCourse({
      startsAt: futureWednesday(2),
      cancelDeadlineHours: 720,
    });
    await as(accepting.second).post(`/api/me/bookings/${accepting.promoted.id}/accept`);
    const refused = await as(accepting.second).post(
      `/api/me/bookings/${accepting.promoted.id}/cancel`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CANCELLATION_CLOSED');
  });

  it('gives an unanswered seat to the next in line when the answer is overdue, and says so', async () => {
    const { course, second, third, promoted, next } = await promotedCourse();
    // Too late to accept once the time is up, even before the sweep ran.
    clock.set(new Date(new Date(promoted.respondBy).getTime() + 60_000));
    const late = await as(second).post(`/api/me/bookings/${promoted.id}/accept`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('PROMOTION_ANSWER_CLOSED');

    const ledger = t.app.get(BookingLedger);
    // (Other tests' unanswered promotions, due as well, expire with it.)
    expect(await ledger.expireUnansweredPromotions(clock.now())).toBeGreaterThanOrEqual(1);
    const gone = await as(second).get(`/api/me/bookings/${promoted.id}`);
    expect(gone.body).toMatchObject({ status: 'cancelled', cancelledBy: 'system' });
    const moved = await as(third).get(`/api/me/bookings/${next.id}`);
    expect(moved.body.status).toBe('confirmed');
    const notices = await db().query(
      `SELECT kind FROM notifications WHERE booking_id = $1 ORDER BY created_at`,
      [promoted.id],
    );
    expect(notices.map((n: { kind: string }) => n.kind)).toContain('promotion_expired');
    const [seats] = await db().query(`SELECT booked_count AS n FROM courses WHERE id = $1`, [
      course.courseId,
    ]);
    expect(seats.n).toBe(1);
  });

  it('lets an answer and the expiry race under the course lock: one wins, the seat is held once', async () => {
    for (let round = 0; round < 5; round++) {
      const { second, promoted } = await promotedCourse();
      const ledger = t.app.get(BookingLedger);
      // The sweep's "now" is past the deadline; the answer's is just before it.
      const due = new Date(promoted.respondBy).getTime();
      const [swept, answer] = await Promise.all([
        ledger.expireUnansweredPromotions(new Date(due + 1_000)),
        ledger.acceptPromotion(second.userId, promoted.id, new Date(due - 1_000)),
      ]);
      const [row] = await db().query(
        `SELECT b.status, b.accepted_at IS NOT NULL AS accepted, c.booked_count AS "bookedCount",
                (SELECT count(*)::int FROM bookings x
                  WHERE x.course_id = c.id AND x.status = 'confirmed') AS confirmed
           FROM bookings b JOIN courses c ON c.id = b.course_id WHERE b.id = $1`,
        [promoted.id],
      );
      if (answer === null) {
        // The answer came first: the sweep left this booking alone.
        expect(row).toMatchObject({ status: 'confirmed', accepted: true });
      } else {
        expect(answer).toBe('not_awaiting');
        expect(swept).toBeGreaterThanOrEqual(1);
        expect(row).toMatchObject({ status: 'cancelled', accepted: false });
      }
      // Either way one seat, held by exactly one confirmed booking.
      expect(row).toMatchObject({ bookedCount: 1, confirmed: 1 });
    }
  });
});
