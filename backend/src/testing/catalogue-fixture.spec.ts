import type { SeedPlan } from '../demo/seed-plan';

/** The fixture must stay valid whatever day the tests run on, the year end included. */
describe('the catalogue fixture', () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    '2026-11-25',
    '2026-12-10',
    '2026-12-20',
    '2026-12-28',
    '2027-01-02',
    '2027-01-20',
    '2027-01-28',
    '2027-02-03',
  ])(
    'on %s: sessions avoid 29 Dec–3 Jan; upcoming ones start a week ahead, the past one ended',
    (day) => {
      jest.useFakeTimers({ now: new Date(`${day}T12:00:00+09:00`), doNotFake: ['nextTick'] });
      let plan: SeedPlan | undefined;
      jest.isolateModules(() => {
        // The fixture reads the clock when its module loads: a fresh require under fake timers.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        plan = (require('./catalogue-fixture') as { FIXTURE_PLAN: SeedPlan }).FIXTURE_PLAN;
      });
      const today = Date.parse(`${day}T00:00:00+09:00`);
      for (const course of plan!.courses) {
        expect(Date.parse(course.applicationClosesAt)).toBeGreaterThan(
          Date.parse(course.applicationOpensAt),
        );
        for (const session of course.sessions) {
          const monthDay = session.startsAt.slice(5, 10);
          expect(monthDay >= '12-29' || monthDay <= '01-03').toBe(false);
          const daysAhead = (Date.parse(session.startsAt) - today) / 86_400_000;
          if (course.key === 'past-history') expect(daysAhead).toBeLessThan(-7);
          else expect(daysAhead).toBeGreaterThanOrEqual(7);
        }
      }
    },
  );
});
