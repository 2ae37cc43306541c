import type { DataSource } from 'typeorm';
import { fiscalYear } from '../common/time/japan-time';
import { QuestionnaireJobs } from '../questionnaires/questionnaire-jobs';
import { demoClock, demoTemplate } from '../testing/demo-database';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson } from '../testing/test-people';
import { seedId } from './seeder';

/**
 * The demo's questionnaires: finished courses of this and last fiscal year with answers spread
 * as a city's courses are, one course of organiser@example.jp's organisation just under the
 * threshold, and nothing left for the invitations job to send at start.
 */
describe('demo questionnaires (the full demo seed)', () => {
  let t: TestApp;
  let db: DataSource;
  let now: Date;

  beforeAll(async () => {
    process.env['JOB_WORKERS'] = 'false';
    // A copy of the run's demo; the app's time flows on from its seeding moment, so the course
    // that had just ended then is the one the invitations job finds.
    const demo = await demoTemplate();
    now = demo.seededAt;
    t = await createTestApp({ template: demo.template, clock: demoClock(now) });
    db = t.database.dataSource;
  }, 180_000);
  afterAll(async () => {
    await t.close();
    delete process.env['JOB_WORKERS'];
  });

  it('has answered questionnaires in this and the previous fiscal year, with figures', async () => {
    const admin = await createTestPerson(db, { roles: [{ role: 'city_admin' }] });
    const year = fiscalYear(now);
    for (const fiscal of [year, year - 1]) {
      const { body } = await callAs(
        t.http,
        db,
        admin,
        'get',
        `/api/admin/questionnaires?fiscalYear=${fiscal}`,
      );
      expect(body.total.courses).toBeGreaterThan(20);
      expect(body.total.coursesCounted).toBeGreaterThan(10);
      expect(body.total.responseRate).toBeGreaterThan(0.4);
      expect(body.total.responseRate).toBeLessThan(0.75);
      expect(body.total.satisfactionMean).toBeGreaterThan(3.6);
      expect(body.total.satisfactionMean).toBeLessThan(4.6);
      expect(body.byPillar.length).toBeGreaterThan(2);
    }
    const [{ comments }] = await db.query(
      `SELECT count(*)::int AS comments FROM questionnaire_answers WHERE comment <> ''`,
    );
    expect(comments).toBeGreaterThan(50);
  });

  it('shows organiser@example.jp a course with four answers and no figures', async () => {
    const organiser = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: seedId('organisation', 'lifelong-learning') }],
    });
    const courses: { courseId: string; answered: number }[] = await db.query(
      `SELECT q.course_id AS "courseId",
              (SELECT count(*)::int FROM questionnaire_answers a WHERE a.course_id = q.course_id) AS answered
         FROM questionnaires q JOIN courses c ON c.id = q.course_id
        WHERE c.organisation_id = $1`,
      [seedId('organisation', 'lifelong-learning')],
    );
    const under = courses.filter((c) => c.answered === 4);
    expect(under.length).toBeGreaterThan(0);
    const { body } = await callAs(
      t.http,
      db,
      organiser,
      'get',
      `/api/organiser/courses/${under[0]!.courseId}/questionnaire`,
    );
    expect(body.results).toMatchObject({ answered: 4, summary: null });
    const full = courses.find((c) => c.answered >= 5)!;
    const shown = await callAs(
      t.http,
      db,
      organiser,
      'get',
      `/api/organiser/courses/${full.courseId}/questionnaire`,
    );
    expect(shown.body.results.summary.distributions.map((d: { id: string }) => d.id)).toContain(
      'o1',
    );
  });

  it('leaves one course that just ended for the invitations job at start', async () => {
    const jobs = t.app.get(QuestionnaireJobs);
    const first = await jobs.invite();
    expect(first.courses).toBe(1);
    expect(first.invited).toBeGreaterThanOrEqual(6);
    const [{ organisation }] = await db.query(
      `SELECT c.organisation_id = $1 AS organisation
         FROM notifications n JOIN courses c ON c.id = n.course_id
        WHERE n.kind = 'questionnaire_invitation' LIMIT 1`,
      [seedId('organisation', 'lifelong-learning')],
    );
    console.log(`demo: the fresh questionnaire is 生涯学習推進課's: ${organisation}`);
    expect(await jobs.invite()).toEqual({ courses: 0, invited: 0 });
  });
});
