import { parseCalendarDate } from './calendar-date-adapter';
import {
  fiscalYear,
  formatDate,
  formatDateSpan,
  formatDateTime,
  formatFiscalYear,
  formatSessionRange,
  formatClockTime,
  formatTime,
  fromIsoDate,
  fromTokyoLocalDateTime,
  addDays,
  clockTime,
  dateRangeText,
  dateSpanText,
  formatDateRange,
  instantRangeText,
  sessionRangeText,
  minutesOf,
  toIsoDate,
  tokyoInstant,
  tokyoIsoDate,
  tokyoLocalDateTime,
  tokyoMinutes,
  tokyoToday,
} from './date-format';
import { formatFee, formatYen } from './money-format';

describe('date formatting (Asia/Tokyo)', () => {
  // 10:00–12:00 in Tsukuba on Thursday 3 December 2026.
  const start = '2026-12-03T01:00:00.000Z';
  const end = '2026-12-03T03:00:00.000Z';

  it('writes a session in Japanese conventions', () => {
    expect(formatSessionRange(start, end, 'ja')).toBe('2026年12月3日(木) 10:00〜12:00');
  });

  it('writes a session in English conventions', () => {
    expect(formatSessionRange(start, end, 'en')).toBe('Thu 3 Dec 2026, 10:00–12:00');
  });

  it('uses the Tokyo date even when it is still the previous day in UTC', () => {
    // 2026-12-02 23:30 UTC is 08:30 on Thursday 3 December in Tokyo.
    expect(formatDate('2026-12-02T23:30:00Z', 'ja')).toBe('2026年12月3日(木)');
    expect(formatTime('2026-12-02T23:30:00Z')).toBe('08:30');
  });

  it('names both days when a session runs past midnight', () => {
    expect(formatSessionRange('2026-12-03T12:00:00Z', '2026-12-03T16:00:00Z', 'en')).toBe(
      'Thu 3 Dec 2026, 21:00–Fri 4 Dec 2026, 01:00',
    );
  });

  it('writes a date and time', () => {
    expect(formatDateTime('2026-11-01T00:00:00Z', 'ja')).toBe('2026年11月1日(日) 09:00');
    expect(formatDateTime('2026-11-01T00:00:00Z', 'en')).toBe('Sun 1 Nov 2026, 09:00');
  });

  it('writes a course span, or one day when it starts and ends the same day', () => {
    expect(formatDateSpan(start, '2027-01-14T03:00:00Z', 'ja')).toBe(
      '2026年12月3日(木)〜2027年1月14日(木)',
    );
    expect(formatDateSpan(start, end, 'en')).toBe('Thu 3 Dec 2026');
  });
});

describe('ranges in pieces that a line may break between, never inside a date', () => {
  it("keeps a session's date whole and its times together", () => {
    expect(sessionRangeText('2026-12-03T01:00:00Z', '2026-12-03T03:00:00Z', 'ja')).toEqual([
      '2026年12月3日(木) ',
      '10:00〜12:00',
    ]);
    expect(sessionRangeText('2026-12-03T12:00:00Z', '2026-12-03T16:00:00Z', 'en')).toEqual([
      'Thu 3 Dec 2026, ',
      '21:00–',
      'Fri 4 Dec 2026, ',
      '01:00',
    ]);
  });

  it('breaks a period only after its 〜, and writes one date alone', () => {
    expect(dateSpanText('2026-12-03T01:00:00Z', '2027-01-14T03:00:00Z', 'ja')).toEqual([
      '2026年12月3日(木)〜',
      '2027年1月14日(木)',
    ]);
    expect(dateRangeText('2026-12-29', '2027-01-03', 'en')).toEqual([
      'Tue 29 Dec 2026 – ',
      'Sun 3 Jan 2027',
    ]);
    expect(dateRangeText('2026-12-29', '2026-12-29', 'ja')).toEqual(['2026年12月29日(火)']);
    expect(formatDateRange('2026-12-29', '2027-01-03', 'ja')).toBe(
      '2026年12月29日(火)〜2027年1月3日(日)',
    );
  });

  it('writes a period between two instants with both dates and times', () => {
    expect(instantRangeText('2026-11-01T00:00:00Z', '2026-11-30T08:00:00Z', 'ja').join('')).toBe(
      '2026年11月1日(日) 09:00〜2026年11月30日(月) 17:00',
    );
    expect(instantRangeText('2026-11-01T00:00:00Z', '2026-11-30T08:00:00Z', 'en')).toEqual([
      'Sun 1 Nov 2026, ',
      '09:00 – ',
      'Mon 30 Nov 2026, ',
      '17:00',
    ]);
  });
});

