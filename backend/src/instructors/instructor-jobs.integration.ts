import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';
import { InstructorJobs } from './instructor-jobs';
import { makeEligible, profileContent } from './instructor-test-helpers';

/**
 * Validity over time, at chosen instants: renewal mails 60 and 14 days before the last valid
 * day, the one-step renewal, and expiry exactly once (the job run twice, and twice at once).
 */
describe('instructor bank: renewal and expiry', () => {
  // Registered on 7 December 2026 (FY2026): valid until 31 March 2029.
  const clock = new SettableClock('2026-12-07T10:00:00+09:00');
  let t: TestApp;
  let jobs: InstructorJobs;
  let reviewer: TestPerson;
  const as = (
    person: TestPerson | null,
    method: 'get' | 'post' | 'put',
    path: string,
    body?: object,
  ) => callAs(t.http, t.database.dataSource, person, method, path, body);

  async function register(name: string): Promise<{ person: TestPerson; id: string }> {
    const db = t.database.dataSource;
    const person = await createTestPerson(db);
    await makeEligible(db, person.userId);
    await as(person, 'put', '/api/me/instructor-profile', profileContent({ displayName: name }));
    const { body } = await as(person, 'post', '/api/me/instructor-profile/submit');
    const decided = await as(
      reviewer,
      'post',
      `/api/review/instructor-profiles/${body.id}/decisions`,
      {
        action: 'approve',
        comment: '',
        expectedVersion: body.version,
      },
    );
    expect(decided.body.validUntil).toBe('2029-03-31');
    return { person, id: body.id };
  }

  const kinds = async (userId: string) =>
    (
      await t.database.dataSource.query(
        `SELECT kind FROM notifications WHERE user_id = $1 AND kind IN
           ('instructor_renewal_reminder', 'instructor_profile_expired') ORDER BY id`,
        [userId],
      )
    ).map((row: { kind: string }) => row.kind);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN, clock.now());
    reviewer = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'instructor_reviewer' }],
    });
    jobs = t.app.get(InstructorJobs);
  });
  afterAll(() => t.close());

  it('mails 60 and 14 days before the end, each once, and renews in one step', async () => {
    clock.set('2026-12-07T10:00:00+09:00');
    const { person } = await register('更新 一郎');
    clock.set('2029-01-29T09:00:00+09:00'); // 61 days before 31 March
    await jobs.remindRenewals();
    expect(await kinds(person.userId)).toEqual([]);
    clock.set('2029-01-30T09:00:00+09:00'); // 60 days before
    await jobs.remindRenewals();
    await jobs.remindRenewals();
    expect(await kinds(person.userId)).toEqual(['instructor_renewal_reminder']);
    clock.set('2029-03-17T09:00:00+09:00'); // 14 days before
    await Promise.all([jobs.remindRenewals(), jobs.remindRenewals()]);
    expect(await kinds(person.userId)).toEqual([
      'instructor_renewal_reminder',
      'instructor_renewal_reminder',
    ]);
    const [mail] = await t.database.dataSource.query(
      `SELECT payload FROM notifications WHERE user_id = $1 AND kind = 'instructor_renewal_reminder' ORDER BY id DESC LIMIT 1`,
      [person.userId],
    );
    expect(mail.payload).toMatchObject({ validUntil: '2029-03-31', daysLeft: 14 });

    // "Nothing has changed": renewed in FY2028 → valid to the end of FY2030.
    const renewed = await as(person, 'post', '/api/me/instructor-profile/renew');
    expect(renewed.status).toBe(200);
    expect(renewed.body.validUntil).toBe('2031-03-31');
    expect(renewed.body.renewable).toBe(false);
  });

  it('expires a lapsed registration exactly once and takes the role away unless teaching', async () => {
    clock.set('2026-12-07T10:00:00+09:00');
    const lapsed = await register('期限 花子');
    const teacher = await register('指導 次郎');
    const db = t.database.dataSource;
    // The second teaches a course with a session still to come on the day of expiry.
    const courseId = seedId('course', 'parenting');
    await db.query(`INSERT INTO course_instructors (course_id, user_id) VALUES ($1, $2)`, [
      courseId,
      teacher.person.userId,
    ]);
    // One session, on 2 April 2029, whatever day the fixture's dates were built around.
    await db.query(
      `DELETE FROM course_sessions
        WHERE course_id = $1
          AND id <> (SELECT id FROM course_sessions WHERE course_id = $1 ORDER BY starts_at DESC LIMIT 1)`,
      [courseId],
    );
    await db.query(
      `UPDATE course_sessions SET starts_at = '2029-04-02T10:00:00+09:00', ends_at = '2029-04-02T11:00:00+09:00'
        WHERE course_id = $1`,
      [courseId],
    );

    clock.set('2029-03-31T23:59:59+09:00'); // the last valid second
    expect(await jobs.expire()).toBe(0);
    expect((await as(null, 'get', `/api/instructors/${lapsed.id}`)).status).toBe(200);

    clock.set('2029-04-01T00:05:00+09:00');
    // The directory does not wait for the job.
    expect((await as(null, 'get', `/api/instructors/${lapsed.id}`)).status).toBe(404);
    const runs = await Promise.all([jobs.expire(), jobs.expire(), jobs.expire()]);
    const again = await jobs.expire();
    const events = await db.query(
      `SELECT profile_id AS "profileId" FROM instructor_profile_events
        WHERE kind = 'expired' AND profile_id = ANY($1::uuid[])`,
      [[lapsed.id, teacher.id]],
    );
    expect(events).toHaveLength(2);
    expect(runs.reduce((sum, n) => sum + n, 0)).toBe(2);
    expect(again).toBe(0);
    expect(await kinds(lapsed.person.userId)).toEqual(['instructor_profile_expired']);
    const [profile] = await db.query(`SELECT status FROM instructor_profiles WHERE id = $1`, [
      lapsed.id,
    ]);
    expect(profile.status).toBe('expired');

    const roles = async (userId: string) =>
      (await db.query(`SELECT role FROM role_assignments WHERE user_id = $1`, [userId])).map(
        (row: { role: string }) => row.role,
      );
    expect(await roles(lapsed.person.userId)).toEqual([]);
    expect(await roles(teacher.person.userId)).toEqual(['instructor']);

    // Once the course is over, the next daily run takes the role away.
    clock.set('2029-04-03T00:05:00+09:00');
    await jobs.expire();
    expect(await roles(teacher.person.userId)).toEqual([]);
  });
});
