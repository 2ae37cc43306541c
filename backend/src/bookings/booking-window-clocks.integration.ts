import { randomUUID } from 'node:crypto';
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
import { type SeatOutcome, SeatBatcher } from './ledger/seat-batcher';

const SECOND = 1000;
const HOUR = 3600 * SECOND;

/**
 * The booking window, the cancellation deadline and the lists of one's bookings, at the
 * instants where they turn. The service judges with the app's Clock; tsumugu_take_seats judges
 * the window again under the course's lock with the database's clock_timestamp(): both must
 * give the same verdict on either side of an edge.
 */
describe('booking at the edges of time', () => {
  const clock = new SettableClock();
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
  }, 120_000);
  afterEach(() => clock.reset());
  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.database.dataSource;
  const as = (citizen: TestCitizen) => ({
    get: (path: string) =>
      request(t.http)
        .get(path)
        .set('Cookie', citizen.credentials.cookie)
        .set(citizen.credentials.csrfHeader),
    post: (path: string, body: object = {}) =>
      request(t.http)
        .post(path)
        .set('Cookie', citizen.credentials.cookie)
        .set(citizen.credentials.csrfHeader)
        .send(body),
  });

  it('refuses in the last second before the window opens, and opens on the second', async () => {
    const opensAt = new Date('2027-04-01T09:00:00+09:00');
    const { courseId } = await createBookableCourse(db(), {
      capacity: 5,
      opensAt,
      closesAt: new Date('2027-04-15T17:00:00+09:00'),
      startsAt: new Date('2027-05-12T10:00:00+09:00'),
    });
    const [citizen] = await createCitizens(db(), 1);

    clock.set('2027-04-01T08:59:59+09:00');
    const before = await as(citizen!).get(`/api/courses/${courseId}/booking-options`);
    expect(before.body).toMatchObject({ state: 'not_open_yet' });
    expect(before.body.notice.ja).toBe('申込受付は2027年4月1日(木) 09:00からです。');
    const refused = await as(citizen!).post(`/api/courses/${courseId}/bookings`, {
      companionIds: [],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('BOOKING_NOT_OPEN_YET');

    clock.set(opensAt);
    const open = await as(citizen!).get(`/api/courses/${courseId}/booking-options`);
    expect(open.body).toMatchObject({ state: 'open', notice: null });
  });

  it('closes on the closing second: open at 23:59:59 JST on 31 March, closed at midnight', async () => {
    const { courseId } = await createBookableCourse(db(), {
      capacity: 5,
      opensAt: new Date('2027-03-01T09:00:00+09:00'),
      // Midnight in Japan is 15:00 UTC the day before.
      closesAt: new Date('2027-03-31T15:00:00Z'),
      startsAt: new Date('2027-04-14T10:00:00+09:00'),
    });
    const [citizen] = await createCitizens(db(), 1);
    const state = async () =>
      (await as(citizen!).get(`/api/courses/${courseId}/booking-options`)).body.state;

    clock.set('2027-03-31T23:59:59+09:00');
    expect(await state()).toBe('open');
    clock.set('2027-04-01T00:00:00+09:00');
    expect(await state()).toBe('closed');
    const refused = await as(citizen!).post(`/api/courses/${courseId}/bookings`, {
      companionIds: [],
    });
    expect(refused.body.code).toBe('BOOKING_CLOSED');
  });

  describe('the service and the database agree on the window', () => {
    /**
     * The service's verdict with the Clock set one second from the edge, and the database's
     * verdict one second from the same edge, taken from clock_timestamp() in the transaction
     * that calls tsumugu_take_seats (so no time passes between the two that matters).
     */
    async function verdicts(edge: 'opens' | 'closes', offsetSeconds: number) {
      const { courseId } = await createBookableCourse(db(), {
        capacity: 5,
        startsAt: futureWednesday(8),
      });
      const [byDatabase, byService] = await createCitizens(db(), 2);
      const column = edge === 'opens' ? 'application_opens_at' : 'application_closes_at';
      const sql = await db().transaction(async (manager) => {
        // The edge is `offsetSeconds` away from the database's own now: +1 = a second ago.
        const [[edgeRow]] = await manager.query(
          `UPDATE courses SET ${column} = clock_timestamp() - make_interval(secs => $2)
            WHERE id = $1 RETURNING ${column} AS at`,
          [courseId, offsetSeconds],
        );
        const seats = new SeatBatcher((text, parameters) => manager.query(text, parameters));
        const decision = await seats.take(courseId, {
          bookingId: randomUUID(),
          userId: byDatabase!.userId,
          partySize: 1,
          joinWaitlist: false,
          companionIds: [],
          idempotencyKey: null,
          fingerprint: 'clock test',
        });
        return { outcome: decision.outcome, edge: new Date(edgeRow.at as string) };
      });
      clock.set(new Date(sql.edge.getTime() + offsetSeconds * SECOND));
      const options = await as(byService!).get(`/api/courses/${courseId}/booking-options`);
      const service = options.body.state as string;
      // Where the service refuses, it does so before the database is asked: say with what.
      const refusal =
        service === 'open'
          ? null
          : ((await as(byService!).post(`/api/courses/${courseId}/bookings`, { companionIds: [] }))
              .body.code as string);
      return { database: sql.outcome, service, refusal };
    }

    const open: { database: SeatOutcome; service: string; refusal: null } = {
      database: 'confirmed',
      service: 'open',
      refusal: null,
    };

    it('a second before the window closes: open for both', async () => {
      expect(await verdicts('closes', -1)).toEqual(open);
    });

    it('a second after the window closes: closed for both', async () => {
      expect(await verdicts('closes', 1)).toEqual({
        database: 'closed',
        service: 'closed',
        refusal: 'BOOKING_CLOSED',
      });
    });

    it('a second before the window opens: not yet for both', async () => {
      expect(await verdicts('opens', -1)).toEqual({
        database: 'closed',
        service: 'not_open_yet',
        refusal: 'BOOKING_NOT_OPEN_YET',
      });
    });

    it('a second after the window opens: open for both', async () => {
      expect(await verdicts('opens', 1)).toEqual(open);
    });
  });

  it('lets a confirmed booking be cancelled until the deadline, not on its second', async () => {
    const startsAt = futureWednesday(8);
    const { courseId } = await createBookableCourse(db(), {
      capacity: 5,
      startsAt,
      cancelDeadlineHours: 48,
    });
    const [early, late] = await createCitizens(db(), 2);
    const bookingOf = async (citizen: TestCitizen) =>
      (await as(citizen).post(`/api/courses/${courseId}/bookings`, { companionIds: [] })).body
        .id as string;
    const [earlyBooking, lateBooking] = [await bookingOf(early!), await bookingOf(late!)];
    const deadline = startsAt.getTime() - 48 * HOUR;

    clock.set(new Date(deadline - SECOND));
    const cancelled = await as(early!).post(`/api/me/bookings/${earlyBooking}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');

    clock.set(new Date(deadline));
    const refused = await as(late!).post(`/api/me/bookings/${lateBooking}/cancel`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CANCELLATION_CLOSED');
  });

  it('lists a booking as upcoming until its last session ends, then as past', async () => {
    const startsAt = futureWednesday(8);
    const { courseId } = await createBookableCourse(db(), { capacity: 5, startsAt, sessions: 2 });
    const [citizen] = await createCitizens(db(), 1);
    const booked = await as(citizen!).post(`/api/courses/${courseId}/bookings`, {
      companionIds: [],
    });
    const endsAt = startsAt.getTime() + 7 * 24 * HOUR + 2 * HOUR;
    const ids = async (view: string) =>
      (await as(citizen!).get(`/api/me/bookings?view=${view}`)).body.map(
        (booking: { id: string }) => booking.id,
      );

    clock.set(new Date(endsAt - SECOND));
    expect(await ids('upcoming')).toEqual([booked.body.id]);
    expect(await ids('past')).toEqual([]);
    clock.set(new Date(endsAt));
    expect(await ids('upcoming')).toEqual([]);
    expect(await ids('past')).toEqual([booked.body.id]);
  });
});
