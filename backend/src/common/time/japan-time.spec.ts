import {
  addDays,
  ageInYearOf,
  dateTimeLabel,
  fiscalYear,
  formatDate,
  formatDateTime,
  formatSessionTime,
  formatTime,
  japanDate,
  japanHour,
  japanInstant,
  japanTime,
  japanWeekday,
  japanYear,
  shortSlotLabel,
  startOfJapanDay,
  startOfNextJapanDay,
} from './japan-time';

describe('Japan time', () => {
  it('midnight in Japan is 15:00 UTC the day before', () => {
    expect(startOfJapanDay('2026-12-01').toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(startOfNextJapanDay('2026-12-31').toISOString()).toBe('2026-12-31T15:00:00.000Z');
    expect(japanDate(new Date('2026-11-30T14:59:59Z'))).toBe('2026-11-30');
    expect(japanDate(new Date('2026-11-30T15:00:00Z'))).toBe('2026-12-01');
    expect(japanDate('2026-12-02T23:30:00Z')).toBe('2026-12-03');
    expect(japanHour(new Date('2026-11-30T14:59:59Z'))).toBe(23);
    expect(japanHour(new Date('2026-11-30T15:00:00Z'))).toBe(0);
  });

  it('does not depend on the server’s time zone', () => {
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'America/Los_Angeles';
      expect(japanDate(new Date('2026-11-30T15:00:00Z'))).toBe('2026-12-01');
      expect(formatDateTime(new Date('2026-11-30T15:00:00Z'), 'ja')).toBe(
        '2026年12月1日(火) 00:00',
      );
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('turns the year at New Year in Japan, 15:00 UTC on 31 December', () => {
    expect(japanYear(new Date('2027-12-31T14:59:59Z'))).toBe(2027);
    expect(japanYear(new Date('2027-12-31T15:00:00Z'))).toBe(2028);
    expect(startOfNextJapanDay('2027-12-31').toISOString()).toBe('2027-12-31T15:00:00.000Z');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-01-01', -1)).toBe('2027-12-31');
  });

  it('knows leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(startOfNextJapanDay('2028-02-28').toISOString()).toBe('2028-02-28T15:00:00.000Z');
    expect(japanDate(new Date('2028-02-28T15:00:00Z'))).toBe('2028-02-29');
    expect(formatDate(new Date('2028-02-29T01:00:00Z'), 'ja')).toBe('2028年2月29日(火)');
    expect(() => startOfJapanDay('2027-02-29')).toThrow('not a date');
    // The last day there is (a query may ask for it).
    expect(startOfNextJapanDay('9999-12-31').toISOString()).toBe('9999-12-31T15:00:00.000Z');
  });

  it('gives the weekday in Japan (0 = Sunday), of an instant or of a date', () => {
    expect(japanWeekday('2026-12-13')).toBe(0);
    expect(japanWeekday(new Date('2026-12-12T14:59:59Z'))).toBe(6);
    expect(japanWeekday(new Date('2026-12-12T15:00:00Z'))).toBe(0);
  });

  it('reads a Japan wall-clock time on a Japan date as an instant', () => {
    expect(japanInstant('2027-04-01', '09:00').toISOString()).toBe('2027-04-01T00:00:00.000Z');
    expect(japanInstant('2027-01-01', '08:59').toISOString()).toBe('2026-12-31T23:59:00.000Z');
    expect(() => japanInstant('2027-04-01', 'nine')).toThrow('not a time');
  });

  it('counts the fiscal year from 1 April: 31 March 23:59 in Japan is still the year before', () => {
    expect(fiscalYear(new Date('2027-03-31T23:59:59+09:00'))).toBe(2026);
    expect(fiscalYear(new Date('2027-03-31T15:00:00Z'))).toBe(2027);
    expect(fiscalYear('2027-03-31')).toBe(2026);
    expect(fiscalYear('2027-04-01')).toBe(2027);
    expect(fiscalYear(new Date('2027-01-01T00:00:00+09:00'))).toBe(2026);
    expect(fiscalYear('2026-12-31')).toBe(2026);
  });

  it('counts the age reached in the Japan year of an instant', () => {
    expect(ageInYearOf(1961, new Date('2026-01-01T00:00:00+09:00'))).toBe(65);
    expect(ageInYearOf(1961, new Date('2026-12-31T23:59:59+09:00'))).toBe(65);
    expect(ageInYearOf(1961, new Date('2026-12-31T15:00:00Z'))).toBe(66);
  });
});

describe('Japan times written for people', () => {
  it('writes the time of day in 24 hours with two-digit hours', () => {
    expect(japanTime(new Date('2026-12-08T00:00:00Z'))).toBe('09:00');
    expect(formatTime('2026-12-31T15:30:00Z')).toBe('00:30');
    expect(formatTime(new Date('2026-12-08T14:59:00Z'))).toBe('23:59');
  });

  it('writes a date and time in Japanese and English conventions', () => {
    expect(formatDate(new Date('2026-12-03T01:00:00Z'), 'ja')).toBe('2026年12月3日(木)');
    expect(formatDate(new Date('2026-12-03T01:00:00Z'), 'en')).toBe('Thu 3 Dec 2026');
    // Three letters for every month, as the frontend writes them (en-GB's Intl says "Sept").
    expect(formatDate(new Date('2027-09-08T01:00:00Z'), 'en')).toBe('Wed 8 Sep 2027');
    expect(dateTimeLabel(new Date('2026-12-31T15:30:00Z'))).toEqual({
      ja: '2027年1月1日(金) 00:30',
      en: 'Fri 1 Jan 2027, 00:30',
    });
    expect(formatDateTime(new Date('2026-12-08T00:00:00Z'), 'ja')).toBe('2026年12月8日(火) 09:00');
  });

  it('writes a session, with the end’s date when it ends on another day in Japan', () => {
    const start = new Date('2026-12-13T01:00:00Z');
    const end = new Date('2026-12-13T03:00:00Z');
    expect(formatSessionTime(start, end, 'ja')).toBe('2026年12月13日(日) 10:00〜12:00');
    expect(formatSessionTime(start, end, 'en')).toBe('Sun 13 Dec 2026, 10:00–12:00');
    const late = new Date('2026-12-13T13:00:00Z');
    const afterMidnight = new Date('2026-12-13T15:30:00Z');
    expect(formatSessionTime(late, afterMidnight, 'ja')).toBe(
      '2026年12月13日(日) 22:00〜2026年12月14日(月) 00:30',
    );
    expect(formatSessionTime(late, afterMidnight, 'en')).toBe(
      'Sun 13 Dec 2026, 22:00–Mon 14 Dec 2026, 00:30',
    );
  });

  it('writes the short form of a room’s slot, where the year goes without saying', () => {
    expect(
      shortSlotLabel(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-01T03:00:00Z')),
    ).toEqual({ ja: '12月1日（火）09:00〜12:00', en: 'Tue 1 Dec, 09:00–12:00' });
  });
});
