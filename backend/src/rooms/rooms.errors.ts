import type { Label } from '../reference/reference-data';
import { defineFeatureErrors } from '../common/errors/error-definition';

/** Rooms, their reservations, closures and opening hours. */
export enum RoomsErrorCode {
  RoomAlreadyReserved = 'ROOM_ALREADY_RESERVED',
  FacilityClosed = 'FACILITY_CLOSED',
  OutsideOpeningHours = 'OUTSIDE_OPENING_HOURS',
  RoomNotFound = 'ROOM_NOT_FOUND',
  RoomTooSmallForCourses = 'ROOM_TOO_SMALL_FOR_COURSES',
  ReservationNotFound = 'RESERVATION_NOT_FOUND',
  ClosureNotFound = 'CLOSURE_NOT_FOUND',
  ClosureHasReservations = 'CLOSURE_HAS_RESERVATIONS',
  HoursExcludeReservations = 'HOURS_EXCLUDE_RESERVATIONS',
  WeeklyClosureOverlaps = 'WEEKLY_CLOSURE_OVERLAPS',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const ROOMS_ERRORS = defineFeatureErrors('rooms', RoomsErrorCode, {
  // The rooms feature answers these with the colliding item named (ReservationConflictError).
  [RoomsErrorCode.RoomAlreadyReserved]: {
    status: 409,
    message: {
      ja: 'この部屋はその時間すでに予約されています。別の部屋か時間を選んでください。',
      en: 'This room is already reserved at that time. Please choose another room or time.',
    },
  },
  [RoomsErrorCode.FacilityClosed]: {
    status: 409,
    message: {
      ja: 'その日は休館日です。別の日を選んでください。',
      en: 'The facility is closed on that day. Please choose another day.',
    },
  },
  [RoomsErrorCode.OutsideOpeningHours]: {
    status: 409,
    message: {
      ja: '開館時間外です。開館時間内で、日をまたがない時間を選んでください。',
      en: 'This is outside the opening hours. Choose a time within them, on a single day.',
    },
  },
  [RoomsErrorCode.RoomTooSmallForCourses]: {
    status: 409,
    message: {
      ja: 'この部屋を使う公開中の講座の定員が、新しい収容人数を超えます。先に講座の部屋か定員を変えてもらってください。',
      en: 'Published courses in this room take more people than the new capacity. Have their rooms or capacities changed first.',
    },
  },
  [RoomsErrorCode.RoomNotFound]: {
    status: 404,
    message: {
      ja: '部屋が見つかりません。一覧を更新してください。',
      en: 'Room not found. Please reload the list.',
    },
  },
  [RoomsErrorCode.ReservationNotFound]: {
    status: 404,
    message: {
      ja: '予約が見つかりません。すでに取り消された可能性があります。カレンダーを更新してください。',
      en: 'Reservation not found. It may already have been cancelled; please reload the calendar.',
    },
  },
  [RoomsErrorCode.ClosureNotFound]: {
    status: 404,
    message: {
      ja: '休館日が見つかりません。すでに削除された可能性があります。一覧を更新してください。',
      en: 'Closure not found. It may already have been removed; please reload the list.',
    },
  },
  [RoomsErrorCode.WeeklyClosureOverlaps]: {
    status: 409,
    message: {
      ja: 'この曜日には、期間の重なる毎週の休館日がすでにあります。既存の設定を削除してから登録してください。',
      en: 'This weekday already has a weekly closure over these dates. Remove it first, then add the new one.',
    },
  },
  // The rooms feature answers these naming the reservations in the way (ReservationsInTheWayError).
  [RoomsErrorCode.ClosureHasReservations]: {
    status: 409,
    message: {
      ja: 'この期間には予約が入っています。先に予約を移動するか取り消してから、休館日を登録してください。',
      en: 'There are reservations in this period. Move or cancel them first, then add the closure.',
    },
  },
  [RoomsErrorCode.HoursExcludeReservations]: {
    status: 409,
    message: {
      ja: '新しい開館時間の外になる予約があります。先に予約を移動するか取り消してください。',
      en: 'Some reservations would fall outside the new opening hours. Move or cancel them first.',
    },
  },
});

/** Field messages and the messages that name what a reservation collides with. */
export const ROOMS_MESSAGES = {
  lastDayBeforeFirst: {
    ja: '終了日は開始日以降にしてください。',
    en: 'The last day must not be before the first day.',
  },
  endNotAfterStart: {
    ja: '終了日時は開始日時より後にしてください。',
    en: 'The end must be after the start.',
  },
  hireInThePast: {
    ja: '過去の日時には貸出を登録できません。',
    en: 'A room cannot be hired for a time in the past.',
  },
  hireTooFarAhead: (years: number): Label => ({
    ja: `貸出は${years}年先までしか登録できません。`,
    en: `A room can be hired at most ${years} years ahead.`,
  }),
  /** ROOM_ALREADY_RESERVED, naming the reservation in the way. */
  roomReservedFor: (slot: Label, course: boolean, name: Label): Label => ({
    ja: `この部屋は${slot.ja}に${course ? '講座' : ''}「${name.ja}」の予約が入っています。別の部屋か時間を選んでください。`,
    en: `This room is reserved ${slot.en} for ${course ? 'the course ' : ''}"${name.en}". Please choose another room or time.`,
  }),
  /** FACILITY_CLOSED, naming the closure. */
  /** The default reason of a weekly closing day: 「毎週月曜日休館」 / "Closed every Monday". */
  weeklyReason: (weekday: number): Label => ({
    ja: `毎週${'日月火水木金土'[weekday]}曜日休館`,
    en: `Closed every ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][weekday]}`,
  }),
  closedFor: (reason: Label): Label => ({
    ja: `その日は休館日です（${reason.ja}）。別の日を選んでください。`,
    en: `The facility is closed that day (${reason.en}). Please choose another day.`,
  }),
  /** One reservation in the way, as the messages below list it. */
  reservationInTheWay: (slot: Label, room: Label, course: boolean, name: Label): Label => ({
    ja: `${slot.ja} ${room.ja} ${course ? '講座' : ''}「${name.ja}」`,
    en: `${slot.en}, ${room.en}: ${course ? 'the course ' : ''}"${name.en}"`,
  }),
  andMore: (more: number): Label => ({ ja: ` ほか${more}件`, en: `; and ${more} more` }),
  /** CLOSURE_HAS_RESERVATIONS, naming the first reservations in the way. */
  closureHasReservations: (total: number, list: Label): Label => ({
    ja: `この期間には予約が${total}件入っています：${list.ja}。先に予約を移動するか取り消してから、休館日を登録してください。`,
    en: `${total === 1 ? 'A reservation falls' : `${total} reservations fall`} in this period: ${list.en}. Move or cancel ${total === 1 ? 'it' : 'them'} first, then add the closure.`,
  }),
  /** HOURS_EXCLUDE_RESERVATIONS, naming the first reservations in the way. */
  hoursExcludeReservations: (total: number, list: Label): Label => ({
    ja: `新しい開館時間（祝日の休館を含む）の外になる予約が${total}件あります：${list.ja}。先に予約を移動するか取り消してください。`,
    en: `${total === 1 ? 'A reservation would fall' : `${total} reservations would fall`} outside the new opening hours (closing on public holidays included): ${list.en}. Move or cancel ${total === 1 ? 'it' : 'them'} first.`,
  }),
  /** ROOM_TOO_SMALL_FOR_COURSES, naming the first sessions that would no longer fit. */
  roomTooSmallForCourses: (total: number, list: Label): Label => ({
    ja: `定員が新しい収容人数を超える公開中の講座の回が${total}件あります：${list.ja}。先に主催者に部屋か定員を変えてもらってください。`,
    en: `${total === 1 ? 'A session' : `${total} sessions`} of published courses would take more people than the new capacity: ${list.en}. Have the organiser change the room or the capacity first.`,
  }),
} as const;
