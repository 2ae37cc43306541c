import { Clock, SystemClock } from './clock';

/**
 * The app's clock when TEST_CLOCK=true (never in production: loadConfig refuses it): the
 * machine's time plus an offset that a browser journey sets through `PUT /api/dev/clock`, so
 * that a course's sessions, its end and the jobs that follow can be lived through in minutes.
 * Time keeps flowing from the instant set — the jobs that run every minute still see a minute
 * pass — until the journey sends the app back to the real time (`DELETE /api/dev/clock`).
 *
 * Only the app's decisions move: what PostgreSQL decides with its own clock (log-in sessions,
 * the booking window under the course lock, the outbox's leases) stays on the real time.
 */
export class TravellingClock extends Clock {
  private offsetMs = 0;

  /** `real`: the time it travels away from (the machine's, unless a test gives another). */
  constructor(private readonly real: Clock = new SystemClock()) {
    super();
  }

  now(): Date {
    return new Date(this.real.now().getTime() + this.offsetMs);
  }

  /** From now on, the time flows from `instant`. */
  travelTo(instant: Date): void {
    this.offsetMs = instant.getTime() - this.real.now().getTime();
  }

  backToRealTime(): void {
    this.offsetMs = 0;
  }

  /** Whether the clock is away from the real time. */
  get travelled(): boolean {
    return this.offsetMs !== 0;
  }
}
