import type { Language } from '../i18n/i18n.service';

/**
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

function datePart(parts: TokyoParts, language: Language): string {
  return language === 'ja'
    ? `${parts.year}年${parts.month}月${parts.day}日(${WEEKDAYS_JA[parts.weekday]})`
    : `${WEEKDAYS_EN[parts.weekday]} ${parts.day} ${MONTHS_EN[parts.month - 1]} ${parts.year}`;
}

function timePart(parts: TokyoParts): string {
  return `${pad(parts.hour)}:${pad(parts.minute)}`;
}

/** `2026年12月3日(木)` / `Thu 3 Dec 2026` */
export function formatDate(instant: string | Date, language: Language): string {
  return datePart(tokyoParts(instant), language);
}

/** `10:00` (24-hour clock in both languages, as Japanese public notices use) */
export function formatTime(instant: string | Date): string {
  return timePart(tokyoParts(instant));
}

/** `2026年12月3日(木) 9:00` / `Thu 3 Dec 2026, 09:00` */
export function formatDateTime(instant: string | Date, language: Language): string {
  const parts = tokyoParts(instant);
  return language === 'ja'
    ? `${datePart(parts, language)} ${timePart(parts)}`
    : `${datePart(parts, language)}, ${timePart(parts)}`;
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
  const start = tokyoParts(startsAt);
  const end = tokyoParts(endsAt);
  const separator = language === 'ja' ? '〜' : '–';
  const startText = formatDateTime(startsAt, language);
  const endText = sameTokyoDay(start, end) ? timePart(end) : formatDateTime(endsAt, language);
  return `${startText}${separator}${endText}`;
}

/** A course's period across sessions: `2026年12月3日(木)〜2027年1月14日(木)`; one day alone. */
export function formatDateSpan(
  firstStartsAt: string | Date,
  lastEndsAt: string | Date,
  language: Language,
): string {
  const first = tokyoParts(firstStartsAt);
  const last = tokyoParts(lastEndsAt);
  if (sameTokyoDay(first, last)) return datePart(first, language);
  const separator = language === 'ja' ? '〜' : ' – ';
  return `${datePart(first, language)}${separator}${datePart(last, language)}`;
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

/** "10:00" from the API's `HH:mm[:ss]` opening hours. */
export function formatClockTime(value: string): string {
  return value.slice(0, 5);
}
