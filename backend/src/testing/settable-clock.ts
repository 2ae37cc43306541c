import { Clock } from '../common/time/clock';

/**
 * A clock a test sets. Built at an instant, it stands there and moves only when told to;
 * write the instant with its offset, so the test reads as what it is about:
 * `new SettableClock('2027-03-31T23:59:59+09:00')` (the last second of a fiscal year in Japan).
 * Built without one, it runs with the real time until set (and again after `reset()`), so that
 * one app can serve the tests of a file that are about dates and those that are not.
 */
export class SettableClock extends Clock {
  /** null: the real time. */
  private instant: Date | null;

  constructor(start?: Date | string) {
    super();
    this.instant = start === undefined ? null : instantOf(start);
  }

  now(): Date {
    return this.instant ? new Date(this.instant) : new Date();
  }

  set(instant: Date | string): this {
    this.instant = instantOf(instant);
    return this;
  }

  /** Moves the clock on (from the real time, if it was not set) and leaves it standing there. */
  advance(milliseconds: number): this {
    this.instant = new Date(this.now().getTime() + milliseconds);
    return this;
  }

  /** Back to the real time. */
  reset(): this {
    this.instant = null;
    return this;
  }
}

function instantOf(value: Date | string): Date {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new Error(`not an instant: ${String(value)}`);
  return instant;
}
