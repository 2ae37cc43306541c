import { defineFeatureErrors } from '../common/errors/error-definition';

/** Booking, cancelling and the waiting list. */
export enum BookingsErrorCode {
  BookingNotFound = 'BOOKING_NOT_FOUND',
  BookingNotOpenYet = 'BOOKING_NOT_OPEN_YET',
  BookingClosed = 'BOOKING_CLOSED',
  CourseNotBookable = 'COURSE_NOT_BOOKABLE',
  CourseFull = 'COURSE_FULL',
  AlreadyBooked = 'ALREADY_BOOKED',
  NotEligible = 'NOT_ELIGIBLE',
  TooManyCompanions = 'TOO_MANY_COMPANIONS',
  CancellationClosed = 'CANCELLATION_CLOSED',
  BookingAlreadyCancelled = 'BOOKING_ALREADY_CANCELLED',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  IdempotencyKeyInvalid = 'IDEMPOTENCY_KEY_INVALID',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const BOOKINGS_ERRORS = defineFeatureErrors('bookings', BookingsErrorCode, {
  [BookingsErrorCode.BookingNotFound]: {
    status: 404,
    message: {
      ja: '予約が見つかりません。「予約一覧」から確認してください。',
      en: 'Booking not found. Please check "My bookings".',
    },
  },
  [BookingsErrorCode.BookingNotOpenYet]: {
    status: 409,
    message: {
      ja: 'まだ申込受付が始まっていません。受付開始日時をご確認ください。',
      en: 'Applications have not opened yet. Please check when they open.',
    },
  },
  [BookingsErrorCode.BookingClosed]: {
    status: 409,
    message: {
      ja: '申込受付は終了しました。',
      en: 'Applications for this course have closed.',
    },
  },
  [BookingsErrorCode.CourseNotBookable]: {
    status: 409,
    message: {
      ja: 'この講座は現在お申し込みいただけません（中止または終了しています）。',
      en: 'This course cannot be booked now (it has been cancelled or has ended).',
    },
  },
  [BookingsErrorCode.CourseFull]: {
    status: 409,
    message: {
      ja: '満席です。キャンセル待ちに登録すると、空きが出たときに順番に予約が確定します。',
      en: 'The course is full. Join the waiting list to be booked in turn when a place frees up.',
    },
  },
  [BookingsErrorCode.AlreadyBooked]: {
    status: 409,
    message: {
      ja: 'この講座はすでに予約（または申込・キャンセル待ち）済みです。「予約一覧」をご確認ください。',
      en: 'You already have a booking, application or waiting-list place for this course. See "My bookings".',
    },
  },
  [BookingsErrorCode.NotEligible]: {
    status: 422,
    message: {
      ja: '参加条件を満たしていない方がいます。各項目の理由をご確認ください。',
      en: 'Someone in the party does not meet the conditions of this course. See the reason for each person.',
    },
  },
  [BookingsErrorCode.TooManyCompanions]: {
    status: 400,
    message: {
      ja: 'この講座で一緒に申し込める人数を超えています。',
      en: 'This course does not allow that many companions in one booking.',
    },
  },
  [BookingsErrorCode.CancellationClosed]: {
    status: 409,
    message: {
      ja: 'キャンセルの受付期限を過ぎています。主催者に直接ご連絡ください。',
      en: 'The cancellation deadline has passed. Please contact the organiser directly.',
    },
  },
  [BookingsErrorCode.BookingAlreadyCancelled]: {
    status: 409,
    message: {
      ja: 'この予約はすでにキャンセルされています。',
      en: 'This booking has already been cancelled.',
    },
  },
  [BookingsErrorCode.IdempotencyKeyReused]: {
    status: 422,
    message: {
      ja: '同じ Idempotency-Key が別の内容の申込に使われています。新しいキーで送信してください。',
      en: 'This Idempotency-Key was used for a different request. Send it with a new key.',
    },
  },
  [BookingsErrorCode.IdempotencyKeyInvalid]: {
    status: 400,
    message: {
      ja: 'Idempotency-Key は1〜200文字の英数字と記号（-_.:）で指定してください。',
      en: 'Idempotency-Key must be 1 to 200 letters, digits or - _ . :',
    },
  },
});
