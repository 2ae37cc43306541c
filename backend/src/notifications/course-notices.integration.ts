import request from 'supertest';
import { japanDate } from '../common/time/japan-time';
import { seedDemoData } from '../demo/seeder';
import { JobsService } from '../jobs/jobs.service';
import { createBookableCourse, createCitizens, type TestCitizen } from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { MailCatcher } from '../testing/mail-catcher';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { createTestPerson, signIn, type TestCredentials } from '../testing/test-people';
import { SESSION_REMINDERS_JOB } from './session-reminders.service';

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached in time: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What reaches the people booked when organisers change a course, and the day-before reminder. */
describe('notifications of course changes and reminders', () => {
  const mail = new MailCatcher();
  let t: TestApp;
  const clock = new SettableClock();

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    process.env['NOTIFICATION_POLL_MS'] = '100';
    process.env['JOB_POLL_SECONDS'] = '0.5';
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
  }, 120_000);
  afterEach(() => clock.reset());
  afterAll(async () => {
    await t?.close();
    await mail.stop();
    for (const name of ['SMTP_URL', 'NOTIFICATION_POLL_MS', 'JOB_POLL_SECONDS']) {
      delete process.env[name];
    }
  });

  const db = () => t.database.dataSource;
  const call = (credentials: TestCredentials) => ({
    post: (path: string, body: object = {}) =>
      request(t.http)
        .post(path)
        .set('Cookie', credentials.cookie)
        .set(credentials.csrfHeader)
        .send(body),
    patch: (path: string, body: object) =>
      request(t.http)
        .patch(path)
        .set('Cookie', credentials.cookie)
        .set(credentials.csrfHeader)
        .send(body),
    get: (path: string) =>
      request(t.http).get(path).set('Cookie', credentials.cookie).set(credentials.csrfHeader),
  });
  const book = async (citizen: TestCitizen, courseId: string) => {
    const response = await call(citizen.credentials).post(`/api/courses/${courseId}/bookings`, {
      companionIds: [],
      joinWaitlist: true,
    });
    expect(response.status).toBe(201);
    return response.body as { id: string; status: string };
  };
  const organiserOf = async (organisationId: string) =>
    signIn(db(), await createTestPerson(db(), { roles: [{ role: 'organiser', organisationId }] }));
  const emailOf = async (citizen: TestCitizen) =>
    (await db().query(`SELECT email FROM users WHERE id = $1`, [citizen.userId]))[0]
      .email as string;
  const notificationsOf = async (courseId: string, kind: string) =>
    db().query(
      `SELECT b.user_id AS "userId", n.payload FROM notifications n JOIN bookings b ON b.id = n.booking_id
        WHERE n.course_id = $1 AND n.kind = $2 ORDER BY n.id`,
      [courseId, kind],
    );

  it('cancelling a course cancels its bookings, frees the seats and tells everyone booked', async () => {
    const { courseId, organisationId } = await createBookableCourse(db(), { capacity: 2 });
    const [first, second, third, leaver] = await createCitizens(db(), 4);
    await book(first!, courseId);
    await book(second!, courseId);
    expect((await book(third!, courseId)).status).toBe('waiting');
    const left = await book(leaver!, courseId);
    await call(leaver!.credentials).post(`/api/me/bookings/${left.id}/cancel`);

    const organiser = await organiserOf(organisationId);
    const cancelled = await call(organiser).post(`/api/organiser/courses/${courseId}/cancel`);
    expect(cancelled.status).toBe(200);

    const bookings = await db().query(
      `SELECT user_id AS "userId", status, cancelled_by AS "cancelledBy" FROM bookings
        WHERE course_id = $1 AND user_id <> $2 ORDER BY created_at`,
      [courseId, leaver!.userId],
    );
    expect(bookings.map((b: { status: string }) => b.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(bookings.every((b: { cancelledBy: string }) => b.cancelledBy === 'organiser')).toBe(
      true,
    );
    const [course] = await db().query(`SELECT booked_count FROM courses WHERE id = $1`, [courseId]);
    expect(course.booked_count).toBe(0);
    // The three still booked are told; the one who had left already is not.
    const told = await notificationsOf(courseId, 'course_cancelled');
    expect(told.map((n: { userId: string }) => n.userId).sort()).toEqual(
      [first!.userId, second!.userId, third!.userId].sort(),
    );
    const received = await mail.waitFor(await emailOf(third!), '講座中止のお知らせ');
    expect(received.text).toContain('中止となりました');
    expect(received.text).toContain('（中止）');
  });

  it('a cancel racing with 30 bookings leaves no active booking, and tells everyone who got one', async () => {
    const { courseId, organisationId } = await createBookableCourse(db(), { capacity: 20 });
    const citizens = await createCitizens(db(), 30);
    const organiser = await organiserOf(organisationId);
    let answered = 0;
    const bookingCalls = citizens.map((citizen) =>
      call(citizen.credentials)
        .post(`/api/courses/${courseId}/bookings`, { companionIds: [], joinWaitlist: true })
        .then((response) => {
          answered += 1;
          return response;
        }),
    );
    // The organiser cancels while most bookings are still on their way.
    while (answered < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    const [cancel, ...bookings] = await Promise.all([
      call(organiser).post(`/api/organiser/courses/${courseId}/cancel`),
      ...bookingCalls,
    ]);
    expect(cancel.status).toBe(200);
    const booked = bookings.filter((response) => response.status === 201);
    // Every other answer is a refusal because the course is no longer open, never a 500.
    expect(bookings.every((response) => response.status === 201 || response.status < 500)).toBe(
      true,
    );
    const [state] = await db().query(
      `SELECT c.booked_count AS "bookedCount",
              (SELECT count(*)::int FROM bookings b
                WHERE b.course_id = c.id AND b.status IN ('applied', 'confirmed', 'waiting')) AS active,
              (SELECT count(*)::int FROM notifications n
                WHERE n.course_id = c.id AND n.kind = 'course_cancelled') AS told
         FROM courses c WHERE c.id = $1`,
      [courseId],
    );
    expect(booked.length).toBeGreaterThanOrEqual(3);
    expect(state).toEqual({ bookedCount: 0, active: 0, told: booked.length });
  });

  it('moving or cancelling a session tells the confirmed and the waiting what changed', async () => {
    const { courseId, organisationId, sessionIds } = await createBookableCourse(db(), {
      capacity: 1,
      sessions: 2,
    });
    const [confirmed, waiting, gone] = await createCitizens(db(), 3);
    await book(confirmed!, courseId);
    expect((await book(waiting!, courseId)).status).toBe('waiting');
    const left = await book(gone!, courseId);
    await call(gone!.credentials).post(`/api/me/bookings/${left.id}/cancel`);
    const [session] = await db().query(
      `SELECT room_id AS "roomId", starts_at AS "startsAt", ends_at AS "endsAt"
         FROM course_sessions WHERE id = $1`,
      [sessionIds[0]],
    );
    const day = 86_400_000;
    const organiser = await organiserOf(organisationId);
    const moved = await call(organiser).patch(
      `/api/organiser/courses/${courseId}/sessions/${sessionIds[0]}`,
      {
        roomId: session.roomId,
        startsAt: new Date(new Date(session.startsAt).getTime() + day).toISOString(),
        endsAt: new Date(new Date(session.endsAt).getTime() + day).toISOString(),
      },
    );
    expect(moved.status).toBe(200);

    const changes = await notificationsOf(courseId, 'course_changed');
    expect(changes.map((n: { userId: string }) => n.userId).sort()).toEqual(
      [confirmed!.userId, waiting!.userId].sort(),
    );
    expect(changes[0].payload).toMatchObject({
      change: 'session_moved',
      before: { room: { ja: expect.stringMatching(/^テスト室/) } },
      after: { room: { ja: expect.stringMatching(/^テスト室/) } },
    });
    expect(
      new Date(changes[0].payload.after.startsAt).getTime() -
        new Date(changes[0].payload.before.startsAt).getTime(),
    ).toBe(day);
    const received = await mail.waitFor(await emailOf(confirmed!), '日程変更のお知らせ');
    expect(received.text).toMatch(/変更前:\n・.+\n変更後:\n・/);

    const cancelled = await call(organiser).post(
      `/api/organiser/courses/${courseId}/sessions/${sessionIds[1]}/cancel`,
    );
    expect(cancelled.status).toBe(200);
    const after = await notificationsOf(courseId, 'course_changed');
    expect(after.slice(2).map((n: { payload: { change: string } }) => n.payload.change)).toEqual([
      'session_cancelled',
      'session_cancelled',
    ]);
    // The one who had cancelled before is not told of changes any more.
    await mail.waitFor(await emailOf(waiting!), '日程変更のお知らせ');
    const goneSubjects = mail.mailsTo(await emailOf(gone!)).map((m) => m.subject);
    expect(goneSubjects.some((subject) => subject.includes('日程変更'))).toBe(false);
  });

  it('reminds the confirmed the day before, once, however often the job runs', async () => {
    // 10:00 Japan time tomorrow, and the day after.
    const tomorrow = japanDate(new Date(Date.now() + 86_400_000));
    const startsAt = new Date(`${tomorrow}T10:00:00+09:00`);
    const { courseId, sessionIds } = await createBookableCourse(db(), {
      capacity: 1,
      sessions: 1,
      startsAt,
      cancelDeadlineHours: 0,
    });
    const { courseId: laterCourse } = await createBookableCourse(db(), {
      capacity: 5,
      startsAt: new Date(startsAt.getTime() + 86_400_000),
    });
    const [confirmed, waiting, later] = await createCitizens(db(), 3);
    const booking = await book(confirmed!, courseId);
    expect((await book(waiting!, courseId)).status).toBe('waiting');
    await book(later!, laterCourse);

    const jobs = t.app.get(JobsService);
    const reminders = () =>
      db().query(
        `SELECT user_id AS "userId", session_id AS "sessionId", dedupe_key AS "dedupeKey"
           FROM notifications WHERE kind = 'session_reminder' AND course_id = ANY($1::uuid[])`,
        [[courseId, laterCourse]],
      );
    // The first run of the day before, at 9:00 Japan time (whatever the hour the test runs at).
    clock.set(`${japanDate(new Date(startsAt.getTime() - 86_400_000))}T09:00:00+09:00`);
    await jobs.send(SESSION_REMINDERS_JOB, {});
    await eventually(reminders, (rows) => rows.length > 0);
    await jobs.send(SESSION_REMINDERS_JOB, {});
    await eventually(
      async () =>
        (
          await db().query(
            `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
            [SESSION_REMINDERS_JOB],
          )
        )[0].n as number,
      (n) => n >= 2,
    );
    expect(await reminders()).toEqual([
      {
        userId: confirmed!.userId,
        sessionId: sessionIds[0],
        dedupeKey: `reminder:${booking.id}:${sessionIds[0]}`,
      },
    ]);
    const email = await emailOf(confirmed!);
    const received = await mail.waitFor(email, '明日の講座のお知らせ');
    expect(received.text).toContain('10:00〜12:00');
    expect(mail.mailsTo(email).filter((m) => m.subject.includes('明日'))).toHaveLength(1);
  });

  it('shows city administrators how the outbox is doing, and nobody else', async () => {
    const admin = await signIn(
      db(),
      await createTestPerson(db(), { roles: [{ role: 'city_admin' }] }),
    );
    const [citizen] = await createCitizens(db(), 1);
    await db().query(
      `INSERT INTO notifications (kind, user_id, created_at, next_attempt_at)
       VALUES ('booking_cancelled', $1, now() - interval '2 hours', now() + interval '1 hour')`,
      [citizen!.userId],
    );
    const summary = await call(admin).get('/api/admin/notifications/summary');
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({ pending: 1, due: 0, failed: 0 });
    expect(summary.body.sent).toBeGreaterThan(0);
    expect(summary.body.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(7200);
    const refused = await call(citizen!.credentials).get('/api/admin/notifications/summary');
    expect(refused.status).toBe(403);
  });
});
