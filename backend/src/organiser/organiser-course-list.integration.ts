import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';

const kitchen = seedId('room', 'azuma/kitchen');

function courseInput(organisationId: string, titleJa: string) {
  return {
    organisationId,
    titleJa,
    titleEn: 'Desk test course',
    summaryJa: '主催者の一覧のための講座です。',
    summaryEn: 'A course for the organiser list.',
    descriptionJa: '説明',
    descriptionEn: 'Description',
    lifeStages: ['seniors'],
    category: 'digital',
    pillar: 2,
    targetAgeMin: null,
    targetAgeMax: null,
    audience: 'residents_first',
    feeYen: 0,
    childcareOffered: false,
    whatToBringJa: '筆記用具',
    whatToBringEn: 'Something to write with',
    instructorNamesJa: '山田 花子',
    instructorNamesEn: 'Hanako Yamada',
    capacity: 20,
    maxCompanions: 0,
    bookingRule: 'first_come',
    applicationOpensAt: '2026-11-20T09:00:00+09:00',
    applicationClosesAt: '2027-02-03T17:00:00+09:00',
  };
}

interface ListedCourse {
  id: string;
  status: string;
  phase: string;
  bookedCount: number;
  waitingCount: number;
  appliedCount: number;
  attendanceRate: number | null;
  applicationOpensAt: string;
}

/**
 * The organiser's course list says where each course really stands (a published course whose
 * sessions are over is finished, not "published") and gives its figures: booked, waiting,
 * attendance at the sessions held so far.
 */
describe("organiser's course list: real state and figures", () => {
  const clock = new SettableClock('2026-12-01T12:00:00+09:00');
  let t: TestApp;
  let organiser: TestPerson;
  const organisationA = seedId('organisation', 'kosodate');
  const as = (method: 'get' | 'post', path: string, body?: object) =>
    callAs(t.http, t.database.dataSource, organiser, method, `/api/organiser/courses${path}`, body);
  const listed = async (id: string): Promise<ListedCourse> => {
    const response = await as('get', '');
    expect(response.status).toBe(200);
    return (response.body as ListedCourse[]).find((course) => course.id === id)!;
  };

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    organiser = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'organiser', organisationId: organisationA }],
    });
  });
  afterAll(() => t.close());

  it('moves a course from draft to open, running and finished by its sessions and the clock', async () => {
    clock.set('2026-12-01T12:00:00+09:00');
    const created = await as('post', '', courseInput(organisationA, '一覧の状態テスト講座'));
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    const series = await as('post', `/${id}/sessions/series`, {
      firstDate: '2027-02-04',
      startTime: '10:00',
      durationMinutes: 90,
      frequency: 'weekly',
      count: 4,
      roomId: kitchen,
    });
    expect(series.status).toBe(201);
    const sessionIds: string[] = series.body.course.sessions.map((s: { id: string }) => s.id);

    expect(await listed(id)).toMatchObject({
      status: 'draft',
      phase: 'draft',
      waitingCount: 0,
      attendanceRate: null,
      applicationOpensAt: '2026-11-20T09:00:00+09:00',
    });
    expect((await as('post', `/${id}/publish`)).status).toBe(200);
    expect(await listed(id)).toMatchObject({
      status: 'published',
      phase: 'open',
      applicationWindow: 'open',
    });

    // Three confirmed bookings and one party of two waiting, written as the ledger leaves them.
    const db = t.database.dataSource;
    const people = await Promise.all([0, 1, 2, 3].map(() => createTestPerson(db)));
    const codes = ['DESKAAAA', 'DESKBBBB', 'DESKCCCC', 'DESKDDDD'];
    const bookingIds: string[] = [];
    for (const [index, person] of people.entries()) {
      const waiting = index === 3;
      const [row] = await db.query(
        `INSERT INTO bookings (course_id, user_id, code, status, party_size, queue_position,
                               confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          id,
          person.userId,
          codes[index],
          waiting ? 'waiting' : 'confirmed',
          waiting ? 2 : 1,
          waiting ? 1 : null,
          waiting ? null : '2026-12-01T12:00:00+09:00',
        ],
      );
      bookingIds.push(row.id);
    }
    expect(await listed(id)).toMatchObject({ phase: 'open', waitingCount: 2 });

    // After the second session: two of three came to the first, one (late) to the second; the
    // third session has not begun and does not count.
    clock.set('2027-02-11T12:00:00+09:00');
    const attend = (session: string, booking: string, status: string) =>
      db.query(
        `INSERT INTO session_attendance (session_id, booking_id, status, checked_in_at)
         VALUES ($1, $2, $3, CASE WHEN $3 = 'absent' THEN NULL ELSE now() END)`,
        [session, booking, status],
      );
    await attend(sessionIds[0], bookingIds[0], 'present');
    await attend(sessionIds[0], bookingIds[1], 'present');
    await attend(sessionIds[0], bookingIds[2], 'absent');
    await attend(sessionIds[1], bookingIds[0], 'late');
    await attend(sessionIds[2], bookingIds[1], 'present'); // recorded early: not yet held
    const running = await listed(id);
    expect(running).toMatchObject({
      status: 'published',
      phase: 'running',
      applicationWindow: 'closed',
      waitingCount: 2,
    });
    expect(running.attendanceRate).toBeCloseTo(3 / 6, 3);

    // The last session ended at 11:30 on 25 February: from then on the course is finished,
    // although nobody changed its status.
    clock.set('2027-02-25T11:30:00+09:00');
    const finished = await listed(id);
    expect(finished).toMatchObject({ status: 'published', phase: 'finished' });
    expect(finished.attendanceRate).toBeCloseTo(4 / 12, 3);
    clock.set('2027-02-25T11:29:59+09:00');
    expect((await listed(id)).phase).toBe('running');

    const detail = await as('get', `/${id}`);
    expect(detail.body).toMatchObject({ phase: 'running', waitingCount: 2 });
  });

  it('keeps a cancelled course cancelled, whatever its dates', async () => {
    clock.set('2026-12-01T12:00:00+09:00');
    const created = await as('post', '', courseInput(organisationA, '一覧の中止テスト講座'));
    const id: string = created.body.id;
    await as('post', `/${id}/sessions`, {
      startsAt: '2027-03-04T10:00:00+09:00',
      endsAt: '2027-03-04T11:30:00+09:00',
      roomId: kitchen,
    });
    expect((await as('post', `/${id}/publish`)).status).toBe(200);
    expect((await as('post', `/${id}/cancel`)).status).toBe(200);
    clock.set('2027-04-01T12:00:00+09:00');
    expect(await listed(id)).toMatchObject({ status: 'cancelled', phase: 'cancelled' });
  });
});