describe('Japan time for calendars and forms', () => {
  it('reads an instant as the wall time in Tokyo, whatever the offset it is written in', () => {
    expect(tokyoIsoDate('2026-12-01T01:00:00Z')).toBe('2026-12-01');
    expect(tokyoMinutes('2026-12-01T01:00:00Z')).toBe(600);
    // 23:30 UTC is already the next morning in Tokyo.
    expect(tokyoIsoDate('2026-11-30T23:30:00Z')).toBe('2026-12-01');
    expect(tokyoMinutes('2026-11-30T23:30:00Z')).toBe(510);
    expect(tokyoMinutes('2026-12-01T10:00:00+09:00')).toBe(600);
  });

  it('knows today in Tokyo late in the UTC evening', () => {
    expect(tokyoToday(new Date('2026-11-25T16:00:00Z'))).toBe('2026-11-26');
    expect(tokyoToday(new Date('2026-11-25T14:59:00Z'))).toBe('2026-11-25');
  });

  it('steps dates across months and years and writes instants with the Tokyo offset', () => {
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(addDays('2026-12-01', -1)).toBe('2026-11-30');
    expect(tokyoInstant('2026-12-01', '10:00')).toBe('2026-12-01T10:00:00+09:00');
  });

  it('fills a datetime-local field in Japan time and reads it back as the same instant', () => {
    expect(tokyoLocalDateTime('2026-12-01T00:00:00Z')).toBe('2026-12-01T09:00');
    expect(fromTokyoLocalDateTime('2026-12-01T09:00')).toBe('2026-12-01T09:00:00+09:00');
  });

  it('writes every time as 24-hour HH:MM, as officials write it', () => {
    expect(clockTime(9 * 60)).toBe('09:00');
    expect(clockTime(21 * 60 + 5)).toBe('21:05');
    expect(minutesOf('9:30')).toBe(570);
    expect(minutesOf('09:30:00')).toBe(570);
    expect(minutesOf('24:00')).toBeNull();
    expect(minutesOf('noon')).toBeNull();
    expect(formatClockTime('09:00:00')).toBe('09:00');
    expect(formatClockTime('9:00')).toBe('09:00');
  });
});

describe('fiscal year (年度)', () => {
  it('starts on 1 April in Tokyo', () => {
    expect(fiscalYear('2027-03-31T14:59:59Z')).toBe(2026); // 23:59:59 on 31 March, Tokyo
    expect(fiscalYear('2027-03-31T15:00:00Z')).toBe(2027); // 00:00 on 1 April, Tokyo
    expect(fiscalYear('2026-11-25T03:00:00Z')).toBe(2026);
  });

  it('is written 年度 in Japanese and FY in English', () => {
    expect(formatFiscalYear(2026, 'ja')).toBe('2026年度');
    expect(formatFiscalYear(2026, 'en')).toBe('FY2026');
  });
});

describe('ISO calendar dates for the date picker', () => {
  it('round-trips a local date', () => {
    expect(toIsoDate(new Date(2026, 11, 3))).toBe('2026-12-03');
    expect(fromIsoDate('2026-12-03')?.getDate()).toBe(3);
  });

  it('rejects text that is not a real date', () => {
    expect(fromIsoDate('2026-02-30')).toBeNull();
    expect(fromIsoDate('tomorrow')).toBeNull();
  });
});

describe('fees', () => {
  it('says free when a course costs nothing', () => {
    expect(formatFee(0, 'ja')).toBe('無料');
    expect(formatFee(0, 'en')).toBe('Free');
  });

  it('writes yen after the number in Japanese and as ¥ before it in English', () => {
    expect(formatFee(500, 'ja')).toBe('500円');
    expect(formatFee(500, 'en')).toBe('¥500');
    expect(formatFee(12000, 'ja')).toBe('12,000円');
  });

  it('keeps zero as an amount where zero is not a course fee', () => {
    expect(formatYen(0, 'ja')).toBe('0円');
  });
});

describe('typed dates in the date picker', () => {
  function ymd(date: Date | null | undefined): string | null | undefined {
    return date ? toIsoDate(date) : date;
  }

  it('reads year-first dates in both languages', () => {
    expect(ymd(parseCalendarDate('2026/12/3', 'ja-JP'))).toBe('2026-12-03');
    expect(ymd(parseCalendarDate('2026年12月3日', 'ja-JP'))).toBe('2026-12-03');
    expect(ymd(parseCalendarDate('2026-12-03', 'en-GB'))).toBe('2026-12-03');
  });

  it('reads day-first dates the British way in English, as the picker displays them', () => {
    expect(ymd(parseCalendarDate('3/12/2026', 'en-GB'))).toBe('2026-12-03');
    expect(ymd(parseCalendarDate('03/12/2026', 'en-GB'))).toBe('2026-12-03');
  });

  it('rejects dates that do not exist and leaves unknown shapes to the fallback', () => {
    expect(parseCalendarDate('2026/2/30', 'ja-JP')).toBeNull();
    expect(parseCalendarDate('next Tuesday', 'en-GB')).toBeUndefined();
    expect(parseCalendarDate('3/12/2026', 'ja-JP')).toBeUndefined();
  });
});
