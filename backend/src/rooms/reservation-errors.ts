import type { EntityManager } from 'typeorm';
import type { ReservationConflictDto } from '../common/errors/api-error.dto';
import { DomainError, type DomainErrorDetails } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { shortSlotLabel } from '../common/time/japan-time';
import type { Label } from '../reference/reference-data';
import {
  closureNamed,
  firstOverlapping,
  type ReservationAttempt,
  reservationsMatching,
} from './reservation-conflicts.repository';
import { ROOMS_MESSAGES, RoomsErrorCode } from './rooms.errors';

export type { ReservationAttempt } from './reservation-conflicts.repository';

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

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/**
 * The ONE place where the database's refusals of a reservation become errors a person can act
 * on: the exclusion constraint room_reservations_no_overlap (SQLSTATE 23P01) and the trigger
 * room_reservations_check_open (TSR01 closed, TSR02 outside opening hours). Returns the error
 * to throw, or the original error when it is something else. Runs its look-ups
 * (reservation-conflicts.repository.ts) outside the failed transaction (pass a manager that is
 * not in it).
 */
export async function reservationError(
  error: unknown,
  attempt: ReservationAttempt,
  manager: EntityManager,
): Promise<unknown> {
  const pg = ((error as { driverError?: PgError }).driverError ?? error) as PgError;
  if (pg.code === '23P01' && pg.constraint === 'room_reservations_no_overlap') {
    const row = await firstOverlapping(manager, attempt);
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
    const row = await closureNamed(manager, pg.detail);
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

/** How many reservations in the way the messages name (the response lists LISTED_IN_THE_WAY). */
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
  const rows = await reservationsMatching(manager, condition, params);
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
