import type { InstructorPublicProfile } from '../api/api-types';

/** A date option's times in order: the end after the start (same day, Japan time). */
export function optionOrderError(value: {
  startTime?: string;
  endTime?: string;
}): { endBeforeStart: true } | null {
  const { startTime, endTime } = value;
  if (!startTime || !endTime) return null;
  return endTime <= startTime ? { endBeforeStart: true } : null;
}

/**
 * The dates a request may not propose: before the earliest Japan date the API states (it knows
 * "today" from its clock and the city's lead time), so the browser's clock is never asked.
 */
export function tooSoonOptions(
  profile: Pick<InstructorPublicProfile, 'earliestRequestDate'>,
  dates: readonly string[],
): number[] {
  return dates.flatMap((date, index) =>
    date && date < profile.earliestRequestDate ? [index] : [],
  );
}
