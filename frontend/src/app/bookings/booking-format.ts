import type { Booking, BookingSession, CreateBookingRequest } from '../api/api-types';
import type { BookingMessageKey } from './booking-messages';
import type { Translator } from '../core/i18n/scoped-translator';

/** `K7M2Q9XD` as people read it aloud and type it at the door: `K7M2-Q9XD`. */
export function hyphenatedCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/**
 * The status as a short label: 確定 / キャンセル待ち 3番目 / 抽選申込中 / キャンセル済み, and
 * 終了（受講済み） for a confirmed booking whose every session is over (given `now`).
 */
export function statusLabel(
  booking: Pick<Booking, 'status' | 'waitingPosition'> & { sessions?: readonly BookingSession[] },
  t: Translator<BookingMessageKey>,
  now?: Date,
): string {
  switch (booking.status) {
    case 'confirmed':
      return now && booking.sessions && courseIsOver(booking.sessions, now)
        ? t('status.finished')
        : t('status.confirmed');
    case 'waiting':
      return booking.waitingPosition === null
        ? t('status.waitingNoPosition')
        : t('status.waiting', { position: booking.waitingPosition });
    case 'applied':
      return t('status.applied');
    case 'cancelled':
      return t('status.cancelled');
  }
}

/** Every scheduled session has ended (a course without any is not "over"). */
export function courseIsOver(sessions: readonly BookingSession[], now: Date): boolean {
  const scheduled = sessions.filter((session) => session.status === 'scheduled');
  return scheduled.length > 0 && scheduled.every((session) => new Date(session.endsAt) <= now);
}

/**
 * The session a card should name: the next scheduled one still to end, else (all are over)
 * the last scheduled one; null when the course has no scheduled session.
 */
export function sessionToShow(
  sessions: readonly BookingSession[],
  now: Date,
): { session: BookingSession; upcoming: boolean } | null {
  const scheduled = sessions
    .filter((session) => session.status === 'scheduled')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const next = scheduled.find((session) => new Date(session.endsAt) > now);
  if (next) return { session: next, upcoming: true };
  const last = scheduled.at(-1);
  return last ? { session: last, upcoming: false } : null;
}

/**
 * The Idempotency-Key of one booking attempt. A new attempt (first press, or a changed choice
 * of companions) gets a new key; a retry of the same request after no designed answer came back
 * (a timeout, a lost connection) sends the same key, so the server returns the booking it may
 * already have made instead of booking twice.
 */
export class BookingAttempt {
  private key: string | null = null;
  private fingerprint: string | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  keyFor(request: CreateBookingRequest): string {
    const fingerprint = JSON.stringify({
      bookerAttends: request.bookerAttends,
      companionIds: [...request.companionIds].sort(),
      childcareAges: [...(request.childcareAges ?? [])].sort((a, b) => a - b),
      joinWaitlist: !!request.joinWaitlist,
    });
    if (this.key === null || this.fingerprint !== fingerprint) {
      this.key = this.newKey();
      this.fingerprint = fingerprint;
    }
    return this.key;
  }

  /** The server answered (a booking or a designed refusal): the next press is a new attempt. */
  settled(): void {
    this.key = null;
    this.fingerprint = null;
  }
}
