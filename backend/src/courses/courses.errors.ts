import { defineFeatureErrors } from '../common/errors/error-definition';

/** Courses and their sessions, wherever they are looked up. */
export enum CoursesErrorCode {
  CourseNotFound = 'COURSE_NOT_FOUND',
  SessionNotFound = 'SESSION_NOT_FOUND',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const COURSES_ERRORS = defineFeatureErrors('courses', CoursesErrorCode, {
  [CoursesErrorCode.CourseNotFound]: {
    status: 404,
    message: {
      ja: '講座が見つかりません。公開が終了したか、URLが誤っている可能性があります。',
      en: 'Course not found. It may no longer be published, or the link may be wrong.',
    },
  },
  [CoursesErrorCode.SessionNotFound]: {
    status: 404,
    message: {
      ja: '回が見つかりません。すでに削除された可能性があります。画面を更新してください。',
      en: 'Session not found. It may have been removed; please reload the page.',
    },
  },
});
