import { addDays, japanDate, japanInstant } from '../common/time/japan-time';
import request from 'supertest';
import { seedDemoData } from '../demo/seeder';
import {
  addChildren,
  createBookableCourse,
  createCitizens,
  type TestCitizen,
} from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson } from '../testing/test-people';

/** What a citizen sees and is told when booking, one request at a time. */
describe('booking a course', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.database.dataSource;

  function as(citizen: TestCitizen) {
    return {
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
    };
  }

  it('books a parent and two children, and shows the booking with its code and sessions', async () => {
    const { courseId } = await createBookableCourse(db(), {
      capacity: 12,
      maxCompanions: 2,
      sessions: 3,
    });
    const [parent] = await createCitizens(db(), 1);
    const children = await addChildren(db(), parent!.userId, [2019, 2021]);

    const options = await as(parent!).get(`/api/courses/${courseId}/booking-options`);
    expect(options.status).toBe(200);
    expect(options.body).toMatchObject({
      state: 'open',
      seatsLeft: 12,
      maxAttendees: 3,
      guardianRule: 'none',
      childcareOffered: false,
      householdReasons: [],
      self: { eligible: true },
      activeBooking: null,
    });
    expect(options.body.familyMembers).toHaveLength(2);

    const booked = await as(parent!).post(`/api/courses/${courseId}/bookings`, {
      companionIds: children,
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ status: 'confirmed', partySize: 3, waitingPosition: null });
    expect(booked.body.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(booked.body.sessions).toHaveLength(3);
    expect(booked.body.participants.map((p: { name: string }) => p.name)).toEqual([
      '市民 1',
      '子ども1',
      '子ども2',
    ]);
    expect(booked.body.cancellableUntil).not.toBeNull();
    // The answer is assembled without reading the booking back: it must say what is stored.
    const stored = await as(parent!).get(`/api/me/bookings/${booked.body.id}`);
    const withoutTimes = ({ createdAt, confirmedAt, ...rest }: Record<string, unknown>) => {
      expect(Number.isNaN(Date.parse(createdAt as string))).toBe(false);
      expect(Number.isNaN(Date.parse(confirmedAt as string))).toBe(false);
      return rest;
    };
    expect(withoutTimes(booked.body)).toEqual(withoutTimes(stored.body));

    const after = await as(parent!).get(`/api/courses/${courseId}/booking-options`);
    expect(after.body.seatsLeft).toBe(9);
    expect(after.body.activeBooking.id).toBe(booked.body.id);

    const upcoming = await as(parent!).get('/api/me/bookings?view=upcoming');
    expect(upcoming.body.map((b: { id: string }) => b.id)).toEqual([booked.body.id]);
    const past = await as(parent!).get('/api/me/bookings?view=past');
    expect(past.body).toEqual([]);
  });

  it('explains who may not take part, person by person', async () => {
    const { courseId } = await createBookableCourse(db(), {
      capacity: 10,
      maxCompanions: 2,
      targetAgeMin: 3,
      targetAgeMax: 6,
      audience: 'residents_only',
    });
    // Ages by birth year, counted from this year, whichever year the tests run in.
    const thisYear = Number(japanDate(new Date()).slice(0, 4));
    const [outsider] = await createCitizens(db(), 1, {
      birthYear: thisYear - 5,
      resident: false,
    });
    const [toddler] = await addChildren(db(), outsider!.userId, [thisYear]);

    const options = await as(outsider!).get(`/api/courses/${courseId}/booking-options`);
    // Residency is the household's: it stops the booking whoever attends.
    expect(options.body.self.eligible).toBe(true);
    expect(options.body.householdReasons.map((r: { en: string }) => r.en)).toEqual([
      expect.stringContaining('live, work or study in Tsukuba'),
    ]);
    expect(options.body.familyMembers[0].eligible).toBe(false);

    const refused = await as(outsider!).post(`/api/courses/${courseId}/bookings`, {
      companionIds: [toddler],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('NOT_ELIGIBLE');
    expect(refused.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'self',
      `companionIds.${toddler}`,
    ]);
    expect(refused.body.fields[1].ja).toContain('子ども1さん：対象年齢は3〜6歳です');
    const [count] = await db().query(
      `SELECT count(*)::int AS n FROM bookings WHERE course_id = $1`,
      [courseId],
    );
    expect(count.n).toBe(0);
  });

  it('refuses companions who are not the caller’s family, and more companions than allowed', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 10, maxCompanions: 1 });
    const [mother, stranger] = await createCitizens(db(), 2);
    const own = await addChildren(db(), mother!.userId, [2018, 2020]);
    const [someoneElses] = await addChildren(db(), stranger!.userId, [2018]);

    const notFamily = await as(mother!).post(`/api/courses/${courseId}/bookings`, {
      companionIds: [someoneElses],
    });
    expect(notFamily.status).toBe(400);
    expect(notFamily.body.fields[0].field).toBe('companionIds');

    const tooMany = await as(mother!).post(`/api/courses/${courseId}/bookings`, {
      companionIds: own,
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('TOO_MANY_COMPANIONS');

    const unknownField = await as(mother!).post(`/api/courses/${courseId}/bookings`, {
      companionIds: [],
      seats: 5,
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.code).toBe('VALIDATION_FAILED');

    const badKey = await as(mother!)
      .post(`/api/courses/${courseId}/bookings`, { companionIds: [] })
      .set('Idempotency-Key', 'not a valid key!');
    expect(badKey.status).toBe(400);
    expect(badKey.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
  });

  it('answers before the window opens and after it closes, and for a full course', async () => {
    const [citizen] = await createCitizens(db(), 1);
    const later = await createBookableCourse(db(), {
      capacity: 10,
      opensAt: new Date(Date.now() + 86_400_000),
    });
    const notYet = await as(citizen!).post(`/api/courses/${later.courseId}/bookings`, {
      companionIds: [],
    });
    expect(notYet.status).toBe(409);
    expect(notYet.body.code).toBe('BOOKING_NOT_OPEN_YET');
    const options = await as(citizen!).get(`/api/courses/${later.courseId}/booking-options`);
    expect(options.body.state).toBe('not_open_yet');
    expect(options.body.notice.ja).toMatch(
      /^申込受付は\d{4}年\d+月\d+日\(.\) \d+:\d{2}からです。$/,
    );

    const closed = await createBookableCourse(db(), {
      capacity: 10,
      opensAt: new Date(Date.now() - 2 * 86_400_000),
      closesAt: new Date(Date.now() - 86_400_000),
    });
    const tooLate = await as(citizen!).post(`/api/courses/${closed.courseId}/bookings`, {
      companionIds: [],
    });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.code).toBe('BOOKING_CLOSED');

    const tiny = await createBookableCourse(db(), { capacity: 1 });
    const [first, second] = await createCitizens(db(), 2);
    await as(first!).post(`/api/courses/${tiny.courseId}/bookings`, { companionIds: [] });
    const full = await as(second!).post(`/api/courses/${tiny.courseId}/bookings`, {
      companionIds: [],
    });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('COURSE_FULL');
    expect(full.body.messages.en).toContain('waiting list');
    const waiting = await as(second!).post(`/api/courses/${tiny.courseId}/bookings`, {
      companionIds: [],
      joinWaitlist: true,
    });
    expect(waiting.status).toBe(201);
    expect(waiting.body).toMatchObject({ status: 'waiting', waitingPosition: 1 });
  });

  it('takes a lottery application without taking a seat', async () => {
    const { courseId } = await createBookableCourse(db(), {
      capacity: 2,
      bookingRule: 'lottery',
    });
    const citizens = await createCitizens(db(), 3);
    for (const citizen of citizens) {
      const applied = await as(citizen).post(`/api/courses/${courseId}/bookings`, {
        companionIds: [],
      });
      expect(applied.status).toBe(201);
      expect(applied.body.status).toBe('applied');
    }
    const [course] = await db().query(`SELECT booked_count FROM courses WHERE id = $1`, [courseId]);
    expect(course.booked_count).toBe(0);
    const options = await as(citizens[0]!).get(`/api/courses/${courseId}/booking-options`);
    expect(options.body.queueLength).toBe(3);
    const waitingView = await as(citizens[0]!).get('/api/me/bookings?view=waiting');
    expect(waitingView.body).toHaveLength(1);
  });

  it('cancels until the deadline, then explains why not; a waiting place can always be given up', async () => {
    const soon = await createBookableCourse(db(), {
      capacity: 1,
      // Three days ahead at 10:00 in Japan (within the facility's opening hours, whatever the
      // time of day the test runs).
      startsAt: japanInstant(addDays(japanDate(t.clock.now()), 3), '10:00'),
      cancelDeadlineHours: 24 * 5,
    });
    const [holder, waiter] = await createCitizens(db(), 2);
    const held = await as(holder!).post(`/api/courses/${soon.courseId}/bookings`, {
      companionIds: [],
    });
    const waiting = await as(waiter!).post(`/api/courses/${soon.courseId}/bookings`, {
      companionIds: [],
      joinWaitlist: true,
    });
    expect(held.body.cancellableUntil).not.toBeNull();

    const refused = await as(holder!).post(`/api/me/bookings/${held.body.id}/cancel`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CANCELLATION_CLOSED');

    const leave = await as(waiter!).post(`/api/me/bookings/${waiting.body.id}/cancel`);
    expect(leave.status).toBe(200);
    expect(leave.body).toMatchObject({ status: 'cancelled', cancelledBy: 'citizen' });
    const past = await as(waiter!).get('/api/me/bookings?view=past');
    expect(past.body.map((b: { id: string }) => b.id)).toEqual([waiting.body.id]);
  });

  it('promotes the first waiting party that fits when a seat frees up', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 3, maxCompanions: 2 });
    const [a, big, small] = await createCitizens(db(), 3);
    const bigChildren = await addChildren(db(), big!.userId, [2018, 2019]);
    const booked = await as(a!).post(`/api/courses/${courseId}/bookings`, { companionIds: [] });
    // The two other seats go to a party of two: the course is full.
    const [filler] = await createCitizens(db(), 1);
    const [fillerChild] = await addChildren(db(), filler!.userId, [2018]);
    await as(filler!).post(`/api/courses/${courseId}/bookings`, { companionIds: [fillerChild] });
    const bigWait = await as(big!).post(`/api/courses/${courseId}/bookings`, {
      companionIds: bigChildren,
      joinWaitlist: true,
    });
    const smallWait = await as(small!).post(`/api/courses/${courseId}/bookings`, {
      companionIds: [],
      joinWaitlist: true,
    });
    expect([bigWait.body.waitingPosition, smallWait.body.waitingPosition]).toEqual([1, 2]);

    // One seat frees: the party of three does not fit, the single person behind them does.
    await as(a!).post(`/api/me/bookings/${booked.body.id}/cancel`);
    const promoted = await as(small!).get(`/api/me/bookings/${smallWait.body.id}`);
    expect(promoted.body.status).toBe('confirmed');
    expect(promoted.body.promotedAt).not.toBeNull();
    const stillWaiting = await as(big!).get(`/api/me/bookings/${bigWait.body.id}`);
    expect(stillWaiting.body).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    const [note] = await db().query(
      `SELECT count(*)::int AS n FROM notifications WHERE booking_id = $1 AND kind = 'waitlist_promoted'`,
      [smallWait.body.id],
    );
    expect(note.n).toBe(1);
  });

  it('moves the waiting list up when the organiser adds seats', async () => {
    const { courseId, organisationId } = await createBookableCourse(db(), { capacity: 1 });
    const [first, second, third] = await createCitizens(db(), 3);
    await as(first!).post(`/api/courses/${courseId}/bookings`, { companionIds: [] });
    const waiting = await Promise.all(
      [second!, third!].map((citizen) =>
        as(citizen).post(`/api/courses/${courseId}/bookings`, {
          companionIds: [],
          joinWaitlist: true,
        }),
      ),
    );
    const organiser = await createTestPerson(db(), {
      roles: [{ role: 'organiser', organisationId }],
    });
    const more = await callAs(
      t.http,
      db(),
      organiser,
      'patch',
      `/api/organiser/courses/${courseId}`,
      {
        capacity: 2,
      },
    );
    expect(more.status).toBe(200);
    const statuses = await db().query(
      `SELECT status, count(*)::int AS n FROM bookings WHERE course_id = $1 GROUP BY status ORDER BY status`,
      [courseId],
    );
    expect(statuses).toEqual([
      { status: 'confirmed', n: 2 },
      { status: 'waiting', n: 1 },
    ]);
    const fewer = await callAs(
      t.http,
      db(),
      organiser,
      'patch',
      `/api/organiser/courses/${courseId}`,
      {
        capacity: 1,
      },
    );
    expect(fewer.status).toBe(400);
    expect(fewer.body.fields[0].field).toBe('capacity');
    expect(waiting.map((r) => r.body.status)).toEqual(['waiting', 'waiting']);
  });

  it('keeps each person to their own bookings', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 5 });
    const [owner, other] = await createCitizens(db(), 2);
    const booked = await as(owner!).post(`/api/courses/${courseId}/bookings`, {
      companionIds: [],
    });
    const peek = await as(other!).get(`/api/me/bookings/${booked.body.id}`);
    expect(peek.status).toBe(404);
    expect(peek.body.code).toBe('BOOKING_NOT_FOUND');
    const cancel = await as(other!).post(`/api/me/bookings/${booked.body.id}/cancel`);
    expect(cancel.status).toBe(404);
    const still = await as(owner!).get(`/api/me/bookings/${booked.body.id}`);
    expect(still.body.status).toBe('confirmed');
  });

  describe('judged on the person as the session read them (one round trip before the seat)', () => {
    const bookings = async (courseId: string, userId: string): Promise<number> =>
      (
        await db().query(
          `SELECT count(*)::int AS n FROM bookings WHERE course_id = $1 AND user_id = $2`,
          [courseId, userId],
        )
      )[0].n;

    it('a revoked session books nothing from the very next request', async () => {
      const { courseId } = await createBookableCourse(db(), { capacity: 5 });
      const [citizen] = await createCitizens(db(), 1);
      await db().query(`UPDATE user_sessions SET revoked_at = now() WHERE user_id = $1`, [
        citizen!.userId,
      ]);
      const refused = await as(citizen!).post(`/api/courses/${courseId}/bookings`, {
        companionIds: [],
      });
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe('AUTHENTICATION_REQUIRED');
      expect(await bookings(courseId, citizen!.userId)).toBe(0);
    });

    it('a changed birth year counts from the very next request', async () => {
      const { courseId } = await createBookableCourse(db(), { capacity: 5, targetAgeMin: 60 });
      const [citizen] = await createCitizens(db(), 1, { birthYear: 1980 });
      const tooYoung = await as(citizen!).post(`/api/courses/${courseId}/bookings`, {
        companionIds: [],
      });
      expect(tooYoung.status).toBe(422);
      expect(tooYoung.body.code).toBe('NOT_ELIGIBLE');
      await db().query(`UPDATE users SET birth_year = 1940 WHERE id = $1`, [citizen!.userId]);
      const booked = await as(citizen!).post(`/api/courses/${courseId}/bookings`, {
        companionIds: [],
      });
      expect(booked.status).toBe(201);
      expect(booked.body.participants[0].birthYear).toBe(1940);
    });

    it('one who has booked is told so before anything else, and a retry gets its booking back', async () => {
      const { courseId } = await createBookableCourse(db(), { capacity: 5 });
      const [citizen] = await createCitizens(db(), 1);
      const key = { 'Idempotency-Key': `retry-${courseId}` };
      const first = await as(citizen!)
        .post(`/api/courses/${courseId}/bookings`, { companionIds: [] })
        .set(key);
      expect(first.status).toBe(201);
      // The window closes (the course's change is heard, its kept context dropped) ...
      await db().query(
        `UPDATE courses SET application_closes_at = now() - interval '1 minute' WHERE id = $1`,
        [courseId],
      );
      // ... yet the retry of the request that booked answers that booking, as the first time,
      const retry = await as(citizen!)
        .post(`/api/courses/${courseId}/bookings`, { companionIds: [] })
        .set(key);
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(first.body.id);
      // and a new request is told the person has booked, not that the window closed.
      const again = await as(citizen!).post(`/api/courses/${courseId}/bookings`, {
        companionIds: [],
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_BOOKED');
      expect(await bookings(courseId, citizen!.userId)).toBe(1);
    });
  });
});
