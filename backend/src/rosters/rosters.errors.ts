import type { Label } from '../reference/reference-data';
import { defineFeatureErrors } from '../common/errors/error-definition';

/** Rosters: check-in at the door, attendance, walk-ins and a course's instructors. */
export enum RostersErrorCode {
  CheckInCodeNotFound = 'CHECK_IN_CODE_NOT_FOUND',
  CheckInOtherCourse = 'CHECK_IN_OTHER_COURSE',
  CheckInNotConfirmed = 'CHECK_IN_NOT_CONFIRMED',
  SessionCancelled = 'SESSION_CANCELLED',
  WalkInNotFound = 'WALK_IN_NOT_FOUND',
  InstructorNotFound = 'INSTRUCTOR_NOT_FOUND',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const ROSTERS_ERRORS = defineFeatureErrors('rosters', RostersErrorCode, {
  [RostersErrorCode.CheckInCodeNotFound]: {
    status: 404,
    message: {
      ja: 'この予約番号の予約はありません。番号をもう一度確かめてください（0とO、1とIは使っていません）。',
      en: 'No booking has this code. Please check it again (codes never use 0/O or 1/I).',
    },
  },
  // The check-in names the course the code belongs to (CheckInOtherCourseError).
  [RostersErrorCode.CheckInOtherCourse]: {
    status: 409,
    message: {
      ja: 'この予約番号は別の講座の予約です。会場と日時をご確認ください。',
      en: 'This code is a booking for another course. Please check the room and time.',
    },
  },
  [RostersErrorCode.CheckInNotConfirmed]: {
    status: 409,
    message: {
      ja: 'この予約は確定していません（キャンセル済み、キャンセル待ち、または抽選の申込中です）。',
      en: 'This booking is not confirmed (it was cancelled, is on the waiting list or is a lottery application).',
    },
  },
  [RostersErrorCode.SessionCancelled]: {
    status: 409,
    message: {
      ja: 'この回は中止になっています。出欠は記録できません。',
      en: 'This session has been cancelled; attendance cannot be recorded.',
    },
  },
  [RostersErrorCode.WalkInNotFound]: {
    status: 404,
    message: {
      ja: '当日参加の記録が見つかりません。すでに削除された可能性があります。',
      en: 'Walk-in not found. It may already have been removed.',
    },
  },
  [RostersErrorCode.InstructorNotFound]: {
    status: 404,
    message: {
      ja: 'このメールアドレスの講師が見つかりません。講師の役割を持つアカウントのアドレスを入力してください。',
      en: 'No instructor has this email address. Enter the address of an account with the instructor role.',
    },
  },
});

/** The rosters feature's other user-facing words (check-in at the door). */
export const ROSTERS_MESSAGES = {
  /** CHECK_IN_OTHER_COURSE, naming the course the code belongs to. */
  checkInOtherCourse: (title: Label): Label => ({
    ja: `この予約番号は別の講座「${title.ja}」の予約です。会場と日時をご確認ください。`,
    en: `This code is a booking for another course, "${title.en}". Please check the room and time.`,
  }),
  bookingCodeFormat: {
    ja: '予約番号は8文字です（例: K7M2-Q9XD）。0とO、1とIは使っていません。',
    en: 'A booking code has 8 characters (e.g. K7M2-Q9XD), never 0/O or 1/I.',
  },
  /** Appended to the name in the check-in confirmation. */
  partySize: (size: number): Label => ({ ja: `（${size}名）`, en: ` (party of ${size})` }),
} as const;
