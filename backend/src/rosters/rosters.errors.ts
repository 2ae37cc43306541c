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
  // Never names that course: whoever is at this door need not be allowed to see it.
  [RostersErrorCode.CheckInOtherCourse]: {
    status: 409,
    message: {
      ja: 'この予約番号は、この回の予約ではありません（別の講座か別の日の予約です）。予約画面で講座名・日時・会場を確かめていただいてください。',
      en: 'This code is not a booking of this session (it is for another course or day). Please ask the person to check the course, time and place on their booking page.',
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
  bookingCodeFormat: {
    ja: '予約番号は8文字です（例: K7M2-Q9XD）。0とO、1とIは使っていません。',
    en: 'A booking code has 8 characters (e.g. K7M2-Q9XD), never 0/O or 1/I.',
  },
  /** Appended to the name in the check-in confirmation. */
  partySize: (size: number): Label => ({ ja: `（${size}名）`, en: ` (party of ${size})` }),
} as const;
