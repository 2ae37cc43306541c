import { seedDemoData, seedId } from '../demo/seeder';
import { makeEligible, profileContent } from '../instructors/instructor-test-helpers';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { MailCatcher } from '../testing/mail-catcher';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';

/**
 * An instructor is told when an organiser links them to a course and when they unlink them
 * (issue 15, "Organisers"): exactly one mail per change, in the instructor's language, naming the
 * course, its dates, the organiser and a link; saving the same links again tells nobody twice;
 * the start page points the new course out. Both ways of linking are covered: an account added
 * by email on the rosters page, and an instructor-bank profile chosen in the course form.
 */
describe('instructors are told of the courses they teach', () => {
  const mail = new MailCatcher();
  const clock = new SettableClock();
  let t: TestApp;
  let organiser: TestPerson;
  const courseId = seedId('course', 'parenting');
  const instructorsPath = `/api/organiser/courses/${courseId}/instructors`;
  const as = (
    person: TestPerson,
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
    body?: object,
  ) => callAs(t.http, t.database.dataSource, person, method, path, body);

  const notices = async (userId: string): Promise<string[]> =>
    (
      await t.database.dataSource.query(
        `SELECT kind FROM notifications
          WHERE user_id = $1 AND course_id = $2 AND kind LIKE 'instructor_course_%'
          ORDER BY created_at, id`,
        [userId, courseId],
      )
    ).map((row: { kind: string }) => row.kind);

  const newInstructor = async (language: 'ja' | 'en' = 'ja'): Promise<TestPerson> => {
    const person = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'instructor' }],
    });
    await t.database.dataSource.query(`UPDATE users SET preferred_language = $2 WHERE id = $1`, [
      person.userId,
      language,
    ]);
    return person;
  };

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    process.env['NOTIFICATION_POLL_MS'] = '100';
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    organiser = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'organiser', organisationId: seedId('organisation', 'kosodate') }],
    });
  }, 120_000);
  afterEach(() => clock.reset());
  afterAll(async () => {
    await t?.close();
    await mail.stop();
    delete process.env['SMTP_URL'];
    delete process.env['NOTIFICATION_POLL_MS'];
  });

  it('mails one notice in the instructor’s language on linking, none when linked again', async () => {
    const instructor = await newInstructor('en');
    expect((await as(organiser, 'post', instructorsPath, { email: instructor.email })).status).toBe(
      201,
    );
    expect((await as(organiser, 'post', instructorsPath, { email: instructor.email })).status).toBe(
      201,
    );
    expect(await notices(instructor.userId)).toEqual(['instructor_course_linked']);

    const received = await mail.waitFor(instructor.email, 'You teach a course');
    expect(received.subject).toContain('Parenting support: play together');
    expect(received.text).toContain('Organised by: Tsukuba City Lifelong Learning Division');
    // The dates and places, in Japan time.
    expect(received.text).toMatch(/Dates and place:\n・.+10:00.+Azuma/);
    expect(received.text).toContain('/rosters');
    expect(received.text).toContain(`/courses/${courseId}`);
    expect(mail.mailsTo(instructor.email)).toHaveLength(1);

    // The start page points the course out as new, with its organiser and dates.
    const courses = await as(instructor, 'get', '/api/instructor/courses');
    expect(courses.status).toBe(200);
    expect(courses.body).toEqual([
      expect.objectContaining({
        courseId,
        titleJa: '子育て支援講座 〜親子でふれあい遊び〜',
        organiserJa: 'つくば市 生涯学習推進課',
        public: true,
        sessionCount: 2,
        isNew: true,
      }),
    ]);
    // Fifteen days later it is still listed, no longer as new.
    clock.advance(15 * 24 * 60 * 60 * 1000);
    const later = await as(instructor, 'get', '/api/instructor/courses');
    expect(later.body.map((c: { isNew: boolean }) => c.isNew)).toEqual([false]);
  });

  it('mails one notice on unlinking, and again on each later change', async () => {
    const instructor = await newInstructor('ja');
    const path = `${instructorsPath}/${instructor.userId}`;
    await as(organiser, 'post', instructorsPath, { email: instructor.email });
    await mail.waitFor(instructor.email, '講座の講師になりました');

    expect((await as(organiser, 'delete', path)).status).toBe(204);
    expect((await as(organiser, 'delete', path)).status).toBe(404);
    expect(await notices(instructor.userId)).toEqual([
      'instructor_course_linked',
      'instructor_course_unlinked',
    ]);
    const removed = await mail.waitFor(instructor.email, '講座の講師から外れました');
    expect(removed.subject).toContain('子育て支援講座');
    expect(removed.text).toContain('主催: つくば市 生涯学習推進課');
    expect(removed.text).toMatch(/日程・会場:\n・.+10:00/);
    expect((await as(instructor, 'get', '/api/instructor/courses')).body).toEqual([]);

    // Linked again a moment later: a new link, told once more.
    clock.advance(60_000);
    await as(organiser, 'post', instructorsPath, { email: instructor.email });
    expect(await notices(instructor.userId)).toEqual([
      'instructor_course_linked',
      'instructor_course_unlinked',
      'instructor_course_linked',
    ]);
    await as(organiser, 'delete', path);
  });

  it('tells one instructor once when five organisers’ saves race to link them', async () => {
    const instructor = await newInstructor('ja');
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        as(organiser, 'post', instructorsPath, { email: instructor.email }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
    expect(await notices(instructor.userId)).toEqual(['instructor_course_linked']);
    await as(organiser, 'delete', `${instructorsPath}/${instructor.userId}`);
  });

  it('tells an instructor-bank profile linked in the course form, once, and when removed', async () => {
    const db = t.database.dataSource;
    const person = await createTestPerson(db);
    const reviewer = await createTestPerson(db, { roles: [{ role: 'instructor_reviewer' }] });
    await makeEligible(db, person.userId);
    await as(person, 'put', '/api/me/instructor-profile', profileContent());
    const submitted = (await as(person, 'post', '/api/me/instructor-profile/submit')).body;
    const approved = await as(
      reviewer,
      'post',
      `/api/review/instructor-profiles/${submitted.id}/decisions`,
      { action: 'approve', comment: '', expectedVersion: submitted.version },
    );
    expect(approved.status).toBeLessThan(300);
    const coursePath = `/api/organiser/courses/${courseId}`;

    const linked = await as(organiser, 'patch', coursePath, {
      instructorProfileIds: [submitted.id],
    });
    expect(linked.status).toBe(200);
    // Saving the form again with the same instructor tells nobody twice.
    expect(
      (await as(organiser, 'patch', coursePath, { instructorProfileIds: [submitted.id] })).status,
    ).toBe(200);
    expect(await notices(person.userId)).toEqual(['instructor_course_linked']);
    await mail.waitFor(person.email, '講座の講師になりました');

    expect((await as(organiser, 'patch', coursePath, { instructorProfileIds: [] })).status).toBe(
      200,
    );
    expect(await notices(person.userId)).toEqual([
      'instructor_course_linked',
      'instructor_course_unlinked',
    ]);
    await mail.waitFor(person.email, '講座の講師から外れました');
  });

  it('shows the start page to instructors only', async () => {
    const citizen = await createTestPerson(t.database.dataSource);
    expect((await as(citizen, 'get', '/api/instructor/courses')).status).toBe(403);
  });
});
