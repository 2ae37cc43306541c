import type { Language } from '../i18n/i18n.service';

/**
 * The frontend's one date and time module: every Japan-time helper lives here, and every feature
 * imports it. One format decision: times are on the 24-hour clock with two-digit hours (`09:00`),
 * in Japan time, in both languages — as city officials write them on notices and timetables.
 * Dates and times in Tsukuba's time zone, written the way each language expects:
 *   ja: 2026年12月3日(木) 10:00〜12:00     en: Thu 3 Dec 2026, 10:00–12:00
 *
 * Japan has had no daylight saving time since 1951, so Asia/Tokyo is always UTC+9. Shifting the
 * instant by nine hours and reading the UTC fields gives the wall-clock time in Tsukuba whatever
 * the browser's own zone is, with output that does not depend on the browser's Intl data.
 */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_EN_LONG = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
const MONTHS_EN = [
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

interface TokyoParts {
  year: number;
  month: number; // 1–12
  day: number;
  weekday: number; // 0 = Sunday
  hour: number;
  minute: number;
}

export function tokyoParts(instant: string | Date): TokyoParts {
  const shifted = new Date(new Date(instant).getTime() + TOKYO_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

function sameTokyoDay(a: TokyoParts, b: TokyoParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `YYYY-MM-DD` of a calendar date given by its numbers (month 1–12). */
export function isoDateOf(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The Japan calendar date (`YYYY-MM-DD`) of an instant. */
export function tokyoIsoDate(instant: string | Date): string {
  const parts = tokyoParts(instant);
  return isoDateOf(parts.year, parts.month, parts.day);
}

/** Minutes since midnight, Japan time, of an instant. */
export function tokyoMinutes(instant: string | Date): number {
  const parts = tokyoParts(instant);
  return parts.hour * 60 + parts.minute;
}

/** Today's date in Japan (`YYYY-MM-DD`), whatever the browser's own zone. */
export function tokyoToday(now: Date = new Date()): string {
  return tokyoIsoDate(now);
}

/** The ISO instant of a Japan date and wall time (`HH:MM`), as the API takes it. */
export function tokyoInstant(date: string, time: string): string {
  return `${date}T${time}:00+09:00`;
}

/** `2026-12-01T09:00`: an instant as a datetime-local field holds it, in Japan time. */
export function tokyoLocalDateTime(instant: string | Date): string {
  return `${tokyoIsoDate(instant)}T${clockTime(tokyoMinutes(instant))}`;
}

/** The instant a datetime-local field's `2026-12-01T09:00` means, in Japan time. */
export function fromTokyoLocalDateTime(local: string): string {
  return `${local}:00+09:00`;
}

/** `date` plus `days` calendar days (dates only, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Calendar days from the date `from` to the date `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (24 * 60 * 60 * 1000),
  );
}

/** Minutes since midnight of a wall time `HH:MM` (also `H:MM` and the API's `HH:MM:SS`), or null. */
export function minutesOf(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(time.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** `09:00` from minutes since midnight: the one way a time is written. */
export function clockTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function datePart(parts: TokyoParts, language: Language): string {
  return language === 'ja'
    ? `${parts.year}年${parts.month}月${parts.day}日(${WEEKDAYS_JA[parts.weekday]})`
    : `${WEEKDAYS_EN[parts.weekday]} ${parts.day} ${MONTHS_EN[parts.month - 1]} ${parts.year}`;
}

function timePart(parts: TokyoParts): string {
  return clockTime(parts.hour * 60 + parts.minute);
}

/** `2026年12月3日(木)` / `Thu 3 Dec 2026` */
export function formatDate(instant: string | Date, language: Language): string {
  return datePart(tokyoParts(instant), language);
}

/** `10:00` (24-hour clock in both languages, as Japanese public notices use) */
export function formatTime(instant: string | Date): string {
  return timePart(tokyoParts(instant));
}

/** `2026年12月3日(木) 09:00` / `Thu 3 Dec 2026, 09:00` */
export function formatDateTime(instant: string | Date, language: Language): string {
  const parts = tokyoParts(instant);
  return language === 'ja'
    ? `${datePart(parts, language)} ${timePart(parts)}`
    : `${datePart(parts, language)}, ${timePart(parts)}`;
}

/**
 * A range written as pieces that each stay on one line: a narrow screen (a phone at the largest
 * text size) may break the line between pieces — after the 〜, or between a date and its times —
 * but never inside a date such as 「2026年12月7日(月)」. Joined, the pieces are the range's text;
 * `<tsu-date-range>` (core/format/date-range.ts) draws them.
 */
export type RangeText = readonly string[];

/** The separator between the two ends of a range: 〜 in Japanese, an en dash in English. */
function rangeSeparator(language: Language, spaced: boolean): string {
  if (language === 'ja') return '〜';
  return spaced ? ' – ' : '–';
}

/** `2026年12月3日(木) 10:00` as two pieces, the date and the time. */
function dateTimePieces(parts: TokyoParts, language: Language): [string, string] {
  return [`${datePart(parts, language)}${language === 'ja' ? ' ' : ', '}`, timePart(parts)];
}

/**
 * A session's span as pieces: `2026年12月3日(木) ` `10:00〜12:00`; a span over midnight names
 * both days (`2026年12月3日(木) ` `21:00〜` `2026年12月4日(金) ` `01:00`).
 */
export function sessionRangeText(
  startsAt: string | Date,
  endsAt: string | Date,
  language: Language,
): RangeText {
  const start = tokyoParts(startsAt);
  const end = tokyoParts(endsAt);
  const separator = rangeSeparator(language, false);
  const [startDate, startTime] = dateTimePieces(start, language);
  if (sameTokyoDay(start, end)) return [startDate, `${startTime}${separator}${timePart(end)}`];
  return [startDate, `${startTime}${separator}`, ...dateTimePieces(end, language)];
}

/**
 * A session's span: `2026年12月3日(木) 10:00〜12:00` / `Thu 3 Dec 2026, 10:00–12:00`; a span
 * over midnight names both days.
 */
export function formatSessionRange(
  startsAt: string | Date,
  endsAt: string | Date,
  language: Language,
): string {
  return sessionRangeText(startsAt, endsAt, language).join('');
}

/**
 * From one instant to another, each with its date and time (an application period):
 * `2026年11月1日(日) ` `09:00〜` `2026年11月30日(月) ` `17:00`.
 */
export function instantRangeText(
  from: string | Date,
  to: string | Date,
  language: Language,
): RangeText {
  const [fromDate, fromTime] = dateTimePieces(tokyoParts(from), language);
  return [
    fromDate,
    `${fromTime}${rangeSeparator(language, true)}`,
    ...dateTimePieces(tokyoParts(to), language),
  ];
}

/** A message with a range in it: the text before the range, the range, the text after it. */
export interface RangeInMessage {
  before: string;
  range: RangeText;
  after: string;
}

/**
 * Places a range in a message (「（全8回：{span}）」) so that the range can still be drawn as
 * one: `message` writes the message with the given slot where the range goes.
 */
export function rangeInMessage(
  message: (slot: string) => string,
  range: RangeText,
): RangeInMessage {
  const slot = '\u0000';
  const [before, after = ''] = message(slot).split(slot);
  return { before, range, after };
}

/** Two dates as pieces, each whole, the separator after the first: one date alone when equal. */
function datesText(first: TokyoParts, last: TokyoParts, language: Language): RangeText {
  if (sameTokyoDay(first, last)) return [datePart(first, language)];
  return [
    `${datePart(first, language)}${rangeSeparator(language, true)}`,
    datePart(last, language),
  ];
}

/** A course's period across sessions as pieces (see formatDateSpan). */
export function dateSpanText(
  firstStartsAt: string | Date,
  lastEndsAt: string | Date,
  language: Language,
): RangeText {
  return datesText(tokyoParts(firstStartsAt), tokyoParts(lastEndsAt), language);
}

/** A course's period across sessions: `2026年12月3日(木)〜2027年1月14日(木)`; one day alone. */
export function formatDateSpan(
  firstStartsAt: string | Date,
  lastEndsAt: string | Date,
  language: Language,
): string {
  return dateSpanText(firstStartsAt, lastEndsAt, language).join('');
}

/** A calendar date `2027-02-15` (a Japan date, as the API sends days): 「2027年2月15日(月)」 / "Mon 15 Feb 2027". */
export function formatIsoDate(date: string, language: Language): string {
  return formatDate(tokyoInstant(date, '12:00'), language);
}

/** A calendar date without its year, for a column head: 「12月7日(月)」 / "Mon 7 Dec". */
export function formatShortIsoDate(date: string, language: Language): string {
  const parts = tokyoParts(tokyoInstant(date, '12:00'));
  return language === 'ja'
    ? `${parts.month}月${parts.day}日(${WEEKDAYS_JA[parts.weekday]})`
    : `${WEEKDAYS_EN[parts.weekday]} ${parts.day} ${MONTHS_EN[parts.month - 1]}`;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}

/** A weekday (0 = Sunday … 6 = Saturday) by name: 「月」 / "Monday". */
export function weekdayName(weekday: number, language: Language): string {
  return (language === 'ja' ? WEEKDAYS_JA : WEEKDAYS_EN_LONG)[weekday] ?? '';
}

/** Calendar days (`YYYY-MM-DD`, inclusive) as pieces (see formatDateRange). */
export function dateRangeText(from: string, to: string, language: Language): RangeText {
  return datesText(
    tokyoParts(tokyoInstant(from, '12:00')),
    tokyoParts(tokyoInstant(to, '12:00')),
    language,
  );
}

/** Days from `from` to `to` (dates, inclusive): one date, or 「first〜last」 / "first – last". */
export function formatDateRange(from: string, to: string, language: Language): string {
  return dateRangeText(from, to, language).join('');
}

/** The Japanese fiscal year (年度) an instant falls in: April to the following March. */
export function fiscalYear(instant: string | Date): number {
  const parts = tokyoParts(instant);
  return parts.month >= 4 ? parts.year : parts.year - 1;
}

/** `2026年度` / `FY2026` */
export function formatFiscalYear(year: number, language: Language): string {
  return language === 'ja' ? `${year}年度` : `FY${year}`;
}

/** A calendar date picked in the browser as the API's `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD` as a local calendar date for the date picker, or null when it is not a date. */
export function fromIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return toIsoDate(date) === value ? date : null;
}

/** "10:00" from the API's `HH:mm[:ss]` opening hours (and "9:00" typed as `09:00`). */
export function formatClockTime(value: string): string {
  const minutes = minutesOf(value);
  return minutes === null ? value : clockTime(minutes);
}
