import type { Language } from '../errors/request-language';

/**
 * The backend's one module for Japan time: the calendar day, hour and weekday of an instant in
 * Japan, the instants a Japanese day begins, the fiscal year, the age reached in a year, and the
 * way dates and times are written for people (mails, CSV files, error messages, notices).
 *
 * Japan has one time zone and no daylight saving time: UTC+9 all year. The arithmetic is done
 * here by hand, not with Intl, so that the output does not depend on the server's zone or on
 * its ICU version. Dates are ISO calendar days (`YYYY-MM-DD`) in Japan; instants are `Date`s
 * (or ISO strings, as rows and DTOs carry them).
 *
 * One format decision: 24-hour time with two-digit hours (`09:00`), in Japan time;
 * 「2026年12月3日(木) 10:00〜12:00」 in Japanese and "Thu 3 Dec 2026, 10:00–12:00" in English.
 */

/** The offset written after a Japan wall-clock time (`2027-04-01T09:00:00+09:00`). */
const JAPAN_OFFSET = '+09:00';

const JAPAN_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** English month abbreviations, January first. */
export const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A Japanese text and its English counterpart (the shape of reference-data's Label). */
export type JapanTimeLabel = Record<Language, string>;

/** The Japan wall clock at an instant, as a Date whose UTC fields read as Japan's. */
function wallClock(instant: Date | string): Date {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(time)) throw new RangeError(`not an instant: ${String(instant)}`);
  return new Date(time + JAPAN_OFFSET_MS);
}

/** A Japan calendar day (YYYY-MM-DD) as a Date at UTC midnight, for calendar arithmetic. */
function calendarDay(date: string): Date {
  const day = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || day.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`not a date: ${date}`);
  }
  return day;
}

// --- days, hours, weekdays ------------------------------------------------------------------

/** The calendar day (YYYY-MM-DD) in Japan at the given instant. */
export function japanDate(instant: Date | string): string {
  return wallClock(instant).toISOString().slice(0, 10);
}

/** The time of day in Japan, 24-hour with two-digit hours: `09:05`, `23:59`. */
export function japanTime(instant: Date | string): string {
  return wallClock(instant).toISOString().slice(11, 16);
}

/** The hour (0–23) in Japan at the given instant. */
export function japanHour(instant: Date | string): number {
  return wallClock(instant).getUTCHours();
}

/** The calendar year in Japan at the given instant (it turns at 15:00 UTC on 31 December). */
export function japanYear(instant: Date | string): number {
  return wallClock(instant).getUTCFullYear();
}

/** The weekday (0 = Sunday … 6 = Saturday) of an instant in Japan, or of a Japan date. */
export function japanWeekday(instantOrDate: Date | string): number {
  return toDay(instantOrDate).getUTCDay();
}

/** The instant a Japanese calendar day (YYYY-MM-DD) begins: 15:00 UTC the day before. */
export function startOfJapanDay(date: string): Date {
  return new Date(calendarDay(date).getTime() - JAPAN_OFFSET_MS);
}

/** The instant the next Japanese day after `date` begins (for inclusive "to" dates). */
export function startOfNextJapanDay(date: string): Date {
  return new Date(startOfJapanDay(date).getTime() + DAY_MS);
}

/** The calendar day `days` days after (or before, when negative) a date: 2027-02-28 + 1 → 2027-03-01. */
export function addDays(date: string, days: number): string {
  return new Date(calendarDay(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant of a Japan wall-clock time on a Japan date: ('2027-04-01', '09:00') → 00:00 UTC. */
export function japanInstant(date: string, time: string): Date {
  calendarDay(date);
  const instant = new Date(`${date}T${time.length === 5 ? `${time}:00` : time}${JAPAN_OFFSET}`);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a time: ${time}`);
  return instant;
}

// --- fiscal year and age --------------------------------------------------------------------

/**
 * The fiscal year (April to March, 年度) of an instant in Japan or of a Japan date, named by the
 * year it begins in: 31 March 2027 23:59 in Japan is in fiscal 2026, 1 April 2027 in fiscal 2027.
 */
export function fiscalYear(instantOrDate: Date | string): number {
  const day = toDay(instantOrDate);
  return day.getUTCMonth() >= 3 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
}

/**
 * The age reached in the (Japan) year of an instant by someone born in `birthYear`: only birth
 * years are known, so a person born in 1961 counts as 65 all through 2026.
 */
export function ageInYearOf(birthYear: number, instant: Date | string): number {
  return japanYear(instant) - birthYear;
}

// --- written for people ---------------------------------------------------------------------

/** 2026年12月3日(木) / Thu 3 Dec 2026 */
export function formatDate(instant: Date | string, language: Language): string {
  const day = wallClock(instant);
  const [year, month, date, weekday] = [
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    day.getUTCDay(),
  ];
  return language === 'en'
    ? `${WEEKDAYS_EN[weekday]} ${date} ${MONTHS_EN[month]} ${year}`
    : `${year}年${month + 1}月${date}日(${WEEKDAYS_JA[weekday]})`;
}

/** 09:00 — the time of day in Japan, the same in both languages. */
export function formatTime(instant: Date | string): string {
  return japanTime(instant);
}

/** 2026年12月3日(木) 09:00 / Thu 3 Dec 2026, 09:00 */
export function formatDateTime(instant: Date | string, language: Language): string {
  return language === 'en'
    ? `${formatDate(instant, 'en')}, ${formatTime(instant)}`
    : `${formatDate(instant, 'ja')} ${formatTime(instant)}`;
}

/** formatDateTime in both languages, for a message that carries both. */
export function dateTimeLabel(instant: Date | string): JapanTimeLabel {
  return { ja: formatDateTime(instant, 'ja'), en: formatDateTime(instant, 'en') };
}

/**
 * 2026年12月3日(木) 10:00〜12:00 / Thu 3 Dec 2026, 10:00–12:00 (the end's date is written too
 * when it is another day in Japan).
 */
export function formatSessionTime(
  startsAt: Date | string,
  endsAt: Date | string,
  language: Language,
): string {
  const sameDay = japanDate(startsAt) === japanDate(endsAt);
  const end = sameDay ? formatTime(endsAt) : formatDateTime(endsAt, language);
  return language === 'en'
    ? `${formatDateTime(startsAt, 'en')}–${end}`
    : `${formatDateTime(startsAt, 'ja')}〜${end}`;
}

/**
 * The short form of a slot where the year goes without saying (a room's conflicts):
 * 「12月1日（火）10:00〜12:00」 / "Tue 1 Dec, 10:00–12:00". The end is a time of day only.
 */
export function shortSlotLabel(startsAt: Date | string, endsAt: Date | string): JapanTimeLabel {
  const start = wallClock(startsAt);
  const [month, date, weekday] = [start.getUTCMonth(), start.getUTCDate(), start.getUTCDay()];
  const times = { start: formatTime(startsAt), end: formatTime(endsAt) };
  return {
    ja: `${month + 1}月${date}日（${WEEKDAYS_JA[weekday]}）${times.start}〜${times.end}`,
    en: `${WEEKDAYS_EN[weekday]} ${date} ${MONTHS_EN[month]}, ${times.start}–${times.end}`,
  };
}

/** An instant's Japan day, or a Japan date, as a Date at UTC midnight of that day. */
function toDay(instantOrDate: Date | string): Date {
  return typeof instantOrDate === 'string' && instantOrDate.length === 10
    ? calendarDay(instantOrDate)
    : calendarDay(japanDate(instantOrDate));
}
