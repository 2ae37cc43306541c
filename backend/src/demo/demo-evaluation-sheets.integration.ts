import type { DataSource } from 'typeorm';
import { fiscalYear } from '../common/time/japan-time';
import { EvaluationSummaryService } from '../evaluation/evaluation-summary.service';
import { SheetFiguresSource } from '../evaluation-sheets/sheet-figures';
import { demoClock, demoTemplate } from '../testing/demo-database';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson } from '../testing/test-people';
import { seedDemoAccounts } from './demo-accounts';
import { seedDemoEvaluationSheets } from './demo-evaluation-sheets';

/** The demo's evaluation sheets: every state in the previous and this fiscal year. */
describe('demo evaluation sheets (the full demo seed)', () => {
  let t: TestApp;
  let db: DataSource;
  let now: Date;

  beforeAll(async () => {
    process.env['JOB_WORKERS'] = 'false';
    // A copy of the run's demo; the app's time flows on from its seeding moment.
    const demo = await demoTemplate();
    now = demo.seededAt;
    t = await createTestApp({ template: demo.template, clock: demoClock(now) });
    db = t.database.dataSource;
    await seedDemoAccounts(db, now);
    await t.app.get(EvaluationSummaryService).refresh();
  }, 180_000);
  afterAll(async () => {
    await t.close();
    delete process.env['JOB_WORKERS'];
  });

  it('seeds several sheets in each state, once, with the history and figures the app shows', async () => {
    const figures = t.app.get(SheetFiguresSource);
    expect(await seedDemoEvaluationSheets(db, figures, now)).toBe(14);
    expect(await seedDemoEvaluationSheets(db, figures, now)).toBe(0);

    const section = await createTestPerson(db, { roles: [{ role: 'plan_evaluator' }] });
    const year = fiscalYear(now);
    const states = async (fiscal: number) => {
      const { body } = await callAs(
        t.http,
        db,
        section,
        'get',
        `/api/admin/evaluation-sheets?fiscalYear=${fiscal}`,
      );
      return Object.fromEntries(
        body.counts.map((c: { state: string; count: number }) => [c.state, c.count]),
      );
    };
    expect(await states(year - 1)).toMatchObject({
      draft: 1,
      submitted: 1,
      returned: 1,
      accepted: 5,
    });
    expect(await states(year)).toMatchObject({ draft: 2, submitted: 2, returned: 1, accepted: 1 });

    // organiser@example.jp's own sheet of last year: returned once, then accepted, with figures.
    const [organiser] = await db.query(`SELECT id AS "userId", email FROM users WHERE email = $1`, [
      'organiser@example.jp',
    ]);
    const { body: list } = await callAs(
      t.http,
      db,
      organiser,
      'get',
      `/api/organiser/evaluation-sheets?fiscalYear=${year - 1}`,
    );
    const own = list.rows[0];
    expect(own.state).toBe('accepted');
    const { body: sheet } = await callAs(
      t.http,
      db,
      organiser,
      'get',
      `/api/organiser/evaluation-sheets/${own.organisation.id}/${year - 1}`,
    );
    expect(sheet.history.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'return',
      'submit',
      'accept',
    ]);
    expect(sheet.history[1].comment).toBeTruthy();
    expect(sheet.figuresAsSubmitted).toBe(true);
    expect(
      sheet.figures.find((f: { key: string }) => f.key === 'courses_held').value,
    ).toBeGreaterThan(0);
  });
});
