import type { CalendarClosure, StaffReservation } from '../../api/api-types';
import { addDays, minutesOf, tokyoIsoDate, tokyoMinutes } from '../../core/format/date-format';

/** Minutes since midnight of the API's opening hours (`HH:mm[:ss]`). */
const minutesOfHours = (time: string) => minutesOf(time) ?? 0;

export interface CalendarBlock {
  reservation: StaffReservation;
  start: number;
  end: number;
  /** Column within the room's row when blocks overlap (they should not; old data may). */
  lane: number;
  lanes: number;
  /** Position within the opening hours, in percent, for the timeline view. */
  offset: number;
  length: number;
}

export interface RoomDay {
  roomId: string;
  date: string;
  blocks: CalendarBlock[];
}

/**
 * Places reservations of one room on one day: sorted by start, each in the first lane free at
 * its start, so two blocks never cover each other even if the data overlaps. A reservation
 * running past midnight is cut at the day's edges.
 */
export function placeBlocks(
  reservations: readonly StaffReservation[],
  date: string,
  opensAt: string,
  closesAt: string,
): CalendarBlock[] {
  const open = minutesOfHours(opensAt);
  const span = Math.max(minutesOfHours(closesAt) - open, 1);
  const items = reservations
    .map((reservation) => {
      const s = {
        date: tokyoIsoDate(reservation.startsAt),
        minutes: tokyoMinutes(reservation.startsAt),
      };
      const e = {
        date: tokyoIsoDate(reservation.endsAt),
        minutes: tokyoMinutes(reservation.endsAt),
      };
      if (s.date > date || e.date < date || (e.date === date && e.minutes === 0)) return null;
      const start = s.date < date ? 0 : s.minutes;
      const end = e.date > date ? 24 * 60 : e.minutes;
      return { reservation, start, end };
    })
    .filter((item): item is NonNullable<typeof item> => item !== null)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const laneEnds: number[] = [];
  const placed = items.map((item) => {
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = item.end;
    const clampedStart = Math.min(Math.max(item.start, open), open + span);
    const clampedEnd = Math.min(Math.max(item.end, open), open + span);
    return {
      ...item,
      lane,
      lanes: 1,
      offset: ((clampedStart - open) / span) * 100,
      length: (Math.max(clampedEnd - clampedStart, 0) / span) * 100,
    };
  });
  // Lanes matter only among blocks that overlap; a lone block keeps the full height.
  for (const block of placed) {
    const overlapping = placed.filter((o) => o.start < block.end && block.start < o.end);
    block.lanes = Math.max(...overlapping.map((o) => o.lane)) + 1;
  }
  return placed;
}

/** One entry per room and day of the range, rooms in the given order. */
export function roomDays(
  roomIds: readonly string[],
  reservations: readonly StaffReservation[],
  from: string,
  days: number,
  opensAt: string,
  closesAt: string,
): RoomDay[] {
  const result: RoomDay[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    for (const roomId of roomIds) {
      const own = reservations.filter((r) => r.roomId === roomId);
      result.push({ roomId, date, blocks: placeBlocks(own, date, opensAt, closesAt) });
    }
  }
  return result;
}

/** The closure covering `date`, if any (closures are whole days, inclusive). */
export function closureOn(
  closures: readonly CalendarClosure[],
  date: string,
): CalendarClosure | undefined {
  return closures.find((closure) => closure.from <= date && date <= closure.to);
}
