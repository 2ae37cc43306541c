import type { DataSource } from 'typeorm';
import { fiscalYear } from '../common/time/japan-time';
import { EvaluationSummaryService } from '../evaluation/evaluation-summary.service';
import { FiscalYearFiguresService, figureValue } from '../evaluation/fiscal-year-figures.service';
import { WHOLE_DEMO_TIMEOUTS, demoClock, demoTemplate } from '../testing/demo-database';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson } from '../testing/test-people';
import { EARLIER_HISTORY_YEARS, seedDemoEarlierYears } from './demo-history';
import { seedDemoIndicators } from './demo-indicators';
import { buildSeedPlanAt } from './programme';

/**
 * The demo's evaluation, built around the day it is seeded: figures for five finished fiscal
 * years and this one (the planned years and the three before them, copied by demo-history.ts, as
 * main.ts seeds them), so the dashboard's five-year trend is real, and indicators for the five
 * pillars, marked デモ, whose baselines are the planned first year's figures and whose targets lie
 * four years on.
 */
describe('demo evaluation (the full demo seed)', () => {
  let t: TestApp;
  let db: DataSource;
  let now: Date;
  let year: number;
  let earlier: Awaited<ReturnType<typeof seedDemoEarlierYears>>;

  beforeAll(async () => {
    process.env['JOB_WORKERS'] = 'false';
    // A copy of the run's demo; the app's time flows on from its seeding moment.
    const demo = await demoTemplate();
    now = demo.seededAt;
    year = fiscalYear(now);
    t = await createTestApp({
      template: demo.template,
      clock: demoClock(now),
      // The earlier years are copied on top, as a whole-demo seeding.
      timeouts: WHOLE_DEMO_TIMEOUTS,
    });
    db = t.database.dataSource;
    const plan = buildSeedPlanAt(now);
    const started = performance.now();
    earlier = await seedDemoEarlierYears(db, plan.earlierHistoryFrom!);
    console.log(
      `demo earlier years: ${JSON.stringify(earlier)} in ${Math.round(performance.now() - started)} ms`,
    );
    await t.app.get(EvaluationSummaryService).refresh();
    expect(await seedDemoIndicators(db, t.app.get(FiscalYearFiguresService), now)).toBe(7);
  }, 180_000);
  afterAll(async () => {
    await t.close();
    delete process.env['JOB_WORKERS'];
  });

  it('has figures in each of the demo’s fiscal years, the older ones with fewer courses', async () => {
    const oldest = year - 2 - EARLIER_HISTORY_YEARS;
    const trend = await t.app.get(FiscalYearFiguresService).trend(oldest - 1, year);
    // Nothing before the oldest year: a fresh install has no history.
    expect(figureValue(trend[0]!.figures, 'courses_held')).toBe(0);
    for (const { figures } of trend.slice(1)) {
      expect(figureValue(figures, 'courses_held')).toBeGreaterThan(100);
      expect(figureValue(figures, 'seats_offered')).toBeGreaterThan(1000);
      // Past years' courses were attended.
      expect(figureValue(figures, 'participants')).toBeGreaterThan(500);
      expect(figureValue(figures, 'attendance_rate')).toBeGreaterThan(50);
    }
    const courses = trend.map(({ figures }) => figureValue(figures, 'courses_held')!);
    // The copied years grew towards the planned ones (the COVID-19 years the least).
    expect(courses[1]).toBeLessThan(courses[2]!);
    expect(courses[2]).toBeLessThan(courses[3]!);
    expect(courses[3]).toBeLessThan(courses[4]!);
    // Before tsumugu: no lottery, completion decisions or questionnaires (shown as 「—」).
    for (const { figures } of trend.slice(1, 1 + EARLIER_HISTORY_YEARS)) {
      expect(figureValue(figures, 'lottery_oversubscription')).toBeNull();
      expect(figureValue(figures, 'satisfaction_rate')).toBeNull();
    }
    expect(earlier!.courses).toBe(courses[1]! + courses[2]! + courses[3]!);
  });

  it('copies the older years within the rules: weekdays, closures, seats backed by bookings', async () => {
    const [check] = await db.query(
      `WITH copied AS (
         SELECT c.* FROM courses c
          WHERE EXISTS (SELECT 1 FROM course_sessions s WHERE s.course_id = c.id
                          AND s.starts_at < make_date($1::int, 4, 1)::timestamp AT TIME ZONE 'Asia/Tokyo'))
       SELECT count(*)::int AS courses,
              count(*) FILTER (WHERE status <> 'finished' OR booking_rule <> 'first_come')::int AS "notFinished",
              count(*) FILTER (WHERE booked_count <> (SELECT coalesce(sum(party_size), 0) FROM bookings b
                                                       WHERE b.course_id = copied.id AND b.status = 'confirmed'))::int
                AS "seatsMismatched",
              (SELECT count(*)::int FROM course_sessions s JOIN copied ON copied.id = s.course_id
                WHERE to_char(s.starts_at AT TIME ZONE 'Asia/Tokyo', 'MM-DD') BETWEEN '12-29' AND '12-31'
                   OR to_char(s.starts_at AT TIME ZONE 'Asia/Tokyo', 'MM-DD') BETWEEN '01-01' AND '01-03')
                AS "onNewYear",
              (SELECT count(*)::int FROM session_attendance a
                 JOIN course_sessions s ON s.id = a.session_id JOIN copied ON copied.id = s.course_id
                 JOIN bookings b ON b.id = a.booking_id
                WHERE b.course_id <> s.course_id) AS "crossedAttendance"
         FROM copied`,
      [year - 2],
    );
    expect(check).toEqual({
      courses: earlier!.courses,
      notFinished: 0,
      seatsMismatched: 0,
      onNewYear: 0,
      crossedAttendance: 0,
    });
    // Once: a second call (a restart) copies nothing.
    expect(await seedDemoEarlierYears(db, year - 2)).toBeNull();
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
