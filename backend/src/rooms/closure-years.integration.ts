import { seedDemoData } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { GeneratedClosures } from './generated-closures';

/**
 * The generated closures (New Year, public holidays) cover this Japan year and the next two:
 * "this year" turns at midnight Japan time on 1 January, which is 15:00 UTC on 31 December.
 */
describe('generated closures across New Year', () => {
  // Started on 28 December 2027: this year is 2027 (closures for 2027–2029).
  const clock = new SettableClock('2027-12-28T10:00:00+09:00');
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    await t.database.dataSource.query(
      `UPDATE facilities SET closed_on_public_holidays = true
        WHERE id = (SELECT id FROM facilities ORDER BY name_ja LIMIT 1)`,
    );
    // A facility's insert trigger adds New Year closures up to the database's own next year;
    // this test is about what the app generates by its Clock, so it starts from none.
    await t.database.dataSource.query(
      `DELETE FROM facility_closures WHERE kind IN ('year_end', 'public_holiday')`,
    );
    // What every start does (the facilities came after this app's own start).
    await t.app.get(GeneratedClosures).regenerate();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const yearEndClosuresFrom = async (date: string) =>
    (
      await t.database.dataSource.query(
        `SELECT count(*)::int AS n FROM facility_closures
          WHERE kind = 'year_end' AND during = daterange($1::date, ($1::date + 6))`,
        [date],
      )
    )[0].n as number;

  const holidayClosuresIn2030 = async () =>
    (
      await t.database.dataSource.query(
        `SELECT count(*)::int AS n FROM facility_closures
          WHERE kind = 'public_holiday' AND lower(during) BETWEEN '2030-01-01' AND '2030-12-31'`,
      )
    )[0].n as number;

  it('keeps 2027 to 2029 on 28 December 2027, with 29 December to 3 January closed', async () => {
    expect(t.app.get(GeneratedClosures).years()).toEqual([2027, 2028, 2029]);
    expect(await yearEndClosuresFrom('2029-12-29')).toBeGreaterThan(0);
    expect(await yearEndClosuresFrom('2030-12-29')).toBe(0);
  });

  it('still 2027 at 23:59:59 on 31 December Japan time', async () => {
    clock.set('2027-12-31T23:59:59+09:00');
    await t.app.get(GeneratedClosures).regenerate();
    expect(await yearEndClosuresFrom('2030-12-29')).toBe(0);
    expect(await holidayClosuresIn2030()).toBe(0);
  });

  it('2028 from midnight Japan time (15:00 UTC on 31 December): 2030 is generated', async () => {
    clock.set('2027-12-31T15:00:00Z');
    expect(t.app.get(GeneratedClosures).years()).toEqual([2028, 2029, 2030]);
    await t.app.get(GeneratedClosures).regenerate();
    const facilities = (
      await t.database.dataSource.query(`SELECT count(*)::int AS n FROM facilities`)
    )[0].n as number;
    expect(await yearEndClosuresFrom('2030-12-29')).toBe(facilities);
    // And 2030's public holidays, for the facilities that close on them.
    expect(await holidayClosuresIn2030()).toBeGreaterThan(0);
  });
});
