import type { SeedFacility } from '../seed-plan';
import { dayOf, isYearEndClosure, localMinutes, mulberry32 } from './calendar';
import { buildRooms } from './facilities';
import { RoomSchedule, placeSessions, seriesDays, type PlacementRequest } from './schedule';

const centre: SeedFacility = {
  key: 'test-centre',
  kind: 'community_centre',
  nameJa: 'テスト交流センター',
  nameEn: 'Test Community Centre',
  postalCode: '305-0000',
  addressJa: 'つくば市テスト1-1',
  addressEn: '1-1 Test, Tsukuba',
  phone: '029-000-0000',
  latitude: 36.08,
  longitude: 140.11,
  accessJa: '',
  accessEn: '',
  parkingJa: '',
  parkingEn: '',
  opensAt: '09:00',
  closesAt: '22:00',
  closedNoteJa: '',
  closedNoteEn: '',
  rooms: buildRooms(
    [
      ['kenshu', 1, 40],
      ['kenshu', 2, 40],
    ],
    true,
  ),
};

function request(overrides: Partial<PlacementRequest> = {}): PlacementRequest {
  return {
    facility: centre,
    rooms: centre.rooms,
    sessionCount: 1,
    intervalDays: 7,
    minutes: 120,
    startMinutes: [10 * 60],
    dayRule: 'any',
    firstDayFrom: dayOf('2026-12-01'),
    firstDayTo: dayOf('2026-12-01'),
    lastDay: dayOf('2027-03-31'),
    random: mulberry32(1),
    ...overrides,
  };
}

describe('RoomSchedule', () => {
  it('refuses to book a room twice for overlapping times but allows back-to-back bookings', () => {
    const schedule = new RoomSchedule();
    const day = dayOf('2026-12-01');
    schedule.book('c', 'kenshu-1', localMinutes(day, 600), localMinutes(day, 720));
    expect(schedule.isFree('c', 'kenshu-1', localMinutes(day, 690), localMinutes(day, 780))).toBe(
      false,
    );
    expect(schedule.isFree('c', 'kenshu-1', localMinutes(day, 720), localMinutes(day, 780))).toBe(
      true,
    );
    expect(schedule.isFree('c', 'kenshu-2', localMinutes(day, 600), localMinutes(day, 720))).toBe(
      true,
    );
    expect(() =>
      schedule.book('c', 'kenshu-1', localMinutes(day, 660), localMinutes(day, 700)),
    ).toThrow(/already taken/);
  });
});

describe('seriesDays', () => {
  it('skips the New Year closure by moving on one interval', () => {
    const days = seriesDays(dayOf('2026-12-22'), 3, 7);
    expect(days).toEqual([dayOf('2026-12-22'), dayOf('2027-01-05'), dayOf('2027-01-12')]);
    expect(days.some(isYearEndClosure)).toBe(false);
  });
});

describe('placeSessions', () => {
  it('moves to another room when the preferred one is taken, then to another time', () => {
    const schedule = new RoomSchedule();
    const first = placeSessions(schedule, request());
    const second = placeSessions(schedule, request());
    const third = placeSessions(schedule, request({ startMinutes: [600, 840] }));
    expect(first?.[0]).toMatchObject({
      roomKey: 'kenshu-1',
      startsAt: '2026-12-01T10:00:00+09:00',
    });
    expect(second?.[0]).toMatchObject({
      roomKey: 'kenshu-2',
      startsAt: '2026-12-01T10:00:00+09:00',
    });
    expect(third?.[0]).toMatchObject({ startsAt: '2026-12-01T14:00:00+09:00' });
  });

  it('returns null when nothing fits, and never books part of a series', () => {
    const schedule = new RoomSchedule();
    for (let i = 0; i < 2; i++)
      placeSessions(
        schedule,
        request({ firstDayFrom: dayOf('2026-12-08'), firstDayTo: dayOf('2026-12-08') }),
      );
    const series = placeSessions(schedule, request({ sessionCount: 2 }));
    expect(series).toBeNull();
    // The first week (1 December) must still be free: nothing was booked for the failed series.
    expect(placeSessions(schedule, request())?.[0].roomKey).toBe('kenshu-1');
  });

  it('keeps sessions inside opening hours', () => {
    const schedule = new RoomSchedule();
    expect(placeSessions(schedule, request({ startMinutes: [21 * 60] }))).toBeNull();
    const evening = placeSessions(schedule, request({ startMinutes: [20 * 60] }));
    expect(evening?.[0].endsAt).toBe('2026-12-01T22:00:00+09:00');
  });

  it('never starts a course on a closed day', () => {
    const schedule = new RoomSchedule();
    const closed = request({ firstDayFrom: dayOf('2026-12-29'), firstDayTo: dayOf('2027-01-03') });
    expect(placeSessions(schedule, closed)).toBeNull();
  });
});
