import { HttpErrorResponse } from '@angular/common/http';
import { InjectionToken } from '@angular/core';

/**
 * How long the booking panel keeps retrying a booking whose outcome is unknown (a 5xx or no
 * answer at all) before it tells the person it could not find out.
 */
export const RETRY_BUDGET_MS = 30_000;
const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 8_000;

/** The waits of the retry loop: real timers in the app, a fake clock in tests. */
export interface RetryTiming {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** In [0, 1). */
  random(): number;
}

export const RETRY_TIMING = new InjectionToken<RetryTiming>('booking retry timing', {
  providedIn: 'root',
  factory: () => ({
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
  }),
});

/**
 * The wait before retry number `attempt` (1, 2, …): 1 s doubling up to 8 s, each with jitter
 * (between half and all of it), so that the many people who pressed at 9:00 during the same
 * hiccup do not all come back in the same instant.
 */
export function backoffDelay(attempt: number, random: number): number {
  const ceiling = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random / 2));
}

/**
 * True when the request may or may not have booked: no answer reached us, or the server (or a
 * proxy) failed (5xx) or timed out (408), possibly after committing. Anything else is a definite
 * answer: a booking, or a designed 4xx refusal.
 */
export function outcomeUnknown(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) return false;
  return error.status === 0 || error.status === 408 || error.status >= 500;
}
