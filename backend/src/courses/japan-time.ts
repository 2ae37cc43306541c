/** Japan has one time zone and no daylight saving: +09:00 all year. */
const JAPAN_OFFSET = '+09:00';

/** The instant a Japanese calendar day (YYYY-MM-DD) begins. */
export function startOfJapanDay(date: string): Date {
  return new Date(`${date}T00:00:00${JAPAN_OFFSET}`);
}

/** The calendar day (YYYY-MM-DD) in Japan at the given instant. */
export function japanDate(instant: Date): string {
  return new Date(instant.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** The instant the next Japanese day after `date` begins (for inclusive "to" dates). */
export function startOfNextJapanDay(date: string): Date {
  return new Date(startOfJapanDay(date).getTime() + 24 * 3600_000);
}
