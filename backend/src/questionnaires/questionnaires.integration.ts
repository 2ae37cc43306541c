import request from 'supertest';
import { newBookingCode } from '../bookings/booking-code';
import { seedDemoData } from '../demo/seeder';
import { createBookableCourse, createCitizens } from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { MailCatcher } from '../testing/mail-catcher';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';
import { NOTIFICATION_KINDS } from '../notifications/notification-mails';
import { QuestionnaireJobs } from './questionnaire-jobs';
import { summarise } from './questionnaire-results';

/**
 * The questionnaire end to end on a real PostgreSQL, at chosen instants: invitations exactly
 * once after the last session (the round run twice, and twice at once), the mailed single-use
 * link (two answers at once → one stored), the reminder once, closing after 30 days, the
 * organiser's questions frozen by the first answer, and the five-answer threshold in every
 * route that shows figures (organiser page, organiser CSV, city report, city CSV).
 */
describe('the course questionnaire', () => {
  // The course's two sessions end on 4 and 11 November 2026, 12:00 Japan time.
  const clock = new SettableClock('2026-10-20T09:00:00+09:00');
  const mail = new MailCatcher();
  let t: TestApp;
  let jobs: QuestionnaireJobs;
  let organiser: TestPerson;
  let otherOrganiser: TestPerson;
  let admin: TestPerson;
  let courseId: string;
  const emails: string[] = [];
  const tokens = new Map<string, string>();

  const db = () => t.database.dataSource;
  const as = (
    person: TestPerson | null,
    method: 'get' | 'post' | 'put',
    path: string,
    body?: object,
  ) => callAs(t.http, db(), person, method, path, body);

  const answer = (token: string, body: object = {}) =>
    as(null, 'post', `/api/questionnaire-links/${token}/answers`, {
      satisfaction: 4,
      usefulness: 3,
      useIn: ['life'],
      heardFrom: ['koho_tsukuba'],
      ...body,
    });

  const invitationsOf = async (id: string): Promise<number> =>
    (
      await db().query(
        `SELECT count(*)::int AS count FROM questionnaire_invitations WHERE course_id = $1`,
        [id],
      )
    )[0].count;
  const remindersOf = async (id: string): Promise<number> =>
    (
      await db().query(
        `SELECT count(*)::int AS count FROM notifications
          WHERE course_id = $1 AND kind = 'questionnaire_reminder'`,
        [id],
      )
    )[0].count;

  /** The token of the latest questionnaire mail to an address (the link ends in /q/<token>). */
  async function tokenFor(email: string, subject: string): Promise<string> {
    const caught = await mail.waitFor(email, subject);
    const link = caught.links.find((l) => l.includes('/q/'));
    if (!link) throw new Error(`no questionnaire link in the mail to ${email}`);
    return link.slice(link.lastIndexOf('/q/') + 3);
  }

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    t = await createTestApp({ clock });
    await seedDemoData(db(), FIXTURE_PLAN, clock.now());
    jobs = t.app.get(QuestionnaireJobs);
    const course = await createBookableCourse(db(), {
      capacity: 20,
      opensAt: new Date('2026-10-01T09:00:00+09:00'),
      closesAt: new Date('2026-10-30T17:00:00+09:00'),
      startsAt: new Date('2026-11-04T10:00:00+09:00'),
      sessions: 2,
    });
    courseId = course.courseId;
    organiser = await createTestPerson(db(), {
      roles: [{ role: 'organiser', organisationId: course.organisationId }],
    });
    const [{ other }] = await db().query(
      `SELECT id AS other FROM organisations WHERE id <> $1 ORDER BY name_ja LIMIT 1`,
      [course.organisationId],
    );
    otherOrganiser = await createTestPerson(db(), {
      roles: [{ role: 'organiser', organisationId: other }],
    });
    admin = await createTestPerson(db(), { roles: [{ role: 'city_admin' }] });
    // Eight bookings: seven came at least once (one of them late), one never came; and one
    // cancelled booking.
    const citizens = await createCitizens(db(), 9);
    for (const [index, citizen] of citizens.entries()) {
      const [{ email }] = await db().query(`SELECT email FROM users WHERE id = $1`, [
        citizen.userId,
      ]);
      const cancelled = index === 8;
      const [booking] = await db().query(
        `INSERT INTO bookings (course_id, user_id, code, status, party_size, confirmed_at,
                               cancelled_at, cancelled_by)
         VALUES ($1, $2, $3, $4, 1, now(), CASE WHEN $4 = 'cancelled' THEN now() END, $5)
         RETURNING id`,
        [
          courseId,
          citizen.userId,
          newBookingCode(),
          cancelled ? 'cancelled' : 'confirmed',
          cancelled ? 'citizen' : null,
        ],
      );
      if (index === 7) continue; // booked, never came
      // The cancelled booking was checked in once, then cancelled: not invited.
      if (!cancelled) emails.push(email);
      const status = index === 3 ? 'late' : 'present';
      await db().query(
        `INSERT INTO session_attendance (session_id, booking_id, status, checked_in_at)
         VALUES ($1, $2, $3, $4)`,
        [course.sessionIds[index % 2], booking.id, status, new Date('2026-11-04T10:05:00+09:00')],
      );
    }
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await mail.stop();
    delete process.env['SMTP_URL'];
  });

  it('lists its mail kinds in the database as in the code', async () => {
    const [{ definition }] = await db().query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conname = 'notifications_kind_check'`,
    );
    for (const kind of NOTIFICATION_KINDS) expect(definition).toContain(`'${kind}'`);
  });

  it('lets the organiser add questions before the course, not another organisation', async () => {
    const questions = [
      {
        kind: 'single',
        text: { ja: '講師の説明は分かりやすかったですか。', en: 'Was the instructor clear?' },
        options: [
          { ja: 'はい', en: 'Yes' },
          { ja: 'いいえ', en: 'No' },
        ],
        required: true,
      },
      {
        kind: 'text',
        text: { ja: '次に学びたいテーマ', en: 'What to learn next' },
        options: [],
        required: false,
      },
    ];
    const saved = await as(
      organiser,
      'put',
      `/api/organiser/courses/${courseId}/questionnaire/questions`,
      {
        questions,
      },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.questions.map((q: { id: string }) => q.id)).toEqual(['o1', 'o2']);
    expect(saved.body.state).toBe('not_sent');
    expect(saved.body.editable).toBe(true);

    const other = await as(
      otherOrganiser,
      'get',
      `/api/organiser/courses/${courseId}/questionnaire`,
    );
    expect(other.status).toBe(404);
    const otherPut = await as(
      otherOrganiser,
      'put',
      `/api/organiser/courses/${courseId}/questionnaire/questions`,
      { questions: [] },
    );
    expect(otherPut.status).toBe(404);

    const bad = await as(
      organiser,
      'put',
      `/api/organiser/courses/${courseId}/questionnaire/questions`,
      {
        questions: [
          { kind: 'single', text: { ja: '', en: '' }, options: [{ ja: 'a', en: '' }], required: 1 },
        ],
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'questions.0.text.ja',
      'questions.0.required',
    ]);
    const six = await as(
      organiser,
      'put',
      `/api/organiser/courses/${courseId}/questionnaire/questions`,
      { questions: [...questions, ...questions, ...questions] },
    );
    expect(six.status).toBe(400);
    expect(six.body.fields.map((f: { field: string }) => f.field)).toEqual(['questions']);
    const oneChoice = await as(
      organiser,
      'put',
      `/api/organiser/courses/${courseId}/questionnaire/questions`,
      { questions: [{ ...questions[0], options: [{ ja: 'はい', en: 'Yes' }] }] },
    );
    expect(oneChoice.status).toBe(400);
    expect(oneChoice.body.fields[0].field).toBe('questions.0.options');
  });

  it('invites nobody before the last session has ended', async () => {
    clock.set('2026-11-11T11:59:00+09:00');
    await jobs.invite();
    expect(await invitationsOf(courseId)).toBe(0);
  });

  it('invites everyone who attended, exactly once, however often the round runs', async () => {
    clock.set('2026-11-11T12:05:00+09:00');
    await Promise.all([jobs.invite(), jobs.invite(), jobs.invite()]);
    expect(await jobs.invite()).toEqual({ courses: 0, invited: 0 });
    const [{ invitations, mails }] = await db().query(
      `SELECT (SELECT count(*)::int FROM questionnaire_invitations WHERE course_id = $1) AS invitations,
              (SELECT count(*)::int FROM notifications
                WHERE course_id = $1 AND kind = 'questionnaire_invitation') AS mails`,
      [courseId],
    );
    expect({ invitations, mails }).toEqual({ invitations: 7, mails: 7 });
    for (const email of emails) {
      tokens.set(email, await tokenFor(email, 'アンケート'));
    }
    // Only hashes are stored.
    const stored = await db().query(`SELECT token_hash FROM questionnaire_links`);
    const texts = stored.map((row: { token_hash: Buffer }) => row.token_hash.toString('base64url'));
    for (const token of tokens.values()) expect(texts).not.toContain(token);
  }, 60_000);

  it('shows the form of a link, with the standard and the organiser questions', async () => {
    const response = await request(t.http).get(
      `/api/questionnaire-links/${tokens.get(emails[0]!)}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.state).toBe('open');
    expect(response.body.standardQuestions.map((q: { id: string }) => q.id)).toEqual([
      'satisfaction',
      'usefulness',
      'useIn',
      'heardFrom',
      'ageBand',
      'comment',
    ]);
    expect(response.body.questions).toHaveLength(2);
    expect(response.body.closesAt).toBe(new Date('2026-12-11T12:05:00+09:00').toISOString());
    const unknown = await request(t.http).get('/api/questionnaire-links/not-a-token');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('QUESTIONNAIRE_LINK_NOT_FOUND');
  });

  it('refuses bad answers with a message per field, and stores nothing', async () => {
    const token = tokens.get(emails[0]!)!;
    const response = await as(null, 'post', `/api/questionnaire-links/${token}/answers`, {
      satisfaction: 9,
      usefulness: 3,
      useIn: ['moon'],
      heardFrom: [],
    });
    expect(response.status).toBe(400);
    expect(response.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'satisfaction',
      'useIn',
    ]);
    const custom = await answer(token, { custom: { o1: 5, o9: 'x' } });
    expect(custom.status).toBe(400);
    expect(custom.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'custom.o1',
      'custom.o9',
    ]);
    const required = await answer(token, { custom: {} });
    expect(required.status).toBe(400);
    expect(required.body.fields[0].field).toBe('custom.o1');
    const [{ count }] = await db().query(`SELECT count(*)::int FROM questionnaire_answers`);
    expect(count).toBe(0);
  });

  it('shows no figures to anyone below five answers', async () => {
    for (const email of emails.slice(1, 4)) {
      const stored = await answer(tokens.get(email)!, {
        satisfaction: 5,
        comment: `とても楽しかったです（${email.slice(0, 12)}）`,
        custom: { o1: 0 },
      });
      expect(stored.status).toBe(204);
    }
    const view = await as(organiser, 'get', `/api/organiser/courses/${courseId}/questionnaire`);
    expect(view.status).toBe(200);
    expect(view.body.results).toMatchObject({ invited: 7, answered: 3, summary: null });
    expect(view.body.editable).toBe(false);
    const csv = await as(
      organiser,
      'get',
      `/api/organiser/courses/${courseId}/questionnaire/results.csv`,
    );
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('5件に満たない');
    expect(csv.text).not.toContain('とても楽しかった');
    expect(csv.text).not.toContain('満足度の平均');
    const city = await as(admin, 'get', '/api/admin/questionnaires?fiscalYear=2026');
    expect(city.status).toBe(200);
    const ours = city.body.byCourse.find((row: { key: string }) => row.key === courseId);
    expect(ours).toMatchObject({ answered: 3, answersCounted: 0, satisfactionMean: null });
    expect(ours.satisfiedShare).toBeNull();
    // Its three answers are in no figure: not in the total, its organisation's or pillar's.
    const counted = (rows: { answersCounted: number }[]) =>
      rows.reduce((sum, row) => sum + row.answersCounted, 0);
    expect(city.body.total.answersCounted).toBe(counted(city.body.byCourse));
    expect(counted(city.body.byOrganisation)).toBe(counted(city.body.byCourse));
    expect(counted(city.body.byPillar)).toBe(counted(city.body.byCourse));
    expect(city.body.summary?.answers ?? 0).toBe(counted(city.body.byCourse));
    const cityCsv = await as(admin, 'get', '/api/admin/questionnaires/results.csv?fiscalYear=2026');
    expect(cityCsv.status).toBe(200);
    const line = cityCsv.text.split('\r\n').find((l) => l.startsWith(`講座,${ours.name.ja},`))!;
    // Counts, then empty figures.
    expect(line.endsWith(',3,42.9,0,,,')).toBe(true);
  });

  it('freezes the organiser questions once an answer has arrived', async () => {
    const response = await as(
      organiser,
      'put',
      `/api/organiser/courses/${courseId}/questionnaire/questions`,
      { questions: [] },
    );
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('QUESTIONNAIRE_QUESTIONS_FROZEN');
  });

  it('stores one answer when the same link is sent twice at once', async () => {
    const token = tokens.get(emails[4]!)!;
    const results = await Promise.all(
      Array.from({ length: 4 }, () => answer(token, { satisfaction: 2, custom: { o1: 1 } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([204, 409, 409, 409]);
    const [{ count }] = await db().query(
      `SELECT count(*)::int FROM questionnaire_answers WHERE course_id = $1`,
      [courseId],
    );
    expect(count).toBe(4);
    const again = await request(t.http).get(`/api/questionnaire-links/${token}`);
    expect(again.body.state).toBe('answered');
  });

  it('keeps no link between an answer and a person', async () => {
    const columns = await db().query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'questionnaire_answers'`,
    );
    const names = columns.map((c: { column_name: string }) => c.column_name).sort();
    expect(names).toEqual(
      [
        'age_band',
        'comment',
        'course_id',
        'custom',
        'heard_from',
        'id',
        'satisfaction',
        'use_in',
        'usefulness',
      ].sort(),
    );
  });

  it('reminds those who have not answered once, after seven days', async () => {
    clock.set('2026-11-18T12:00:00+09:00');
    await jobs.remind();
    expect(await remindersOf(courseId)).toBe(0);
    clock.set('2026-11-18T12:10:00+09:00');
    await Promise.all([jobs.remind(), jobs.remind()]);
    // Three had not answered (the answered four get none).
    expect(await remindersOf(courseId)).toBe(3);
    await jobs.remind();
    expect(await remindersOf(courseId)).toBe(3);
    const reminder = await tokenFor(emails[5]!, '（再送）');
    expect(reminder).not.toBe(tokens.get(emails[5]!));
    // The reminder's link answers the same invitation: afterwards both are used.
    expect((await answer(reminder, { custom: { o1: 0 }, ageBand: '60s' })).status).toBe(204);
    expect((await answer(tokens.get(emails[5]!)!, { custom: { o1: 0 } })).status).toBe(409);
  }, 60_000);

  it('shows the totals from five answers on, comments without names in text order', async () => {
    const view = await as(organiser, 'get', `/api/organiser/courses/${courseId}/questionnaire`);
    const results = view.body.results;
    expect(results).toMatchObject({ invited: 7, answered: 5, responseRate: 0.714 });
    expect(results.summary.answers).toBe(5);
    const satisfaction = results.summary.distributions.find(
      (d: { id: string }) => d.id === 'satisfaction',
    );
    expect(
      Object.fromEntries(
        satisfaction.entries.map((e: { value: string; count: number }) => [e.value, e.count]),
      ),
    ).toEqual({ '5': 3, '4': 1, '3': 0, '2': 1, '1': 0 });
    expect(satisfaction.mean).toBe(4.2);
    const o1 = results.summary.distributions.find((d: { id: string }) => d.id === 'o1');
    expect(o1.entries.map((e: { count: number }) => e.count)).toEqual([4, 1]);
    const comments = results.summary.texts.find((x: { id: string }) => x.id === 'comment').texts;
    expect(comments).toHaveLength(3);
    expect(comments).toEqual(
      [...comments].sort((a: string, b: string) => a.localeCompare(b, 'ja')),
    );

    const csv = await as(
      organiser,
      'get',
      `/api/organiser/courses/${courseId}/questionnaire/results.csv`,
    );
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text).toContain('満足度の平均（1〜5）,4.2');
    expect(csv.text).toContain('とても楽しかった');

    const city = await as(admin, 'get', '/api/admin/questionnaires?fiscalYear=2026');
    const ours = city.body.byCourse.find((row: { key: string }) => row.key === courseId);
    expect(ours).toMatchObject({ answered: 5, answersCounted: 5, satisfactionMean: 4.2 });
    expect(ours.satisfiedShare).toBe(0.8);
    expect(city.body.summary.texts).toEqual([]);
    // PostgreSQL's tallies give what the same answers counted one by one give.
    const countedCourses = city.body.byCourse
      .filter((row: { answersCounted: number }) => row.answersCounted > 0)
      .map((row: { key: string }) => row.key);
    const answers = await db().query(
      `SELECT satisfaction, usefulness, use_in AS "useIn", heard_from AS "heardFrom",
              age_band AS "ageBand", comment, custom
         FROM questionnaire_answers WHERE course_id = ANY ($1::uuid[])`,
      [countedCourses],
    );
    expect(city.body.summary).toEqual(summarise(answers, [], { withTexts: false }));
    expect(city.body.fiscalYears).toContain(2026);
    const lastYear = await as(admin, 'get', '/api/admin/questionnaires?fiscalYear=2025');
    expect(lastYear.body.byCourse.map((row: { key: string }) => row.key)).not.toContain(courseId);
    const bad = await as(admin, 'get', '/api/admin/questionnaires?fiscalYear=twenty');
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('fiscalYear');
    const organiserOnCity = await as(organiser, 'get', '/api/admin/questionnaires');
    expect(organiserOnCity.status).toBe(403);
  });

  it('closes after 30 days: the page says so, and answers are refused', async () => {
    clock.set('2026-12-11T12:05:00+09:00');
    const token = tokens.get(emails[6]!)!;
    const form = await request(t.http).get(`/api/questionnaire-links/${token}`);
    expect(form.body.state).toBe('closed');
    const late = await answer(token, { custom: { o1: 0 } });
    expect(late.status).toBe(410);
    expect(late.body.code).toBe('QUESTIONNAIRE_CLOSED');
  });
});
