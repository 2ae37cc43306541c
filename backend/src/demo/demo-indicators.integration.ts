import type { DataSource } from 'typeorm';
import { fiscalYear } from '../common/time/japan-time';
import { EvaluationSummaryService } from '../evaluation/evaluation-summary.service';
import { FiscalYearFiguresService, figureValue } from '../evaluation/fiscal-year-figures.service';
import { demoClock, demoTemplate } from '../testing/demo-database';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson } from '../testing/test-people';
import { seedDemoIndicators } from './demo-indicators';

/**
 * The demo's evaluation, built around the day it is seeded: figures for the demo's three fiscal
 * years (so the dashboard has trends), and indicators for the five pillars, marked デモ, whose
 * baselines are the demo's first year's figures and whose targets lie four years on.
 */
describe('demo evaluation (the full demo seed)', () => {
  let t: TestApp;
  let db: DataSource;
  let now: Date;
  let year: number;

  beforeAll(async () => {
    process.env['JOB_WORKERS'] = 'false';
    // A copy of the run's demo; the app's time flows on from its seeding moment.
    const demo = await demoTemplate();
    now = demo.seededAt;
    year = fiscalYear(now);
    t = await createTestApp({ template: demo.template, clock: demoClock(now) });
    db = t.database.dataSource;
    await t.app.get(EvaluationSummaryService).refresh();
    expect(await seedDemoIndicators(db, t.app.get(FiscalYearFiguresService), now)).toBe(7);
  }, 180_000);
  afterAll(async () => {
    await t.close();
    delete process.env['JOB_WORKERS'];
  });

  it('has figures in each of the demo’s fiscal years', async () => {
    const trend = await t.app.get(FiscalYearFiguresService).trend(year - 2, year);
    for (const { figures } of trend) {
      expect(figureValue(figures, 'courses_held')).toBeGreaterThan(100);
      expect(figureValue(figures, 'seats_offered')).toBeGreaterThan(1000);
    }
    // Past years' courses were attended.
    expect(figureValue(trend[0]!.figures, 'participants')).toBeGreaterThan(0);
    expect(figureValue(trend[0]!.figures, 'attendance_rate')).toBeGreaterThan(50);
  });

  it('seeds indicators for all five pillars, marked as demo, each with a target beyond its baseline', async () => {
    const section = await createTestPerson(db, { roles: [{ role: 'plan_evaluator' }] });
    const { body } = await callAs(t.http, db, section, 'get', `/api/evaluation/indicators`);
    const indicators = body.indicators as {
      pillar: number;
      isDemo: boolean;
      baselineFiscalYear: number;
      baselineValue: number;
      targetFiscalYear: number;
      targetValue: number;
      source: string;
      history: { fiscalYear: number; actual: number | null }[];
    }[];
    expect(new Set(indicators.map((i) => i.pillar))).toEqual(new Set([1, 2, 3, 4, 5]));
    for (const indicator of indicators) {
      expect(indicator.isDemo).toBe(true);
      expect(indicator.baselineFiscalYear).toBe(year - 2);
      expect(indicator.targetFiscalYear).toBe(year + 2);
      expect(indicator.targetValue).toBeGreaterThan(indicator.baselineValue);
      // Every indicator has an actual value in the baseline year and last year: a trend.
      const actual = (fy: number) => indicator.history.find((h) => h.fiscalYear === fy)?.actual;
      expect(actual(year - 2)).not.toBeNull();
      expect(actual(year - 1)).not.toBeNull();
    }
    expect(indicators.filter((i) => i.source === 'manual')).toHaveLength(2);
  });
});
