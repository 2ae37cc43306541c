import type { EntityManager } from 'typeorm';
import type { ReservationConflictDto } from '../common/errors/api-error.dto';
import { DomainError, type DomainErrorDetails } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { shortSlotLabel } from '../common/time/japan-time';
import { ROOMS_MESSAGES, RoomsErrorCode } from './rooms.errors';
import type { Label } from '../reference/reference-data';

/** A 409 that names what the reservation collides with, in both languages. */
export class ReservationConflictError extends DomainError {
  constructor(
    code: RoomsErrorCode.RoomAlreadyReserved | RoomsErrorCode.FacilityClosed,
    readonly conflict: ReservationConflictDto,
    readonly messages: Label,
  ) {
    super(code);
  }

  override details(): DomainErrorDetails {
    return { messages: this.messages, body: { conflict: this.conflict } };
  }
}

export interface ReservationAttempt {
  roomId: string;
  startsAt: Date;
  endsAt: Date;
}

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/**
 * The ONE place where the database's refusals of a reservation become errors a person can act
 * on: the exclusion constraint room_reservations_no_overlap (SQLSTATE 23P01) and the trigger
 * room_reservations_check_open (TSR01 closed, TSR02 outside opening hours). Returns the error
 * to throw, or the original error when it is something else. Runs its look-ups outside the
 * failed transaction (pass a manager that is not in it).
 */
export async function reservationError(
  error: unknown,
  attempt: ReservationAttempt,
  manager: EntityManager,
): Promise<unknown> {
  const pg = ((error as { driverError?: PgError }).driverError ?? error) as PgError;
  if (pg.code === '23P01' && pg.constraint === 'room_reservations_no_overlap') {
    const [row] = await manager.query(
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
    // Cancelled in the meantime: still a conflict when it happened, without a name to give.
    if (!row) return new DomainError(ErrorCode.RoomAlreadyReserved);
    const slot = shortSlotLabel(row.startsAt, row.endsAt);
    const course = row.kind === 'course_session';
    return new ReservationConflictError(
      ErrorCode.RoomAlreadyReserved,
      {
        kind: row.kind,
        nameJa: row.nameJa,
        nameEn: row.nameEn,
        startsAt: row.startsAt.toISOString(),
        endsAt: row.endsAt.toISOString(),
      },
      ROOMS_MESSAGES.roomReservedFor(slot, course, { ja: row.nameJa, en: row.nameEn }),
    );
  }
  if (pg.code === 'TSR01') {
    const [row] = await manager.query(
      `SELECT reason_ja AS "nameJa", reason_en AS "nameEn",
              (lower(during)::timestamp AT TIME ZONE 'Asia/Tokyo') AS "startsAt",
              (upper(during)::timestamp AT TIME ZONE 'Asia/Tokyo') AS "endsAt"
         FROM facility_closures WHERE id = $1`,
      [pg.detail],
    );
    if (!row) return new DomainError(ErrorCode.FacilityClosed);
    return new ReservationConflictError(
      ErrorCode.FacilityClosed,
      {
        kind: 'closure',
        nameJa: row.nameJa,
        nameEn: row.nameEn,
        startsAt: row.startsAt.toISOString(),
        endsAt: row.endsAt.toISOString(),
      },
      ROOMS_MESSAGES.closedFor({ ja: row.nameJa, en: row.nameEn }),
    );
  }
  if (pg.code === 'TSR02') return new DomainError(ErrorCode.OutsideOpeningHours);
  return error;
}

/** A 409 naming the reservations that stand in the way of a closure or shorter hours. */
export class ReservationsInTheWayError extends DomainError {
  constructor(
    code: InTheWayCode,
    readonly conflicts: ReservationConflictDto[],
    readonly conflictCount: number,
    readonly messages: Label,
  ) {
    super(code);
  }

  override details(): DomainErrorDetails {
    return {
      messages: this.messages,
      body: { conflicts: this.conflicts, conflictCount: this.conflictCount },
    };
  }
}

type InTheWayCode =
  | RoomsErrorCode.ClosureHasReservations
  | RoomsErrorCode.HoursExcludeReservations
  | RoomsErrorCode.RoomTooSmallForCourses;

/** How many reservations in the way a response lists; the messages name the first three. */
const LISTED = 10;
const NAMED = 3;

/**
 * The reservations of a facility matching `condition` (SQL over `rr`, the reservation, with
 * $1 the facility): none, or the error to throw naming them. Run it in the transaction that then
 * makes the change, after locking room_reservations, so that no reservation can slip in between.
 */
export async function reservationsInTheWay(
  manager: EntityManager,
  code: InTheWayCode,
  condition: string,
  params: unknown[],
): Promise<ReservationsInTheWayError | null> {
  const rows: {
    kind: 'course_session' | 'hire';
    startsAt: Date;
    endsAt: Date;
    nameJa: string;
    nameEn: string;
    roomNameJa: string;
    roomNameEn: string;
    total: number;
  }[] = await manager.query(
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
      LIMIT ${LISTED}`,
    params,
  );
  if (rows.length === 0) return null;
  const total = rows[0].total;
  const named = rows.slice(0, NAMED).map((row) => {
    const slot = shortSlotLabel(row.startsAt, row.endsAt);
    const course = row.kind === 'course_session';
    return ROOMS_MESSAGES.reservationInTheWay(
      slot,
      { ja: row.roomNameJa, en: row.roomNameEn },
      course,
      { ja: row.nameJa, en: row.nameEn },
    );
  });
  const more = total - named.length;
  const andMore = more > 0 ? ROOMS_MESSAGES.andMore(more) : { ja: '', en: '' };
  const list = {
    ja: named.map((item) => item.ja).join('、') + andMore.ja,
    en: named.map((item) => item.en).join('; ') + andMore.en,
  };
  const messages: Record<InTheWayCode, Label> = {
    [RoomsErrorCode.ClosureHasReservations]: ROOMS_MESSAGES.closureHasReservations(total, list),
    [RoomsErrorCode.HoursExcludeReservations]: ROOMS_MESSAGES.hoursExcludeReservations(total, list),
    [RoomsErrorCode.RoomTooSmallForCourses]: ROOMS_MESSAGES.roomTooSmallForCourses(total, list),
  };
  return new ReservationsInTheWayError(
    code,
    rows.map((row) => ({
      kind: row.kind,
      nameJa: row.nameJa,
      nameEn: row.nameEn,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      roomNameJa: row.roomNameJa,
      roomNameEn: row.roomNameEn,
    })),
    total,
    messages[code],
  );
}
