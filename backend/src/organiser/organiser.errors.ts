import type { Label } from '../reference/reference-data';
import { defineFeatureErrors } from '../common/errors/error-definition';

/** Organisers editing their courses (organiser/editing). */
export enum OrganiserErrorCode {
  CourseStateConflict = 'COURSE_STATE_CONFLICT',
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
});

/** Field messages and warnings of the course editor (organiser/editing/course-editor.service.ts). */
export const ORGANISER_MESSAGES = {
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
  ageMaxBelowMin: {
    ja: '対象年齢の上限は下限以上にしてください。',
    en: 'The maximum age must not be below the minimum age.',
  },
  closeNotAfterOpen: {
    ja: '申込締切は申込開始より後にしてください。',
    en: 'Applications must close after they open.',
  },
} as const;
