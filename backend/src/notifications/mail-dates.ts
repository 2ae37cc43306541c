import type { Language } from '../common/errors/request-language';

/** Dates and times in mails, always in Japan time whatever the server's zone. */
const ZONE = 'Asia/Tokyo';

const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

interface JapanParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: string;
  minute: string;
}

function japanParts(date: Date): JapanParts {
  // Japan has no daylight saving time: UTC+9 all year.
  const shifted = new Date(date.getTime() + 9 * 3_600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: String(shifted.getUTCHours()).padStart(2, '0'),
    minute: String(shifted.getUTCMinutes()).padStart(2, '0'),
  };
}

/** 2026年12月3日(木) / Thu 3 Dec 2026 */
export function formatDate(date: Date, language: Language): string {
  if (language === 'en') {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    })
      .format(date)
      .replace(',', '');
  }
  const p = japanParts(date);
  return `${p.year}年${p.month}月${p.day}日(${JA_WEEKDAYS[p.weekday]})`;
}

/** 10:00 */
export function formatTime(date: Date): string {
  const p = japanParts(date);
  return `${p.hour}:${p.minute}`;
}

/** 2026年12月3日(木) 10:00 / Thu 3 Dec 2026, 10:00 */
export function formatDateTime(date: Date, language: Language): string {
  return language === 'en'
    ? `${formatDate(date, 'en')}, ${formatTime(date)}`
    : `${formatDate(date, 'ja')} ${formatTime(date)}`;
}

/** 2026年12月3日(木) 10:00〜12:00 / Thu 3 Dec 2026, 10:00–12:00 (the end's date when it differs). */
export function formatSessionTime(startsAt: Date, endsAt: Date, language: Language): string {
  const sameDay = formatDate(startsAt, language) === formatDate(endsAt, language);
  const end = sameDay ? formatTime(endsAt) : formatDateTime(endsAt, language);
  return language === 'en'
    ? `${formatDateTime(startsAt, 'en')}–${end}`
    : `${formatDateTime(startsAt, 'ja')}〜${end}`;
}

/** The calendar date in Japan as YYYY-MM-DD (what "tomorrow" means for a reminder). */
export function japanDate(date: Date): string {
  const p = japanParts(date);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
