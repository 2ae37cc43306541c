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
