import { japanInstant } from '../../common/time/japan-time';
import type { SeriesFrequency } from './session-input.dto';

export interface SeriesPlan {
  firstDate: string;
  startTime: string;
  durationMinutes: number;
  frequency: SeriesFrequency;
  count?: number;
  until?: string;
  skipDates?: readonly string[];
}

const DAY_MS = 86_400_000;
/** A series never runs for more than two years (and `count` is at most 52). */
const MAX_SPAN_DAYS = 731;

/**
 * The sessions of a series, in order: every week (or every other week) from the first date,
 * skipping the given dates, until `count` sessions are planned or `until` is passed. Skipped
 * dates do not count towards `count` ("8 sessions, none on 12 Feb" still gives 8).
 */
export function expandSeries(plan: SeriesPlan): { startsAt: Date; endsAt: Date }[] {
  const step = (plan.frequency === 'weekly' ? 7 : 14) * DAY_MS;
  const first = Date.parse(`${plan.firstDate}T00:00:00Z`);
  const last = plan.until ? Date.parse(`${plan.until}T00:00:00Z`) : first + MAX_SPAN_DAYS * DAY_MS;
  const skipped = new Set(plan.skipDates ?? []);
  const sessions: { startsAt: Date; endsAt: Date }[] = [];
  for (let day = first; day <= last && day - first <= MAX_SPAN_DAYS * DAY_MS; day += step) {
    if (plan.count !== undefined && sessions.length >= plan.count) break;
    const date = new Date(day).toISOString().slice(0, 10);
    if (skipped.has(date)) continue;
    const startsAt = japanInstant(date, plan.startTime);
    sessions.push({
      startsAt,
      endsAt: new Date(startsAt.getTime() + plan.durationMinutes * 60_000),
    });
  }
  return sessions;
}
