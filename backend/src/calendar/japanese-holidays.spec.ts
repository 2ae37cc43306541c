import {
  autumnalEquinoxDay,
  japaneseHoliday,
  japaneseHolidays,
  vernalEquinoxDay,
} from './japanese-holidays';

const dates = (year: number) => japaneseHolidays(year).map((holiday) => holiday.date.slice(5));

// Lists from the Cabinet Office's published calendars (内閣府「国民の祝日について」).
describe('japaneseHolidays', () => {
  it('2019: enthronement days, the ten-day Golden Week and three substitute holidays', () => {
    expect(dates(2019)).toEqual([
      '01-01',
      '01-14',
      '02-11',
      '03-21',
      '04-29',
      '04-30',
      '05-01',
      '05-02',
      '05-03',
      '05-04',
      '05-05',
      '05-06',
      '07-15',
      '08-11',
      '08-12',
      '09-16',
      '09-23',
      '10-14',
      '10-22',
      '11-03',
      '11-04',
      '11-23',
    ]);
    expect(japaneseHoliday('2019-04-30')?.nameJa).toBe('国民の休日');
    expect(japaneseHoliday('2019-11-04')?.nameJa).toBe('振替休日');
    expect(japaneseHoliday('2019-12-23')).toBeUndefined();
  });

  it('2020: the Olympic moves of 海の日, スポーツの日 and 山の日', () => {
    expect(dates(2020)).toEqual([
      '01-01',
      '01-13',
      '02-11',
      '02-23',
      '02-24',
      '03-20',
      '04-29',
      '05-03',
      '05-04',
      '05-05',
      '05-06',
      '07-23',
      '07-24',
      '08-10',
      '09-21',
      '09-22',
      '11-03',
      '11-23',
    ]);
    expect(japaneseHoliday('2020-10-12')).toBeUndefined();
  });

  it('2021: the second Olympic year', () => {
    expect(dates(2021)).toContain('07-22');
    expect(dates(2021)).toContain('07-23');
    expect(dates(2021)).toContain('08-08');
    expect(dates(2021)).toContain('08-09'); // 山の日 on a Sunday
    expect(dates(2021)).not.toContain('10-11');
  });

  it('2026: 5月6日 substitutes for a Sunday 憲法記念日; a 国民の休日 in the September week', () => {
    expect(dates(2026)).toEqual([
      '01-01',
      '01-12',
      '02-11',
      '02-23',
      '03-20',
      '04-29',
      '05-03',
      '05-04',
      '05-05',
      '05-06',
      '07-20',
      '08-11',
      '09-21',
      '09-22',
      '09-23',
      '10-12',
      '11-03',
      '11-23',
    ]);
    expect(japaneseHoliday('2026-05-06')).toEqual({
      date: '2026-05-06',
      nameJa: '振替休日',
      nameEn: 'Substitute Holiday',
    });
    expect(japaneseHoliday('2026-09-22')?.nameJa).toBe('国民の休日');
  });

  it('2027: 春分の日 on a Sunday gives 3月22日', () => {
    expect(dates(2027)).toEqual([
      '01-01',
      '01-11',
      '02-11',
      '02-23',
      '03-21',
      '03-22',
      '04-29',
      '05-03',
      '05-04',
      '05-05',
      '07-19',
      '08-11',
      '09-20',
      '09-23',
      '10-11',
      '11-03',
      '11-23',
    ]);
    expect(japaneseHoliday('2027-03-22')?.nameJa).toBe('振替休日');
  });

  it('follows the older rules before 2007 (4月29日 みどりの日, 5月4日 国民の休日)', () => {
    expect(japaneseHoliday('2005-04-29')?.nameJa).toBe('みどりの日');
    expect(japaneseHoliday('2005-05-04')?.nameJa).toBe('国民の休日');
    expect(japaneseHoliday('2000-07-20')?.nameJa).toBe('海の日');
    expect(japaneseHoliday('2000-12-23')?.nameJa).toBe('天皇誕生日');
  });

  it('computes the announced equinoxes', () => {
    // 官報 announcements
    expect([2024, 2025, 2026, 2027, 2028].map(vernalEquinoxDay)).toEqual([20, 20, 20, 21, 20]);
    expect([2024, 2025, 2026, 2027, 2028].map(autumnalEquinoxDay)).toEqual([22, 23, 23, 23, 22]);
  });

  it('never gives a substitute holiday on a day that is already a holiday, and no duplicates', () => {
    for (let year = 2000; year <= 2099; year += 1) {
      const list = dates(year);
      expect(new Set(list).size).toBe(list.length);
      expect(list.length).toBeGreaterThanOrEqual(15);
    }
  });

  it('refuses years outside 2000–2099', () => {
    expect(() => japaneseHolidays(1999)).toThrow(RangeError);
    expect(() => japaneseHolidays(2100)).toThrow(RangeError);
  });
});
