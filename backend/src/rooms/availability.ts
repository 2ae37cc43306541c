import type { FreeIntervalDto } from './dto/calendar.dto';

/**
 * The free parts of [opens, closes) once the reservations are taken out: what an organiser may
 * still choose. Reservations may overlap the window's edges or each other (other rooms' rows are
 * filtered out by the caller).
 */
export function freeIntervals(
  opens: Date,
  closes: Date,
  reserved: { startsAt: string; endsAt: string }[],
): FreeIntervalDto[] {
  const busy = reserved
    .map((r) => [Date.parse(r.startsAt), Date.parse(r.endsAt)] as const)
    .sort((a, b) => a[0] - b[0]);
  const free: FreeIntervalDto[] = [];
  let cursor = opens.getTime();
  for (const [start, end] of busy) {
    if (start > cursor && cursor < closes.getTime()) {
      free.push({
        startsAt: new Date(cursor).toISOString(),
        endsAt: new Date(Math.min(start, closes.getTime())).toISOString(),
      });
    }
    cursor = Math.max(cursor, end);
  }
  if (cursor < closes.getTime()) {
    free.push({ startsAt: new Date(cursor).toISOString(), endsAt: closes.toISOString() });
  }
  return free;
}
