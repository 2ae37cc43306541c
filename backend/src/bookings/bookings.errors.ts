import type { Label } from '../reference/reference-data';
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
  PromotionNotAwaiting = 'PROMOTION_NOT_AWAITING',
  PromotionAnswerClosed = 'PROMOTION_ANSWER_CLOSED',
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
      ja: 'この講座で1件の予約で参加できる人数を超えています。',
      en: 'This course does not allow that many people in one booking.',
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
  [BookingsErrorCode.PromotionNotAwaiting]: {
    status: 409,
    message: {
      ja: 'この予約は、お返事を待っている繰り上がりではありません。予約の内容をご確認ください。',
      en: 'This booking is not a promotion waiting for your answer. Please check the booking.',
    },
  },
  [BookingsErrorCode.PromotionAnswerClosed]: {
    status: 409,
    message: {
      ja: 'お返事の期限を過ぎたため、席は次の方に回りました。',
      en: 'The time to answer has passed, and the place has gone to the next person.',
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

/** The bookings feature's other user-facing words: field messages and booking-window notices. */
export const BOOKINGS_MESSAGES = {
  companionsMustBeFamily: {
    ja: '参加する人には、ご本人とアカウントに登録した家族だけを選べます。',
    en: 'Only you and family members registered in your account can be chosen to attend.',
  },
  nobodyAttends: {
    ja: '参加する人を1人以上選んでください（ご本人またはご家族）。',
    en: 'Choose at least one person who attends (yourself or a family member).',
  },
  guardianMustAttend: {
    ja: 'この講座は親子で参加します。保護者としてご本人も参加してください。',
    en: 'Parent and child take part together in this course: please attend as the guardian too.',
  },
  childcareNotOffered: {
    ja: 'この講座には保育がありません。',
    en: 'This course does not offer childcare.',
  },
  attendeesChanged: {
    ja: 'ご家族の登録が変わったため、お申し込みできませんでした。参加する人を選び直してください。',
    en: 'Your family members changed meanwhile: please choose who attends again.',
  },
  companionNotEligible: (name: string, reason: Label): Label => ({
    ja: `${name}さん：${reason.ja}`,
    en: `${name}: ${reason.en}`,
  }),
  applicationsOpenOn: (when: Label): Label => ({
    ja: `申込受付は${when.ja}からです。`,
    en: `Applications open on ${when.en}.`,
  }),
  lotteryApplicationsClosed: {
    ja: '抽選の申込受付は終了しました。結果は申し込んだ方にメールでお知らせします。',
    en: 'Applications for the lottery have closed. Applicants are told the result by email.',
  },
  applicationsClosed: {
    ja: '申込受付は終了しました。',
    en: 'Applications for this course have closed.',
  },
  courseCancelled: { ja: 'この講座は中止になりました。', en: 'This course has been cancelled.' },
  courseEnded: { ja: 'この講座は終了しました。', en: 'This course has ended.' },
  // Why one person may not take part (eligibility.ts); NOT_ELIGIBLE lists them per person.
  guardianNeedsChild: (range: Label): Label => ({
    ja: `この講座はお子さま（${range.ja}）と保護者の方が一緒に参加します。参加するお子さまを選んでください。`,
    en: `Children (ages ${range.en}) take part with a parent or guardian: choose the children who come.`,
  }),
  birthYearNeeded: {
    ja: 'この講座には対象年齢があります。アカウント設定で生まれた年を登録してください。',
    en: 'This course has an age range. Please add your year of birth in your account settings.',
  },
  outsideAgeRange: (range: Label, year: number, age: number): Label => ({
    ja: `対象年齢は${range.ja}です（${year}年に${age}歳）。`,
    en: `This course is for ages ${range.en} (${age} in ${year}).`,
  }),
  residentsOnly: {
    ja: 'この講座は市内在住・在勤・在学の方が対象です。該当する場合はアカウント設定で登録してください。',
    en: 'This course is for people who live, work or study in Tsukuba. If you do, please say so in your account settings.',
  },
  nonResidentsFrom: (when: Label): Label => ({
    ja: `市外の方のお申し込みは${when.ja}からです（市内在住・在勤・在学の方が優先）。`,
    en: `People from outside Tsukuba may book from ${when.en} (Tsukuba residents first).`,
  }),
} as const;
