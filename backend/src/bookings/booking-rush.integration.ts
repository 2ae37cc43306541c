import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { seedDemoData } from '../demo/seeder';
import {
  addChildren,
  createBookableCourse,
  createCitizens,
  type TestCitizen,
} from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { SeatBatcher } from './ledger/seat-batcher';
import { createTestApp, type TestApp } from '../testing/test-app';

/**
 * The 9:00 rush, for real: hundreds of distinct signed-in citizens send their requests at the
 * same moment over HTTP to the real application, on a real PostgreSQL with a pool of 32
 * connections, and the database has to keep every invariant.
 */
describe('bookings under a rush', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ poolSize: 32 });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const q = <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []) =>
    t.database.dataSource.query(sql, parameters) as Promise<T[]>;

  async function post(
    citizen: TestCitizen,
    path: string,
    body: object,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: citizen.credentials.cookie,
        ...citizen.credentials.csrfHeader,
        ...headers,
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function seatsInvariant(courseId: string) {
    const [row] = await q<{ booked: number; confirmed: number; capacity: number }>(
      `SELECT c.booked_count AS booked, c.capacity,
              coalesce((SELECT sum(party_size)::int FROM bookings
                         WHERE course_id = c.id AND status = 'confirmed'), 0) AS confirmed
         FROM courses c WHERE c.id = $1`,
      [courseId],
    );
    expect(row!.booked).toBe(row!.confirmed);
    expect(row!.booked).toBeLessThanOrEqual(row!.capacity);
    return row!;
  }

  it('500 citizens book a 30-seat course at once: exactly 30 confirmed, 470 waiting, no error', async () => {
    const { courseId } = await createBookableCourse(t.database.dataSource, { capacity: 30 });
    const citizens = await createCitizens(t.database.dataSource, 500);

    const responses = await Promise.all(
      citizens.map((citizen) =>
        post(citizen, `/api/courses/${courseId}/bookings`, {
          companionIds: [],
          joinWaitlist: true,
        }),
      ),
    );

    expect(responses.map((r) => r.status).filter((status) => status !== 201)).toEqual([]);
    const statuses = responses.map((r) => r.body['status']);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(30);
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(470);
    // Everyone on the waiting list has a place of their own, 1 to 470.
    const [places] = await q<{ places: number; lowest: number; highest: number }>(
      `SELECT count(DISTINCT queue_position)::int AS places FROM bookings
        WHERE course_id = $1 AND status = 'waiting'`,
      [courseId],
    );
    expect(places!.places).toBe(470);
    const waitingPositions = responses
      .filter((r) => r.body['status'] === 'waiting')
      .map((r) => r.body['waitingPosition'] as number);
    expect(Math.max(...waitingPositions)).toBeLessThanOrEqual(470);
    expect(Math.min(...waitingPositions)).toBeGreaterThanOrEqual(1);

    const booked = await seatsInvariant(courseId);
    expect(booked.booked).toBe(30);
    // One notification per booking, in the outbox, written with it.
    const notes = await q<{ kind: string; count: number }>(
      `SELECT kind, count(*)::int AS count FROM notifications WHERE course_id = $1 GROUP BY kind ORDER BY kind`,
      [courseId],
    );
    expect(notes).toEqual([
      { kind: 'booking_confirmed', count: 30 },
      { kind: 'booking_waitlisted', count: 470 },
    ]);
  }, 120_000);

  it('four app instances, each grouping its own requests, still confirm exactly the capacity', async () => {
    const { courseId } = await createBookableCourse(t.database.dataSource, { capacity: 30 });
    const citizens = await createCitizens(t.database.dataSource, 400);
    const run = (sql: string, parameters: unknown[]) =>
      t.database.dataSource.query(sql, parameters);
    const instances = Array.from({ length: 4 }, () => new SeatBatcher(run));

    const outcomes = await Promise.all(
      citizens.map(async (citizen, i) => {
        const decision = await instances[i % 4]!.take(courseId, {
          bookingId: randomUUID(),
          userId: citizen.userId,
          partySize: 1,
          joinWaitlist: i % 2 === 0,
          companionIds: [],
          idempotencyKey: null,
          fingerprint: 'rush',
        });
        return decision.outcome;
      }),
    );

    expect(outcomes.filter((o) => o === 'confirmed')).toHaveLength(30);
    const waiting = outcomes.filter((o) => o === 'waiting').length;
    expect(waiting + outcomes.filter((o) => o === 'full').length).toBe(370);
    const booked = await seatsInvariant(courseId);
    expect(booked.booked).toBe(30);
    const [row] = await q<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM bookings WHERE course_id = $1 AND status = 'waiting'`,
      [courseId],
    );
    expect(row!.waiting).toBe(waiting);
  }, 120_000);

  it('parties with companions never exceed the capacity, whatever the order they arrive in', async () => {
    const { courseId } = await createBookableCourse(t.database.dataSource, {
      capacity: 25,
      maxCompanions: 3,
    });
    const citizens = await createCitizens(t.database.dataSource, 60);
    const parties = await Promise.all(
      citizens.map(async (citizen, i) => {
        const children = await addChildren(
          t.database.dataSource,
          citizen.userId,
          Array.from({ length: i % 4 }, () => 2018),
        );
        return { citizen, children };
      }),
    );

    const responses = await Promise.all(
      parties.map(({ citizen, children }) =>
        post(citizen, `/api/courses/${courseId}/bookings`, { companionIds: children }),
      ),
    );

    const confirmed = responses.filter((r) => r.status === 201);
    const refusedSizes = responses
      .map((r, i) => ({ r, size: 1 + parties[i]!.children.length }))
      .filter(({ r }) => r.status !== 201);
    expect(
      refusedSizes.every(({ r }) => r.status === 409 && r.body['code'] === 'COURSE_FULL'),
    ).toBe(true);
    const seats = confirmed.reduce((sum, r) => sum + (r.body['partySize'] as number), 0);
    expect(seats).toBeLessThanOrEqual(25);
    // Seats only ever go down: a party refused for want of seats could not fit in what is left.
    const smallestRefused = Math.min(...refusedSizes.map(({ size }) => size));
    expect(25 - seats).toBeLessThan(smallestRefused);
    const booked = await seatsInvariant(courseId);
    expect(booked.booked).toBe(seats);
    // The companions are on record with each confirmed booking.
    const [participants] = await q<{ count: number }>(
      `SELECT count(*)::int AS count FROM booking_participants p
         JOIN bookings b ON b.id = p.booking_id WHERE b.course_id = $1`,
      [courseId],
    );
    expect(participants!.count).toBe(seats - confirmed.length);
  }, 120_000);

  it('concurrent cancellations promote each waiting person exactly once, in their order', async () => {
    const { courseId } = await createBookableCourse(t.database.dataSource, { capacity: 20 });
    const citizens = await createCitizens(t.database.dataSource, 50);
    // One after another, so that the order of the waiting list is known.
    const bookings: { id: string; status: string }[] = [];
    for (const citizen of citizens) {
      const response = await post(citizen, `/api/courses/${courseId}/bookings`, {
        companionIds: [],
        joinWaitlist: true,
      });
      bookings.push(response.body as { id: string; status: string });
    }
    expect(bookings.slice(0, 20).every((b) => b.status === 'confirmed')).toBe(true);
    expect(bookings.slice(20).every((b) => b.status === 'waiting')).toBe(true);

    // 15 confirmed citizens cancel at the same moment, each twice (a double click).
    const cancellations = await Promise.all(
      citizens
        .slice(0, 15)
        .flatMap((citizen, i) => [citizen, citizen].map((c) => ({ c, id: bookings[i]!.id })))
        .map(({ c, id }) => post(c, `/api/me/bookings/${id}/cancel`, {})),
    );
    const codes = cancellations.map((r) => r.status).sort();
    expect(codes.filter((s) => s === 200)).toHaveLength(15);
    expect(cancellations.filter((r) => r.status === 409).map((r) => r.body['code'])).toEqual(
      Array(15).fill('BOOKING_ALREADY_CANCELLED'),
    );

    const promoted = await q<{ id: string }>(
      `SELECT id FROM bookings WHERE course_id = $1 AND promoted_at IS NOT NULL ORDER BY id`,
      [courseId],
    );
    // The first 15 in line, and nobody else.
    expect(promoted.map((row) => row.id)).toEqual(
      bookings
        .slice(20, 35)
        .map((b) => b.id)
        .sort(),
    );
    const notes = await q<{ bookingId: string; count: number }>(
      `SELECT booking_id AS "bookingId", count(*)::int AS count FROM notifications
        WHERE course_id = $1 AND kind = 'waitlist_promoted' GROUP BY booking_id`,
      [courseId],
    );
    expect(notes).toHaveLength(15);
    expect(notes.every((note) => note.count === 1)).toBe(true);
    const booked = await seatsInvariant(courseId);
    expect(booked.booked).toBe(20);
    // The rest moved up: the next in line is now first.
    const [next] = await q<{ id: string }>(
      `SELECT id FROM bookings WHERE course_id = $1 AND status = 'waiting' ORDER BY queue_position LIMIT 1`,
      [courseId],
    );
    expect(next!.id).toBe(bookings[35]!.id);
  }, 120_000);

  it('a retried request with the same Idempotency-Key books once and answers the same booking', async () => {
    const { courseId } = await createBookableCourse(t.database.dataSource, { capacity: 5 });
    const [citizen] = await createCitizens(t.database.dataSource, 1);
    const key = 'retry-7f3c2a9e';

    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        post(
          citizen!,
          `/api/courses/${courseId}/bookings`,
          { companionIds: [] },
          {
            'Idempotency-Key': key,
          },
        ),
      ),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(new Set(responses.map((r) => r.body['id'])).size).toBe(1);
    expect(new Set(responses.map((r) => r.body['code'])).size).toBe(1);
    const [count] = await q<{ count: number }>(
      `SELECT count(*)::int AS count FROM bookings WHERE course_id = $1`,
      [courseId],
    );
    expect(count!.count).toBe(1);
    await seatsInvariant(courseId);

    // The same key for a different request is refused rather than answered with the old one.
    const other = await post(
      citizen!,
      `/api/courses/${courseId}/bookings`,
      { companionIds: [], joinWaitlist: true },
      { 'Idempotency-Key': key },
    );
    expect(other.status).toBe(422);
    expect(other.body['code']).toBe('IDEMPOTENCY_KEY_REUSED');
  }, 60_000);

  it('the same person pressing book many times at once gets one booking', async () => {
    const { courseId } = await createBookableCourse(t.database.dataSource, { capacity: 5 });
    const [citizen] = await createCitizens(t.database.dataSource, 1);

    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        post(citizen!, `/api/courses/${courseId}/bookings`, { companionIds: [] }),
      ),
    );

    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(
      responses.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.body['code']}`),
    ).toEqual(Array(9).fill('409 ALREADY_BOOKED'));
    const booked = await seatsInvariant(courseId);
    expect(booked.booked).toBe(1);
  }, 60_000);
});
