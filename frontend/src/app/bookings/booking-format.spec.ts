import type { BookingSession } from '../api/api-types';
import { BookingAttempt, hyphenatedCode, sessionToShow, statusLabel } from './booking-format';
import { bookingJa, type BookingMessageKey } from './booking-messages';
import { interpolate } from '../core/i18n/i18n.service';

const t = (key: BookingMessageKey, params?: Record<string, string | number>) =>
  interpolate(bookingJa[key], params);

function session(id: string, startsAt: string, status: 'scheduled' | 'cancelled' = 'scheduled') {
  const start = new Date(startsAt);
  return {
    id,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    status,
    facilityId: 'f',
    facilityNameJa: '吾妻交流センター',
    facilityNameEn: 'Azuma Community Centre',
    roomNameJa: '会議室1',
    roomNameEn: 'Meeting Room 1',
  } satisfies BookingSession;
}

describe('booking format', () => {
  it('hyphenates the 8-character code in the middle', () => {
    expect(hyphenatedCode('K7M2Q9XD')).toBe('K7M2-Q9XD');
  });

  it('labels each status, with the waiting-list position', () => {
    expect(statusLabel({ status: 'confirmed', waitingPosition: null }, t)).toBe('確定');
    expect(statusLabel({ status: 'waiting', waitingPosition: 3 }, t)).toBe('キャンセル待ち 3番目');
    expect(statusLabel({ status: 'applied', waitingPosition: null }, t)).toBe('抽選申込中');
    expect(statusLabel({ status: 'cancelled', waitingPosition: null }, t)).toBe('キャンセル済み');
  });

  describe('sessionToShow', () => {
    const sessions = [
      session('b', '2026-12-10T10:00:00+09:00'),
      session('a', '2026-12-03T10:00:00+09:00'),
      session('c', '2026-12-17T10:00:00+09:00', 'cancelled'),
    ];

    it('names the next scheduled session still to end, skipping cancelled ones', () => {
      expect(sessionToShow(sessions, new Date('2026-12-01T00:00:00Z'))).toEqual({
        session: sessions[1],
        upcoming: true,
      });
      // During the first session it is still "next".
      expect(sessionToShow(sessions, new Date('2026-12-03T11:00:00+09:00'))?.session.id).toBe('a');
      expect(sessionToShow(sessions, new Date('2026-12-05T00:00:00Z'))?.session.id).toBe('b');
    });

    it('names the last scheduled session once all are over, and nothing without sessions', () => {
      expect(sessionToShow(sessions, new Date('2027-01-01T00:00:00Z'))).toEqual({
        session: sessions[0],
        upcoming: false,
      });
      expect(sessionToShow([], new Date())).toBeNull();
    });
  });

  describe('BookingAttempt', () => {
    let counter: number;
    let attempt: BookingAttempt;
    beforeEach(() => {
      counter = 0;
      attempt = new BookingAttempt(() => `key-${++counter}`);
    });

    it('reuses the key when the same request is retried without an answer', () => {
      const first = attempt.keyFor({
        companionIds: ['x', 'y'],
        bookerAttends: true,
        joinWaitlist: false,
      });
      expect(
        attempt.keyFor({ companionIds: ['y', 'x'], bookerAttends: true, joinWaitlist: false }),
      ).toBe(first);
    });

    it('takes a new key once the server answered, or when the choice changed', () => {
      const first = attempt.keyFor({ companionIds: [], bookerAttends: true, joinWaitlist: false });
      attempt.settled();
      const second = attempt.keyFor({ companionIds: [], bookerAttends: true, joinWaitlist: false });
      expect(second).not.toBe(first);
      expect(
        attempt.keyFor({ companionIds: [], bookerAttends: true, joinWaitlist: true }),
      ).not.toBe(second);
    });
  });
});
