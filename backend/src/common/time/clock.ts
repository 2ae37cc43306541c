import { japanDate } from './japan-time';

/**
 * The backend's one source of "now" for decisions: is a window open, is a course upcoming,
 * has an invitation expired, is a reminder due. Inject it (it is its own Nest token) and call
 * `now()` once per decision, then pass that instant on (to SQL as a `$n::timestamptz`
 * parameter), so that one request judges everything at the same instant and a test can choose
 * the instant (see testing/settable-clock.ts).
 *
 * Not for measuring durations or stamping logs: those want the real time, whatever a test set.
 */
export abstract class Clock {
  abstract now(): Date;

  /** The calendar day (YYYY-MM-DD) in Japan now. */
  today(): string {
    return japanDate(this.now());
  }
}

/** The machine's clock: what the application uses outside tests. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
