/** The city's default lead time, shown until the API says otherwise. */
export const DEFAULT_LEAD_DAYS = 14;

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
 * The earliest date a request may propose, as the API states it (it knows "today" from its
 * clock and the city's lead time); none when it does not say, and then the API alone judges.
 */
export function earliestRequestDate(profile: object): string | null {
  const value = (profile as { earliestRequestDate?: unknown }).earliestRequestDate;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** The city's lead time in days, as the API states it. */
export function leadDaysOf(profile: object): number {
  const value = (profile as { requestLeadDays?: unknown }).requestLeadDays;
  return typeof value === 'number' && value > 0 ? value : DEFAULT_LEAD_DAYS;
}
