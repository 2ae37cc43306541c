import type { EntityManager } from 'typeorm';
import type { Course } from '../courses/course.entity';
import type { FacilityClosure } from './facility-closure.entity';
import type { Room } from './room.entity';
import type { RoomReservation } from './room-reservation.entity';

/**
 * The look-ups behind the rooms feature's 409s (reservation-errors.ts turns them into errors):
 * what a refused reservation collides with, and which reservations stand in the way of a
 * closure, shorter hours or a smaller room. Hand-written SQL (ranges, time zones, a window
 * count), run in the caller's manager: outside a failed transaction, or inside the one that
 * locked room_reservations before making its change.
 */

/** The time a reservation attempt asks for. */
export interface ReservationAttempt {
  roomId: RoomReservation['roomId'];
  startsAt: Date;
  endsAt: Date;
}

/** A reservation named for a person: the course's title, or the hiring group's name. */
export interface ReservationNameRow {
  kind: RoomReservation['kind'];
  startsAt: Date;
  endsAt: Date;
  nameJa: Course['titleJa'];
  nameEn: Course['titleEn'];
}

/** A closure named by its reason, from its first day's start to its last day's end (Japan). */
export interface ClosureNameRow {
  nameJa: FacilityClosure['reasonJa'];
  nameEn: FacilityClosure['reasonEn'];
  startsAt: Date;
  endsAt: Date;
}

export interface ReservationInTheWayRow extends ReservationNameRow {
  roomNameJa: Room['nameJa'];
  roomNameEn: Room['nameEn'];
  /** How many match in all (the rows are the first LISTED). */
  total: number;
}

/** How many reservations in the way a response lists. */
export const LISTED_IN_THE_WAY = 10;

/** The first reservation of the room overlapping the attempt (null: gone in the meantime). */
export async function firstOverlapping(
  manager: EntityManager,
  attempt: ReservationAttempt,
): Promise<ReservationNameRow | null> {
  const [row]: ReservationNameRow[] = await manager.query(
    `SELECT rr.kind, lower(rr.during) AS "startsAt", upper(rr.during) AS "endsAt",
            coalesce(c.title_ja, rr.group_name) AS "nameJa",
            coalesce(c.title_en, c.title_ja, rr.group_name) AS "nameEn"
       FROM room_reservations rr
       LEFT JOIN course_sessions s ON s.id = rr.course_session_id
       LEFT JOIN courses c ON c.id = s.course_id
      WHERE rr.room_id = $1 AND rr.during && tstzrange($2, $3)
      ORDER BY lower(rr.during) LIMIT 1`,
    [attempt.roomId, attempt.startsAt, attempt.endsAt],
  );
  return row ?? null;
}

/**
 * The closure the reservation trigger named (TSR01's detail), if it is still there: a dated
 * closure's id, or `weekly:<rule id>:<the day>` for a day a weekly rule closes.
 */
export async function closureNamed(
  manager: EntityManager,
  detail: string | undefined,
): Promise<ClosureNameRow | null> {
  const weekly = /^weekly:([0-9a-f-]{36}):(\d{4}-\d{2}-\d{2})$/.exec(detail ?? '');
  const [row]: ClosureNameRow[] = weekly
    ? await manager.query(
        `SELECT reason_ja AS "nameJa", reason_en AS "nameEn",
                ($2::date::timestamp AT TIME ZONE 'Asia/Tokyo') AS "startsAt",
                (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo') AS "endsAt"
           FROM facility_weekly_closures WHERE id = $1`,
        [weekly[1], weekly[2]],
      )
    : await manager.query(
        `SELECT reason_ja AS "nameJa", reason_en AS "nameEn",
                (lower(during)::timestamp AT TIME ZONE 'Asia/Tokyo') AS "startsAt",
                (upper(during)::timestamp AT TIME ZONE 'Asia/Tokyo') AS "endsAt"
           FROM facility_closures WHERE id = $1`,
        [detail],
      );
  return row ?? null;
}

/**
 * The first LISTED_IN_THE_WAY reservations of a facility matching `condition` (SQL over `rr`,
 * the reservation, `r` its room, `c` its course; $1 is the facility), in time order, each with
 * the total count.
 */
export function reservationsMatching(
  manager: EntityManager,
  condition: string,
  params: unknown[],
): Promise<ReservationInTheWayRow[]> {
  return manager.query(
    `SELECT rr.kind, lower(rr.during) AS "startsAt", upper(rr.during) AS "endsAt",
            coalesce(c.title_ja, rr.group_name) AS "nameJa",
            coalesce(nullif(c.title_en, ''), c.title_ja, rr.group_name) AS "nameEn",
            r.name_ja AS "roomNameJa", r.name_en AS "roomNameEn", count(*) OVER ()::int AS total
       FROM room_reservations rr
       JOIN rooms r ON r.id = rr.room_id
       LEFT JOIN course_sessions s ON s.id = rr.course_session_id
       LEFT JOIN courses c ON c.id = s.course_id
      WHERE r.facility_id = $1 AND (${condition})
      ORDER BY lower(rr.during), r.floor, r.name_ja
      LIMIT ${LISTED_IN_THE_WAY}`,
    params,
  );
}
