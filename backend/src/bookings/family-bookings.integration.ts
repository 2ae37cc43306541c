import request from 'supertest';
import { seedDemoData } from '../demo/seeder';
import {
  addChildren,
  addParent,
  createBookableCourse,
  createCitizens,
  type TestCitizen,
} from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson } from '../testing/test-people';

/**
 * Booking for family members (issue 15): the booker chooses who attends, only attendees count
 * against seats and ages, a course's guardian rule holds, childcare is asked for per child.
 */
describe('booking for family members', () => {
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

  /** The (Japan) year of the course's first session, in which ages are counted. */
  async function sessionYear(courseId: string): Promise<number> {
    const [row] = await db().query(
      `SELECT extract(year FROM min(starts_at) AT TIME ZONE 'Asia/Tokyo')::int AS year
         FROM course_sessions WHERE course_id = $1`,
      [courseId],
    );
    return row.year;
  }

  async function bookedCount(courseId: string): Promise<number> {
    const [row] = await db().query(`SELECT booked_count AS n FROM courses WHERE id = $1`, [
      courseId,
    ]);
    return row.n;
  }

  async function organiserRoster(courseId: string, organisationId: string) {
    const organiser = await createTestPerson(db(), {
      roles: [{ role: 'organiser', organisationId }],
    });
    const [session] = await db().query(
      `SELECT id FROM course_sessions WHERE course_id = $1 ORDER BY starts_at LIMIT 1`,
      [courseId],
    );
    const roster = await callAs(
      t.http,
      db(),
      organiser,
      'get',
      `/api/sessions/${session.id}/roster`,
    );
    expect(roster.status).toBe(200);
    return roster.body;
  }

  it('lets a parent book her 7-year-old alone onto a children’s course (one attendee per booking)', async () => {
    // こども英語あそび: ages 6–9, children alone, one attendee per booking.
    const course = await createBookableCourse(db(), {
      capacity: 10,
      maxCompanions: 0,
      targetAgeMin: 6,
      targetAgeMax: 9,
      guardianRule: 'children_alone',
    });
    const year = await sessionYear(course.courseId);
    const [mother] = await createCitizens(db(), 1, { birthYear: year - 38 });
    const [child7, child4] = await addChildren(db(), mother!.userId, [year - 7, year - 4]);

    const options = await as(mother!).get(`/api/courses/${course.courseId}/booking-options`);
    expect(options.status).toBe(200);
    expect(options.body).toMatchObject({
      maxAttendees: 1,
      guardianRule: 'children_alone',
      householdReasons: [],
      self: { eligible: false },
    });
    const eligible = Object.fromEntries(
      options.body.familyMembers.map((m: { familyMemberId: string; eligible: boolean }) => [
        m.familyMemberId,
        m.eligible,
      ]),
    );
    expect(eligible).toEqual({ [child7!]: true, [child4!]: false });

    // She may not attend herself (38), nor bring the 4-year-old.
    const herself = await as(mother!).post(`/api/courses/${course.courseId}/bookings`, {
      companionIds: [],
    });
    expect(herself.status).toBe(422);
    expect(herself.body.fields.map((f: { field: string }) => f.field)).toEqual(['self']);
    const young = await as(mother!).post(`/api/courses/${course.courseId}/bookings`, {
      bookerAttends: false,
      companionIds: [child4],
    });
    expect(young.status).toBe(422);
    const nobody = await as(mother!).post(`/api/courses/${course.courseId}/bookings`, {
      bookerAttends: false,
      companionIds: [],
    });
    expect(nobody.status).toBe(422);
    expect(nobody.body.fields[0]).toMatchObject({ field: 'companionIds' });
    const two = await as(mother!).post(`/api/courses/${course.courseId}/bookings`, {
      bookerAttends: false,
      companionIds: [child7, child4],
    });
    expect(two.status).toBe(400);
    expect(two.body.code).toBe('TOO_MANY_COMPANIONS');

    const booked = await as(mother!).post(`/api/courses/${course.courseId}/bookings`, {
      bookerAttends: false,
      companionIds: [child7],
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({
      status: 'confirmed',
      partySize: 1,
      bookerAttends: false,
      bookerName: '市民 1',
    });
    expect(booked.body.participants.map((p: { name: string }) => p.name)).toEqual(['子ども1']);
    // Only the child takes a seat.
    expect(await bookedCount(course.courseId)).toBe(1);
    // The stored booking says the same as the answer.
    const stored = await as(mother!).get(`/api/me/bookings/${booked.body.id}`);
    expect(stored.body).toMatchObject({ partySize: 1, bookerAttends: false, bookerName: '市民 1' });
    expect(stored.body.participants).toHaveLength(1);

    // The door: who booked, that she does not attend, the child who does.
    const roster = await organiserRoster(course.courseId, course.organisationId);
    const entry = roster.entries.find((e: { bookingId: string }) => e.bookingId === booked.body.id);
    expect(entry).toMatchObject({ name: '市民 1', bookerAttends: false, partySize: 1 });
    expect(entry.companions).toEqual([{ name: '子ども1', age: 7 }]);

    // The mail names the child and says the booker does not attend.
    const [notice] = await db().query(`SELECT kind FROM notifications WHERE booking_id = $1`, [
      booked.body.id,
    ]);
    expect(notice.kind).toBe('booking_confirmed');
  });

  it('lets a son book his mother onto a seniors’ course without attending', async () => {
    const course = await createBookableCourse(db(), {
      capacity: 8,
      maxCompanions: 1,
      targetAgeMin: 65,
    });
    const year = await sessionYear(course.courseId);
    const [son] = await createCitizens(db(), 1, { birthYear: year - 45 });
    const mother = await addParent(db(), son!.userId, year - 76);
    const booked = await as(son!).post(`/api/courses/${course.courseId}/bookings`, {
      bookerAttends: false,
      companionIds: [mother],
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ partySize: 1, bookerAttends: false });
    expect(await bookedCount(course.courseId)).toBe(1);
  });

  it('keeps a parent-and-child course’s rule: the parent attends, with a child', async () => {
    const course = await createBookableCourse(db(), {
      capacity: 10,
      maxCompanions: 2,
      targetAgeMin: 3,
      targetAgeMax: 6,
      guardianRule: 'parent_and_child',
    });
    const year = await sessionYear(course.courseId);
    const [father] = await createCitizens(db(), 1, { birthYear: year - 40 });
    const [child] = await addChildren(db(), father!.userId, [year - 4]);
    const childOnly = await as(father!).post(`/api/courses/${course.courseId}/bookings`, {
      bookerAttends: false,
      companionIds: [child],
    });
    expect(childOnly.status).toBe(422);
    expect(childOnly.body.fields.map((f: { field: string }) => f.field)).toEqual(['bookerAttends']);
    const parentOnly = await as(father!).post(`/api/courses/${course.courseId}/bookings`, {
      companionIds: [],
    });
    expect(parentOnly.status).toBe(422);
    expect(parentOnly.body.fields.map((f: { field: string }) => f.field)).toEqual(['companionIds']);
    const together = await as(father!).post(`/api/courses/${course.courseId}/bookings`, {
      companionIds: [child],
    });
    expect(together.status).toBe(201);
    expect(together.body.partySize).toBe(2);
    expect(await bookedCount(course.courseId)).toBe(2);
  });

  it('takes childcare requests on courses that offer it, and counts the children per session', async () => {
    const withCare = await createBookableCourse(db(), { capacity: 10, childcareOffered: true });
    const without = await createBookableCourse(db(), { capacity: 10 });
    const [a, b] = await createCitizens(db(), 2);
    const refused = await as(a!).post(`/api/courses/${without.courseId}/bookings`, {
      companionIds: [],
      childcareAges: [2],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.fields[0].field).toBe('childcareAges');
    const badAge = await as(a!).post(`/api/courses/${withCare.courseId}/bookings`, {
      companionIds: [],
      childcareAges: [2, 40],
    });
    expect(badAge.status).toBe(400);
    expect(badAge.body.code).toBe('VALIDATION_FAILED');

    const first = await as(a!).post(`/api/courses/${withCare.courseId}/bookings`, {
      companionIds: [],
      childcareAges: [1, 3],
    });
    expect(first.status).toBe(201);
    expect(first.body.childcareAges).toEqual([1, 3]);
    // Childcare is not a seat.
    expect(first.body.partySize).toBe(1);
    await as(b!).post(`/api/courses/${withCare.courseId}/bookings`, {
      companionIds: [],
      childcareAges: [0],
    });
    const stored = await as(a!).get(`/api/me/bookings/${first.body.id}`);
    expect(stored.body.childcareAges).toEqual([1, 3]);
    const roster = await organiserRoster(withCare.courseId, withCare.organisationId);
    expect(roster.totals.childcare).toBe(3);
    expect(roster.course.childcareOffered).toBe(true);
  });

  it('never trusts the caller’s head count: the database counts the attendees itself', async () => {
    const course = await createBookableCourse(db(), { capacity: 5, maxCompanions: 3 });
    const [parent, stranger] = await createCitizens(db(), 2);
    const children = await addChildren(db(), parent!.userId, [2015, 2016]);
    const [notHers] = await addChildren(db(), stranger!.userId, [2015]);
    const take = (requests: object[]) =>
      db().query(`SELECT ord, outcome FROM tsumugu_take_seats($1, $2::jsonb)`, [
        course.courseId,
        JSON.stringify(requests),
      ]);
    const base = {
      booking_id: '00000000-0000-4000-8000-000000000001',
      user_id: parent!.userId,
      code: 'KKKKKKKK',
      join_waitlist: false,
    };
    // Three attendees claimed as one seat; nobody at all; someone else's child.
    expect(
      await take([{ ...base, ord: 0, party: 1, booker_attends: true, companions: children }]),
    ).toEqual([{ ord: 0, outcome: 'invalid' }]);
    expect(
      await take([{ ...base, ord: 0, party: 0, booker_attends: false, companions: [] }]),
    ).toEqual([{ ord: 0, outcome: 'invalid' }]);
    expect(
      await take([{ ...base, ord: 0, party: 1, booker_attends: false, companions: [notHers] }]),
    ).toEqual([{ ord: 0, outcome: 'invalid' }]);
    expect(await bookedCount(course.courseId)).toBe(0);
  });

  it('seats attendees only, never beyond capacity, under a rush of parents booking their children', async () => {
    // 12 parents each book two children without attending, at once, for 7 seats: three
    // parties fit (6 seats), the last seat stays free (a party of two does not fit it).
    const course = await createBookableCourse(db(), { capacity: 7, maxCompanions: 3 });
    const parents = await createCitizens(db(), 12);
    const kids = await Promise.all(parents.map((p) => addChildren(db(), p.userId, [2016, 2018])));
    const answers = await Promise.all(
      parents.map((p, i) =>
        as(p).post(`/api/courses/${course.courseId}/bookings`, {
          bookerAttends: false,
          companionIds: kids[i],
          joinWaitlist: true,
        }),
      ),
    );
    expect(answers.map((a) => a.status).every((s) => s === 201)).toBe(true);
    const confirmed = answers.filter((a) => a.body.status === 'confirmed');
    expect(confirmed).toHaveLength(3);
    expect(answers.filter((a) => a.body.status === 'waiting')).toHaveLength(9);
    const [seats] = await db().query(
      `SELECT c.booked_count AS "bookedCount", c.capacity,
              (SELECT sum((b.booker_attends)::int
                          + (SELECT count(*) FROM booking_participants p WHERE p.booking_id = b.id))
                 FROM bookings b WHERE b.course_id = c.id AND b.status = 'confirmed')::int AS attendees,
              (SELECT count(*) FROM bookings b WHERE b.course_id = c.id
                  AND b.party_size <> b.booker_attends::int
                      + (SELECT count(*) FROM booking_participants p WHERE p.booking_id = b.id))::int
                AS miscounted
         FROM courses c WHERE c.id = $1`,
      [course.courseId],
    );
    expect(seats).toEqual({ bookedCount: 6, capacity: 7, attendees: 6, miscounted: 0 });
  });
});
