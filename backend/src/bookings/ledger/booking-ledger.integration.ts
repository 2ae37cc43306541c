import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { seedDemoData } from '../../demo/seeder';
import {
  createBookableCourse,
  createCitizens,
  type TestCitizen,
} from '../../testing/booking-fixture';
import { FIXTURE_PLAN } from '../../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { SeatRequest } from './seat-batcher';
import { BookingLedger } from './booking-ledger';

/**
 * Every operation of the booking ledger, through the ledger, on a real PostgreSQL: what it does
 * to the bookings, to the course's seat count and to the outbox. (The HTTP paths that call it are
 * proven in bookings.integration.ts, lottery.integration.ts, course-notices.integration.ts,
 * course-editor.integration.ts and account-deletion.integration.ts.)
 */
describe('the booking ledger', () => {
  let t: TestApp;
  let ledger: BookingLedger;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    ledger = t.app.get(BookingLedger);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.database.dataSource;
  const inTransaction = <T>(work: (manager: EntityManager) => Promise<T>) => db().transaction(work);

  const request = (
    citizen: TestCitizen,
    options: { joinWaitlist?: boolean; key?: string } = {},
  ): SeatRequest => ({
    bookingId: randomUUID(),
    userId: citizen.userId,
    partySize: 1,
    joinWaitlist: options.joinWaitlist ?? false,
    companionIds: [],
    idempotencyKey: options.key ?? null,
    fingerprint: createHash('sha256').update('ledger test').digest('hex'),
  });

  const seats = async (courseId: string) =>
    (await db().query(`SELECT booked_count AS booked FROM courses WHERE id = $1`, [courseId]))[0]
      .booked as number;

  const statuses = async (courseId: string) =>
    Object.fromEntries(
      (
        await db().query(
          `SELECT user_id AS "userId", status, queue_position::int AS position, cancelled_by AS "cancelledBy"
             FROM bookings WHERE course_id = $1`,
          [courseId],
        )
      ).map((row: { userId: string }) => [row.userId, row]),
    );

  const firstSessionStart = async (courseId: string): Promise<Date> =>
    (
      await db().query(
        `SELECT min(starts_at) AS starts FROM course_sessions WHERE course_id = $1`,
        [courseId],
      )
    )[0].starts;

  const notices = async (courseId: string) =>
    db().query(
      `SELECT kind, user_id AS "userId", booking_id AS "bookingId", session_id AS "sessionId",
              payload, dedupe_key AS "dedupeKey"
         FROM notifications WHERE course_id = $1 ORDER BY id`,
      [courseId],
    );

  it('takes seats: confirmed while they last, then waiting or full, each decision told once', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 2 });
    const [a, b, c] = await createCitizens(db(), 3);

    expect((await ledger.take(courseId, request(a!, { key: 'k-a' }))).outcome).toBe('confirmed');
    expect((await ledger.take(courseId, request(b!))).outcome).toBe('confirmed');
    expect((await ledger.take(courseId, request(c!))).outcome).toBe('full');
    expect((await ledger.take(courseId, request(c!, { joinWaitlist: true }))).outcome).toBe(
      'waiting',
    );
    // A retry with the same key is a replay; another request of a booked person is refused.
    expect((await ledger.take(courseId, request(a!, { key: 'k-a' }))).outcome).toBe('replay');
    expect((await ledger.take(courseId, request(b!))).outcome).toBe('already_booked');

    expect(await seats(courseId)).toBe(2);
    expect(await statuses(courseId)).toMatchObject({
      [a!.userId]: { status: 'confirmed' },
      [b!.userId]: { status: 'confirmed' },
      [c!.userId]: { status: 'waiting' },
    });
    expect((await notices(courseId)).map((n: { kind: string }) => n.kind)).toEqual([
      'booking_confirmed',
      'booking_confirmed',
      'booking_waitlisted',
    ]);
  });

  it('takes lottery applications without seats, and nothing once the window has closed', async () => {
    const lottery = await createBookableCourse(db(), { capacity: 1, bookingRule: 'lottery' });
    const closed = await createBookableCourse(db(), {
      capacity: 5,
      // Long past: the database judges the window by its own clock.
      opensAt: new Date('2020-04-01T09:00:00+09:00'),
      closesAt: new Date('2020-04-15T17:00:00+09:00'),
    });
    const [a, b] = await createCitizens(db(), 2);

    expect((await ledger.take(lottery.courseId, request(a!))).outcome).toBe('applied');
    expect((await ledger.take(lottery.courseId, request(b!))).outcome).toBe('applied');
    expect(await seats(lottery.courseId)).toBe(0);
    expect((await notices(lottery.courseId)).map((n: { kind: string }) => n.kind)).toEqual([
      'lottery_applied',
      'lottery_applied',
    ]);

    expect((await ledger.take(closed.courseId, request(a!))).outcome).toBe('closed');
    expect(await statuses(closed.courseId)).toEqual({});
  });

  it('cancels a citizen’s booking: the seat goes to the first in line, both are told', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 1 });
    const [a, b, c] = await createCitizens(db(), 3);
    const first = request(a!);
    await ledger.take(courseId, first);
    await ledger.take(courseId, request(b!, { joinWaitlist: true }));
    await ledger.take(courseId, request(c!, { joinWaitlist: true }));

    // The deadline is 24 h before the first session: from that instant a confirmed booking stays.
    const starts = await firstSessionStart(courseId);
    const pastDeadline = new Date(starts.getTime() - 24 * 3_600_000);
    const beforeDeadline = new Date(pastDeadline.getTime() - 1000);
    expect(await ledger.cancel(a!.userId, first.bookingId, pastDeadline)).toBe('deadline_passed');
    expect(await ledger.cancel(b!.userId, first.bookingId, beforeDeadline)).toBe('not_found');
    expect(await ledger.cancel(a!.userId, first.bookingId, beforeDeadline)).toBeNull();
    expect(await ledger.cancel(a!.userId, first.bookingId, beforeDeadline)).toBe(
      'already_cancelled',
    );

    expect(await seats(courseId)).toBe(1);
    expect(await statuses(courseId)).toMatchObject({
      [a!.userId]: { status: 'cancelled', cancelledBy: 'citizen' },
      [b!.userId]: { status: 'confirmed', position: null },
      [c!.userId]: { status: 'waiting' },
    });
    const told = (await notices(courseId)).slice(3);
    expect(told).toEqual([
      expect.objectContaining({ kind: 'waitlist_promoted', userId: b!.userId }),
      expect.objectContaining({ kind: 'booking_cancelled', userId: a!.userId }),
    ]);
  });

  it('promotes the waiting list when seats are added, as far as they go, each once', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 1 });
    const [a, b, c, d] = await createCitizens(db(), 4);
    await ledger.take(courseId, request(a!));
    for (const citizen of [b!, c!, d!]) {
      await ledger.take(courseId, request(citizen, { joinWaitlist: true }));
    }
    await db().query(`UPDATE courses SET capacity = 3 WHERE id = $1`, [courseId]);

    const promoted = await inTransaction((manager) => ledger.promoteWaiting(manager, courseId));
    expect(promoted).toHaveLength(2);
    expect(await inTransaction((manager) => ledger.promoteWaiting(manager, courseId))).toEqual([]);
    expect(await seats(courseId)).toBe(3);
    expect(await statuses(courseId)).toMatchObject({
      [b!.userId]: { status: 'confirmed' },
      [c!.userId]: { status: 'confirmed' },
      [d!.userId]: { status: 'waiting' },
    });
    const promotions = (await notices(courseId)).filter(
      (n: { kind: string }) => n.kind === 'waitlist_promoted',
    );
    expect(promotions.map((n: { userId: string }) => n.userId)).toEqual([b!.userId, c!.userId]);
  });

  it('gives back everything a deleted account held, without telling it, and moves the list up', async () => {
    const one = await createBookableCourse(db(), { capacity: 1 });
    const two = await createBookableCourse(db(), { capacity: 1 });
    const [leaving, waiting, other] = await createCitizens(db(), 3);
    await ledger.take(one.courseId, request(leaving!));
    await ledger.take(one.courseId, request(waiting!, { joinWaitlist: true }));
    await ledger.take(two.courseId, request(other!));
    await ledger.take(two.courseId, request(leaving!, { joinWaitlist: true }));

    expect(await inTransaction((manager) => ledger.cancelAllHeldBy(manager, leaving!.userId))).toBe(
      2,
    );
    expect(await statuses(one.courseId)).toMatchObject({
      [leaving!.userId]: { status: 'cancelled' },
      [waiting!.userId]: { status: 'confirmed' },
    });
    expect(await statuses(two.courseId)).toMatchObject({
      [leaving!.userId]: { status: 'cancelled' },
      [other!.userId]: { status: 'confirmed' },
    });
    expect([await seats(one.courseId), await seats(two.courseId)]).toEqual([1, 1]);
    const toLeaving = [...(await notices(one.courseId)), ...(await notices(two.courseId))].filter(
      (n: { userId: string; kind: string }) =>
        n.userId === leaving!.userId && n.kind === 'booking_cancelled',
    );
    expect(toLeaving).toEqual([]);
  });

  it('applies a draw: winners seated, the rest waiting at their rank, each told once', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 2, bookingRule: 'lottery' });
    const people = await createCitizens(db(), 3);
    const requests = people.map((person) => request(person));
    for (const applied of requests) await ledger.take(courseId, applied);
    const outcomes = requests.map((applied, i) => ({
      bookingId: applied.bookingId,
      userId: applied.userId,
      outcome: i < 2 ? ('won' as const) : ('waitlisted' as const),
      entryId: `entry-${i}`,
      rank: i + 1,
      queuePosition: i < 2 ? null : i + 1,
    }));

    await inTransaction((manager) => ledger.applyDraw(manager, courseId, outcomes));
    // Applying the same outcome again changes nothing and tells nobody twice.
    await inTransaction((manager) => ledger.applyDraw(manager, courseId, outcomes));

    expect(await seats(courseId)).toBe(2);
    expect(await statuses(courseId)).toMatchObject({
      [people[0]!.userId]: { status: 'confirmed' },
      [people[1]!.userId]: { status: 'confirmed' },
      [people[2]!.userId]: { status: 'waiting', position: 3 },
    });
    const results = (await notices(courseId)).filter(
      (n: { kind: string }) => n.kind.startsWith('lottery_') && n.kind !== 'lottery_applied',
    );
    expect(results).toEqual([
      expect.objectContaining({
        kind: 'lottery_won',
        userId: people[0]!.userId,
        payload: { entryId: 'entry-0', rank: 1, queuePosition: null },
        dedupeKey: `lottery_result:${requests[0]!.bookingId}`,
      }),
      expect.objectContaining({ kind: 'lottery_won', userId: people[1]!.userId }),
      expect.objectContaining({
        kind: 'lottery_waitlisted',
        userId: people[2]!.userId,
        payload: { entryId: 'entry-2', rank: 3, queuePosition: 3 },
      }),
    ]);
  });

  it('places applications that came after the draw at the end of the waiting list, once', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 1, bookingRule: 'lottery' });
    const [winner, loser, late] = await createCitizens(db(), 3);
    const drawn = [request(winner!), request(loser!)];
    for (const applied of drawn) await ledger.take(courseId, applied);
    await inTransaction((manager) =>
      ledger.applyDraw(
        manager,
        courseId,
        drawn.map((applied, i) => ({
          bookingId: applied.bookingId,
          userId: applied.userId,
          outcome: i === 0 ? ('won' as const) : ('waitlisted' as const),
          entryId: `entry-${i}`,
          rank: i + 1,
          queuePosition: i === 0 ? null : 2,
        })),
      ),
    );
    const lateRequest = request(late!);
    expect((await ledger.take(courseId, lateRequest)).outcome).toBe('applied');

    expect(await inTransaction((manager) => ledger.placeLateApplications(manager, courseId))).toBe(
      1,
    );
    expect(await inTransaction((manager) => ledger.placeLateApplications(manager, courseId))).toBe(
      0,
    );
    expect(await statuses(courseId)).toMatchObject({
      [winner!.userId]: { status: 'confirmed' },
      [loser!.userId]: { status: 'waiting', position: 2 },
      [late!.userId]: { status: 'waiting', position: 3 },
    });
    const toLate = (await notices(courseId)).filter(
      (n: { userId: string; kind: string }) =>
        n.userId === late!.userId && n.kind === 'lottery_waitlisted',
    );
    expect(toLate).toEqual([
      expect.objectContaining({
        payload: { late: true, queuePosition: 3 },
        dedupeKey: `lottery_result:${lateRequest.bookingId}`,
      }),
    ]);
  });

  it('cancels a course: every active booking, the seats back to 0, each booker told once', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 1 });
    const [a, b, c] = await createCitizens(db(), 3);
    const gone = request(c!);
    await ledger.take(courseId, request(a!));
    await ledger.take(courseId, request(b!, { joinWaitlist: true }));
    await ledger.take(courseId, { ...gone, joinWaitlist: true });
    await ledger.cancel(c!.userId, gone.bookingId, t.clock.now());

    expect(await inTransaction((manager) => ledger.cancelCourse(manager, courseId))).toBe(2);
    expect(await inTransaction((manager) => ledger.cancelCourse(manager, courseId))).toBe(0);

    expect(await seats(courseId)).toBe(0);
    expect(await statuses(courseId)).toMatchObject({
      [a!.userId]: { status: 'cancelled', cancelledBy: 'organiser', position: null },
      [b!.userId]: { status: 'cancelled', cancelledBy: 'organiser', position: null },
      [c!.userId]: { status: 'cancelled', cancelledBy: 'citizen' },
    });
    const cancelled = (await notices(courseId)).filter(
      (n: { kind: string }) => n.kind === 'course_cancelled',
    );
    expect(cancelled.map((n: { userId: string }) => n.userId).sort()).toEqual(
      [a!.userId, b!.userId].sort(),
    );
  });

  it('tells the confirmed and the waiting of a moved or cancelled session, before and after', async () => {
    const { courseId, sessionIds } = await createBookableCourse(db(), { capacity: 1, sessions: 2 });
    const [a, b, c] = await createCitizens(db(), 3);
    const gone = request(c!);
    await ledger.take(courseId, request(a!));
    await ledger.take(courseId, request(b!, { joinWaitlist: true }));
    await ledger.take(courseId, { ...gone, joinWaitlist: true });
    await ledger.cancel(c!.userId, gone.bookingId, t.clock.now());
    const [session] = await db().query(
      `SELECT room_id AS "roomId", starts_at AS "startsAt", ends_at AS "endsAt"
         FROM course_sessions WHERE id = $1`,
      [sessionIds[0]],
    );
    const later = {
      roomId: session.roomId,
      startsAt: new Date(session.startsAt.getTime() + 3_600_000),
      endsAt: new Date(session.endsAt.getTime() + 3_600_000),
    };

    expect(
      await inTransaction((manager) =>
        ledger.noteSessionChange(manager, courseId, sessionIds[0]!, later),
      ),
    ).toBe(2);
    expect(
      await inTransaction((manager) =>
        ledger.noteSessionChange(manager, courseId, sessionIds[1]!, null),
      ),
    ).toBe(2);
    // A session of another course tells nobody.
    expect(
      await inTransaction((manager) =>
        ledger.noteSessionChange(manager, courseId, randomUUID(), null),
      ),
    ).toBe(0);

    const changes = (await notices(courseId)).filter(
      (n: { kind: string }) => n.kind === 'course_changed',
    );
    expect(changes.map((n: { userId: string }) => n.userId)).toEqual([
      a!.userId,
      b!.userId,
      a!.userId,
      b!.userId,
    ]);
    expect(changes[0]).toMatchObject({
      sessionId: sessionIds[0],
      payload: {
        change: 'session_moved',
        before: { room: { ja: expect.stringMatching(/^テスト室/) } },
        after: { room: { ja: expect.stringMatching(/^テスト室/) } },
      },
    });
    expect(new Date(changes[0].payload.after.startsAt).getTime()).toBe(later.startsAt.getTime());
    expect(
      new Date(changes[0].payload.after.startsAt).getTime() -
        new Date(changes[0].payload.before.startsAt).getTime(),
    ).toBe(3_600_000);
    expect(changes[2]).toMatchObject({
      sessionId: sessionIds[1],
      payload: { change: 'session_cancelled', after: null },
    });
  });
});
