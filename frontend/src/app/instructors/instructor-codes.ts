import type { InstructorMessageKey } from './instructor-messages';

/**
 * The bank's code lists the UI offers, each with its message key. The codes are the API's
 * enums (see `api-types.ts`); the labels are the UI's, in both languages.
 */
/** Monday first, as a Japanese week is read on a form; the codes are the API's (Sunday 0). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

export const FEE_TYPES = ['free', 'expenses_only', 'per_session', 'negotiable'] as const;

export const TIME_BANDS = ['morning', 'afternoon', 'evening'] as const;

export const LEVELS = ['beginner', 'experienced'] as const;

export const TEACHING_LANGUAGES = [
  'ja',
  'en',
  'zh',
  'ko',
  'vi',
  'pt',
  'es',
  'tl',
  'ne',
  'id',
  'fr',
  'de',
  'jsl',
] as const;

export const weekdayKey = (day: number) => `weekday.${day}` as InstructorMessageKey;
export const weekdayLongKey = (day: number) => `weekdayLong.${day}` as InstructorMessageKey;
export const feeKey = (fee: string) => `fee.${fee}` as InstructorMessageKey;
export const timeBandKey = (band: string) => `timeBand.${band}` as InstructorMessageKey;
export const levelKey = (level: string) => `level.${level}` as InstructorMessageKey;
export const languageKey = (language: string) => `language.${language}` as InstructorMessageKey;
export const statusKey = (status: string) => `status.${status}` as InstructorMessageKey;
