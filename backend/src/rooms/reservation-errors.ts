import type { EntityManager } from 'typeorm';
import type { ReservationConflictDto } from '../common/errors/api-error.dto';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';
import type { Label } from '../reference/reference-data';

/** A 409 that names what the reservation collides with, in both languages. */
export class ReservationConflictError extends DomainError {
  constructor(
    code: ErrorCode.RoomAlreadyReserved | ErrorCode.FacilityClosed,
    readonly conflict: ReservationConflictDto,
    readonly messages: Label,
  ) {
    super(code);
  }
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** Japan wall-clock parts of an instant (UTC+9 all year). */
function local(instant: Date) {
  const shifted = new Date(instant.getTime() + 9 * 3600_000);
  return {
    month: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    time: shifted.toISOString().slice(11, 16),
  };
}

/** 「12月1日（火）10:00〜12:00」 / "Tue 1 Dec, 10:00–12:00" */
export function describeSlot(startsAt: Date, endsAt: Date): Label {
  const start = local(startsAt);
  const end = local(endsAt);
  return {
    ja: `${start.month + 1}月${start.day}日（${WEEKDAYS_JA[start.weekday]}）${start.time}〜${end.time}`,
    en: `${WEEKDAYS_EN[start.weekday]} ${start.day} ${MONTHS_EN[start.month]}, ${start.time}–${end.time}`,
  };
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
    const slot = describeSlot(row.startsAt, row.endsAt);
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
      {
        ja: `この部屋は${slot.ja}に${course ? '講座' : ''}「${row.nameJa}」の予約が入っています。別の部屋か時間を選んでください。`,
        en: `This room is reserved ${slot.en} for ${course ? 'the course ' : ''}"${row.nameEn}". Please choose another room or time.`,
      },
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
      {
        ja: `その日は休館日です（${row.nameJa}）。別の日を選んでください。`,
        en: `The facility is closed that day (${row.nameEn}). Please choose another day.`,
      },
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
}

type InTheWayCode =
  | ErrorCode.ClosureHasReservations
  | ErrorCode.HoursExcludeReservations
  | ErrorCode.RoomTooSmallForCourses;

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
    const slot = describeSlot(row.startsAt, row.endsAt);
    const course = row.kind === 'course_session';
    return {
      ja: `${slot.ja} ${row.roomNameJa} ${course ? '講座' : ''}「${row.nameJa}」`,
      en: `${slot.en}, ${row.roomNameEn}: ${course ? 'the course ' : ''}"${row.nameEn}"`,
    };
  });
  const more = total - named.length;
  const list = {
    ja: named.map((item) => item.ja).join('、') + (more > 0 ? ` ほか${more}件` : ''),
    en: named.map((item) => item.en).join('; ') + (more > 0 ? `; and ${more} more` : ''),
  };
  const messages: Record<InTheWayCode, Label> = {
    [ErrorCode.ClosureHasReservations]: {
      ja: `この期間には予約が${total}件入っています：${list.ja}。先に予約を移動するか取り消してから、休館日を登録してください。`,
      en: `${total === 1 ? 'A reservation falls' : `${total} reservations fall`} in this period: ${list.en}. Move or cancel ${total === 1 ? 'it' : 'them'} first, then add the closure.`,
    },
    [ErrorCode.HoursExcludeReservations]: {
      ja: `新しい開館時間（祝日の休館を含む）の外になる予約が${total}件あります：${list.ja}。先に予約を移動するか取り消してください。`,
      en: `${total === 1 ? 'A reservation would fall' : `${total} reservations would fall`} outside the new opening hours (closing on public holidays included): ${list.en}. Move or cancel ${total === 1 ? 'it' : 'them'} first.`,
    },
    [ErrorCode.RoomTooSmallForCourses]: {
      ja: `定員が新しい収容人数を超える公開中の講座の回が${total}件あります：${list.ja}。先に主催者に部屋か定員を変えてもらってください。`,
      en: `${total === 1 ? 'A session' : `${total} sessions`} of published courses would take more people than the new capacity: ${list.en}. Have the organiser change the room or the capacity first.`,
    },
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
