import type { SessionInput, SessionSeriesInput } from '../../api/api-types';
import { clockTime, isoDateOf, minutesOf, tokyoInstant } from '../../core/format/date-format';

export type SessionRepeat = 'once' | 'weekly' | 'biweekly';

/** What the sessions form holds: a Japan calendar date, wall-clock times, the chosen room. */
export interface SessionFormValue {
  repeat: SessionRepeat;
  date: string;
  startTime: string;
  endTime: string;
  count: number | null;
  /** Dates to leave out of a series, as typed: separated by commas, spaces or new lines. */
  skipDates: string;
  roomId: string;
}

export type SessionRequest =
  { kind: 'single'; body: SessionInput } | { kind: 'series'; body: SessionSeriesInput };

function clock(time: string): string {
  return clockTime(minutesOf(time) ?? 0);
}

/**
 * The dates a person typed, as ISO dates: "2026/12/8" and "2026-12-08" alike, duplicates
 * removed, sorted. Anything that is not a date is kept as typed so the API names it under the
 * field rather than the form silently dropping it.
 */
export function parseSkipDates(text: string): string[] {
  const dates = new Set<string>();
  for (const token of text.split(/[\s,、，]+/)) {
    if (!token) continue;
    const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(token);
    dates.add(match ? isoDateOf(Number(match[1]), Number(match[2]), Number(match[3])) : token);
  }
  return [...dates].sort();
}

/**
 * The request for the sessions form: one session with Japan-time instants (+09:00, the city
 * has no daylight saving), or a series the API expands itself — whole or nothing — with its
 * duration in minutes from the start and end times.
 */
export function toSessionRequest(value: SessionFormValue): SessionRequest {
  const start = clock(value.startTime);
  const end = clock(value.endTime);
  if (value.repeat === 'once') {
    return {
      kind: 'single',
      body: {
        startsAt: tokyoInstant(value.date, start),
        endsAt: tokyoInstant(value.date, end),
        roomId: value.roomId,
      },
    };
  }
  const skipDates = parseSkipDates(value.skipDates);
  return {
    kind: 'series',
    body: {
      firstDate: value.date,
      startTime: start,
      durationMinutes: (minutesOf(end) ?? 0) - (minutesOf(start) ?? 0),
      frequency: value.repeat,
      count: value.count ?? 1,
      ...(skipDates.length > 0 ? { skipDates } : {}),
      roomId: value.roomId,
    },
  };
}
