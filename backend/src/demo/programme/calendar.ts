/**
 * Dates and times of the demo, in Japan time. Days are counted as whole days since
 * 1970-01-01 (of the local calendar) so that arithmetic never meets a time zone; they are
 * turned into ISO strings with an explicit +09:00 offset only at the end. Japan has no DST.
 */

const MINUTES_PER_DAY = 24 * 60;
const pad = (value: number) => String(value).padStart(2, '0');
const MILLISECONDS_PER_DAY = MINUTES_PER_DAY * 60 * 1000;

export function dayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MILLISECONDS_PER_DAY;
}

function partsOf(day: number): { year: number; month: number; date: number; weekday: number } {
  const utc = new Date(day * MILLISECONDS_PER_DAY);
  return {
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    date: utc.getUTCDate(),
    weekday: utc.getUTCDay(),
  };
}

/** The day number of a calendar date (months may overflow: month 13 is January next year). */
export function dayAt(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / MILLISECONDS_PER_DAY;
}

/** 'YYYY-MM-DD' of a day number. */
export function dateOf(day: number): string {
  const { year, month, date } = partsOf(day);
  return `${year}-${pad(month)}-${pad(date)}`;
}

/** The fiscal year (April–March) a day belongs to, named by the year it starts in. */
export function fiscalYearOf(day: number): number {
  const { year, month } = partsOf(day);
  return month >= 4 ? year : year - 1;
}

/** 0 = Sunday ... 6 = Saturday */
export function weekdayOf(day: number): number {
  return partsOf(day).weekday;
}

/** Every venue closes for the New Year holidays, 29 December to 3 January. */
export function isYearEndClosure(day: number): boolean {
  const { month, date } = partsOf(day);
  return (month === 12 && date >= 29) || (month === 1 && date <= 3);
}

/** 'HH:MM' → minutes since midnight */
export function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

export function isoAt(day: number, minute: number): string {
  const { year, month, date } = partsOf(day);
  return `${year}-${pad(month)}-${pad(date)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00+09:00`;
}

/** An instant as minutes since 1970-01-01 00:00 Japan time, for comparing and overlap checks. */
export function localMinutes(day: number, minute: number): number {
  return day * MINUTES_PER_DAY + minute;
}

/** Parses an ISO string with any offset into local (+09:00) day and minute of day. */
export function localPartsOf(iso: string): { day: number; minute: number } {
  const localMs = Date.parse(iso) + 9 * 60 * 60 * 1000;
  const day = Math.floor(localMs / MILLISECONDS_PER_DAY);
  return { day, minute: Math.round((localMs - day * MILLISECONDS_PER_DAY) / 60000) };
}

/** Small, fast, seedable PRNG (mulberry32): the demo must be the same on every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
