import { defineFeatureErrors } from '../common/errors/error-definition';

/** Who may call what: the access guard and the current principal. */
export enum AccessErrorCode {
  AuthenticationRequired = 'AUTHENTICATION_REQUIRED',
  AccessDenied = 'ACCESS_DENIED',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const ACCESS_ERRORS = defineFeatureErrors('access', AccessErrorCode, {
  [AccessErrorCode.AuthenticationRequired]: {
    status: 401,
    message: {
      ja: 'ログインが必要です。ログインしてからもう一度お試しください。',
      en: 'Please log in first, then try again.',
    },
  },
  [AccessErrorCode.AccessDenied]: {
    status: 403,
    message: {
      ja: 'この操作を行う権限がありません。必要な場合は管理者にお問い合わせください。',
      en: 'You do not have permission to do this. Ask an administrator if you need it.',
    },
  },
});
