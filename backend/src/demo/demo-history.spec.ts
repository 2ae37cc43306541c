import { EARLIER_HISTORY_YEARS, earlierYears } from './demo-history';

describe('earlierYears', () => {
  it('copies whole weeks back, the nearest to whole years, so weekdays stay and dates stay close', () => {
    const years = earlierYears(2024);
    expect(years.map((y) => y.fiscalYear)).toEqual([2023, 2022, 2021]);
    expect(years).toHaveLength(EARLIER_HISTORY_YEARS);
    years.forEach((year, index) => {
      expect(year.shiftDays % 7).toBe(0);
      // Within four days of the same date: a term's course stays in its term and fiscal year.
      expect(Math.abs(year.shiftDays - 365.2425 * (index + 1))).toBeLessThanOrEqual(4);
    });
  });

  it('has fewer courses and people the older the year, fewest in the COVID-19 years', () => {
    const ordinary = earlierYears(2030);
    expect(ordinary.map((y) => y.coursesPerMille)).toEqual([940, 880, 820]);
    expect(ordinary.every((y) => y.closedMonths.length === 0)).toBe(true);
    const pandemic = earlierYears(2023);
    expect(pandemic.map((y) => y.fiscalYear)).toEqual([2022, 2021, 2020]);
    // 2020: centres closed in April and May, half the courses kept.
    expect(pandemic[2]).toMatchObject({ closedMonths: [4, 5], coursesPerMille: 410 });
    expect(pandemic[1]!.coursesPerMille).toBeLessThan(pandemic[0]!.coursesPerMille);
    expect(pandemic[1]!.bookingsPerMille).toBeLessThan(ordinary[1]!.bookingsPerMille);
  });
});
