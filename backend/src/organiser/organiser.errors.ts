import type { Label } from '../reference/reference-data';
import { defineFeatureErrors } from '../common/errors/error-definition';

/** Organisers editing their courses (organiser/editing). */
export enum OrganiserErrorCode {
  CourseStateConflict = 'COURSE_STATE_CONFLICT',
  CourseRulesFixed = 'COURSE_RULES_FIXED',
  CourseHasApplicants = 'COURSE_HAS_APPLICANTS',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const ORGANISER_ERRORS = defineFeatureErrors('organiser', OrganiserErrorCode, {
  [OrganiserErrorCode.CourseStateConflict]: {
    status: 409,
    message: {
      ja: 'この講座の現在の状態ではその操作はできません。講座の状態を確認し、画面を更新してください。',
      en: 'This cannot be done while the course is in its current state. Check its status and reload the page.',
    },
  },
  [OrganiserErrorCode.CourseRulesFixed]: {
    status: 409,
    message: {
      ja: '公開後は、申込者との約束になる条件（申込方法、抽選の優先、締め切った抽選の申込期間）は変更できません。変更が必要なら講座を中止し（申込者に通知されます）、新しい講座として公開してください。',
      en: 'Once published, the terms applicants relied on (the booking rule, the lottery priorities, the window of a closed lottery) cannot change. To change them, cancel the course (applicants are told) and publish a new one.',
    },
  },
  [OrganiserErrorCode.CourseHasApplicants]: {
    status: 409,
    message: {
      ja: '申込済み・キャンセル待ち・抽選申込中の方がいるため、非公開に戻せません。やめる場合は講座を中止してください（申込者に通知されます）。',
      en: 'People have booked, are waiting or have applied, so the course cannot go back to draft. To stop it, cancel the course (they are told).',
    },
  },
});

/** Field messages and warnings of the course editor (organiser/editing/course-editor.service.ts). */
export const ORGANISER_MESSAGES = {
  // The rules a published course keeps (organiser/editing/published-course-rules.ts).
  bookingRuleFixed: {
    ja: '公開後は申込方法（先着順・抽選）を変更できません。',
    en: 'The booking rule (first come or lottery) cannot change after publication.',
  },
  lotteryPrioritiesFixed: {
    ja: '公開後は抽選の優先を変更できません。',
    en: 'The lottery priorities cannot change after publication.',
  },
  closedLotteryWindowFixed: {
    ja: '抽選の申込は締め切られているため、申込期間は変更できません。',
    en: 'The lottery has closed, so its application window cannot change.',
  },
  closeInThePast: {
    ja: '公開中の講座の申込締切を過去の日時にはできません。',
    en: 'A published course’s applications cannot close in the past.',
  },
  sessionMovedIntoThePast: {
    ja: '過去の日時に日程を追加・変更することはできません。',
    en: 'A session cannot be added or moved to a time in the past.',
  },
  sessionBeforeClose: {
    ja: '公開中の講座の日程は申込締切より後にしてください。',
    en: 'A published course’s sessions must start after applications close.',
  },
  capacityBeyondSmallestRoom: (smallestRoom: number): Label => ({
    ja: `公開中の講座の定員は、使用する部屋の収容人数（最小${smallestRoom}人）を超えて増やせません。`,
    en: `A published course’s capacity cannot grow beyond what its smallest room holds (${smallestRoom}).`,
  }),
  roomBelowPublishedCapacity: (holds: number, capacity: number): Label => ({
    ja: `この部屋の収容人数（${holds}人）は公開中の講座の定員（${capacity}人）に足りません。`,
    en: `This room holds ${holds}, fewer than the published course’s capacity of ${capacity}.`,
  }),

  sessionInThePast: {
    ja: '過去の日程があります。取り消すか、先の日時に移してから公開してください。',
    en: 'A session is in the past. Cancel it or move it to a later time before publishing.',
  },
  capacityBelowBooked: (booked: number): Label => ({
    ja: `定員は申込済みの人数（${booked}人）より少なくできません。`,
    en: `Capacity cannot be below the ${booked} people already booked.`,
  }),
  publishNeedsSession: {
    ja: '公開するには、少なくとも1回の日程を追加してください。',
    en: 'Add at least one session before publishing.',
  },
  closeBeforeFirstSession: {
    ja: '申込締切は初回の開始より前にしてください。',
    en: 'Applications must close before the first session starts.',
  },
  smallestRoomBelowCapacity: (capacity: number, smallestRoom: number): Label => ({
    ja: `定員（${capacity}人）が、使用する部屋の収容人数（最小${smallestRoom}人）を超えています。`,
    en: `The capacity (${capacity}) is more than the smallest room used holds (${smallestRoom}).`,
  }),
  seriesNeedsCountOrUntil: {
    ja: '回数か最終日のどちらかを入力してください。',
    en: 'Enter either the number of sessions or the last date.',
  },
  seriesHasNoSession: {
    ja: 'この条件では日程が1回もありません。最終日や休みの日を確認してください。',
    en: 'These settings give no session. Check the last date and the skipped dates.',
  },
  endNotAfterStart: {
    ja: '終了日時は開始日時より後にしてください。',
    en: 'The end must be after the start.',
  },
  sessionsInSmallerRooms: (capacity: number, sessions: number): Label => ({
    ja: `定員（${capacity}人）より収容人数の少ない部屋の回が${sessions}回あります。`,
    en: `${sessions} session(s) are in a room that holds fewer than the capacity of ${capacity}.`,
  }),
  paymentDeadlineNeeded: {
    ja: '事前払いの場合は、支払期限（初回の何日前まで）を1〜60日で入力してください。',
    en: 'For payment in advance, give the deadline: 1 to 60 days before the first session.',
  },
  paymentDeadlineOnlyInAdvance: {
    ja: '支払期限は事前払いのときだけ入力します。',
    en: 'A payment deadline is given only for payment in advance.',
  },
  ageMaxBelowMin: {
    ja: '対象年齢の上限は下限以上にしてください。',
    en: 'The maximum age must not be below the minimum age.',
  },
  closeNotAfterOpen: {
    ja: '申込締切は申込開始より後にしてください。',
    en: 'Applications must close after they open.',
  },
} as const;
