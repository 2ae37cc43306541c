/**
 * The room-schedule allocator. Rooms cannot be double-booked (the database enforces it with
 * an exclusion constraint), so every session is placed through this book-keeping, which looks
 * for a first day, a start time and free rooms for the whole series before committing any of it.
 */
import type { SeedFacility, SeedRoom, SeedSession } from '../seed-plan';
import type { DayRule } from './course-template';
import { isYearEndClosure, isoAt, localMinutes, minuteOfDay, weekdayOf } from './calendar';

interface Booking {
  start: number;
  end: number;
}

export class RoomSchedule {
  private readonly bookingsByRoom = new Map<string, Booking[]>();

  isFree(facilityKey: string, roomKey: string, start: number, end: number): boolean {
    const bookings = this.bookingsByRoom.get(`${facilityKey}/${roomKey}`) ?? [];
    return bookings.every((booking) => booking.end <= start || end <= booking.start);
  }

  book(facilityKey: string, roomKey: string, start: number, end: number): void {
    if (!this.isFree(facilityKey, roomKey, start, end)) {
      throw new Error(`Room ${facilityKey}/${roomKey} is already taken at ${start}`);
    }
    const key = `${facilityKey}/${roomKey}`;
    this.bookingsByRoom.set(key, [...(this.bookingsByRoom.get(key) ?? []), { start, end }]);
  }
}

export interface PlacementRequest {
  facility: SeedFacility;
  rooms: readonly SeedRoom[]; // acceptable rooms, best first
  sessionCount: number;
  intervalDays: number;
  minutes: number;
  startMinutes: readonly number[]; // acceptable start times, best first
  dayRule: DayRule;
  firstDayFrom: number;
  firstDayTo: number;
  lastDay: number; // no session may fall after it
  random: () => number;
}

function dayAllowed(day: number, rule: DayRule): boolean {
  const weekday = weekdayOf(day);
  switch (rule) {
    case 'weekday':
      return weekday >= 1 && weekday <= 5;
    case 'weekend':
      return weekday === 0 || weekday === 6;
    case 'saturday':
      return weekday === 6;
    case 'any':
      return true;
  }
}

/**
 * The days of a series starting on `firstDay`. A session that would fall in the New Year
 * closure moves on by one interval, as the centres do (the course simply skips that week).
 */
export function seriesDays(firstDay: number, sessionCount: number, intervalDays: number): number[] {
  const days: number[] = [];
  let day = firstDay;
  while (days.length < sessionCount) {
    if (!isYearEndClosure(day)) days.push(day);
    day += intervalDays;
  }
  return days;
}

/**
 * Finds the first day (scanning from a random point of the window, so that courses spread
 * over it), start time and rooms for a whole series, books them and returns the sessions;
 * null when the facility has no room for it in the window.
 */
export function placeSessions(
  schedule: RoomSchedule,
  request: PlacementRequest,
): SeedSession[] | null {
  const opens = minuteOfDay(request.facility.opensAt);
  const closes = minuteOfDay(request.facility.closesAt);
  const startTimes = request.startMinutes.filter(
    (start) => start >= opens && start + request.minutes <= closes,
  );
  const candidates: number[] = [];
  for (let day = request.firstDayFrom; day <= request.firstDayTo; day++) {
    if (dayAllowed(day, request.dayRule) && !isYearEndClosure(day)) candidates.push(day);
  }
  const offset = Math.floor(request.random() * candidates.length);
  for (let index = 0; index < candidates.length; index++) {
    const firstDay = candidates[(offset + index) % candidates.length];
    const days = seriesDays(firstDay, request.sessionCount, request.intervalDays);
    if (days[days.length - 1] > request.lastDay) continue;
    for (const start of startTimes) {
      const rooms = roomsFor(schedule, request, days, start);
      if (!rooms) continue;
      return days.map((day, position) => {
        const begins = localMinutes(day, start);
        schedule.book(request.facility.key, rooms[position].key, begins, begins + request.minutes);
        return {
          startsAt: isoAt(day, start),
          endsAt: isoAt(day, start + request.minutes),
          facilityKey: request.facility.key,
          roomKey: rooms[position].key,
        };
      });
    }
  }
  return null;
}

/** A free room for every session, keeping the same room from week to week where possible. */
function roomsFor(
  schedule: RoomSchedule,
  request: PlacementRequest,
  days: readonly number[],
  start: number,
): SeedRoom[] | null {
  const chosen: SeedRoom[] = [];
  for (const day of days) {
    const begins = localMinutes(day, start);
    const isFree = (room: SeedRoom) =>
      schedule.isFree(request.facility.key, room.key, begins, begins + request.minutes);
    const previous = chosen[chosen.length - 1];
    const room = previous && isFree(previous) ? previous : request.rooms.find(isFree);
    if (!room) return null;
    chosen.push(room);
  }
  return chosen;
}
