import { defineFeatureErrors } from '../common/errors/error-definition';

/** Signing up and in, the account's own settings, its family members and the rate limits. */
export enum AccountsErrorCode {
  CsrfTokenInvalid = 'CSRF_TOKEN_INVALID',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  EmailNotVerified = 'EMAIL_NOT_VERIFIED',
  TokenInvalidOrExpired = 'TOKEN_INVALID_OR_EXPIRED',
  RateLimited = 'RATE_LIMITED',
  PasswordTooWeak = 'PASSWORD_TOO_WEAK',
  EmailAlreadyInUse = 'EMAIL_ALREADY_IN_USE',
  WrongPassword = 'WRONG_PASSWORD',
  FamilyMemberNotFound = 'FAMILY_MEMBER_NOT_FOUND',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const ACCOUNTS_ERRORS = defineFeatureErrors('accounts', AccountsErrorCode, {
  [AccountsErrorCode.CsrfTokenInvalid]: {
    status: 403,
    message: {
      ja: 'ページの有効期限が切れました。ページを再読み込みしてから、もう一度お試しください。',
      en: 'This page has expired. Please reload the page and try again.',
    },
  },
  [AccountsErrorCode.InvalidCredentials]: {
    status: 401,
    message: {
      ja: 'メールアドレスまたはパスワードが正しくありません。お忘れの場合は「パスワードを忘れた方」から再設定できます。',
      en: 'The email address or password is not correct. If you have forgotten your password, you can reset it.',
    },
  },
  [AccountsErrorCode.EmailNotVerified]: {
    status: 403,
    message: {
      ja: 'メールアドレスの確認がまだ済んでいません。届いた確認メールのリンクを開いてください（再送もできます）。',
      en: 'Your email address is not confirmed yet. Open the link in the confirmation mail (you can ask for it again).',
    },
  },
  [AccountsErrorCode.TokenInvalidOrExpired]: {
    status: 400,
    message: {
      ja: 'このリンクは無効か、有効期限が切れています。お手数ですが、もう一度手続きをやり直してください。',
      en: 'This link is not valid or has expired. Please start again to receive a new one.',
    },
  },
  [AccountsErrorCode.RateLimited]: {
    status: 429,
    message: {
      ja: '短時間に試行が多すぎます。しばらく待ってからもう一度お試しください。',
      en: 'Too many attempts in a short time. Please wait a while and try again.',
    },
  },
  [AccountsErrorCode.PasswordTooWeak]: {
    status: 400,
    message: {
      ja: 'このパスワードは使えません。10文字以上で、推測されにくいもの（よく使われる語やメールアドレスを含まないもの）にしてください。',
      en: 'This password cannot be used. Use at least 10 characters that are hard to guess (not a common password and not containing your email address).',
    },
  },
  [AccountsErrorCode.EmailAlreadyInUse]: {
    status: 409,
    message: {
      ja: 'このメールアドレスは別のアカウントで使われています。別のアドレスを指定してください。',
      en: 'This email address is used by another account. Please choose another address.',
    },
  },
  [AccountsErrorCode.WrongPassword]: {
    status: 400,
    message: {
      ja: '現在のパスワードが正しくありません。',
      en: 'Your current password is not correct.',
    },
  },
  [AccountsErrorCode.FamilyMemberNotFound]: {
    status: 404,
    message: {
      ja: 'ご家族の登録が見つかりません。すでに削除された可能性があります。一覧を更新してください。',
      en: 'Family member not found. It may already have been removed; please reload the list.',
    },
  },
});

/** Field messages of the account's own page. */
export const ACCOUNTS_MESSAGES = {
  sameEmail: {
    ja: 'これは現在のメールアドレスです。',
    en: 'This is already your email address.',
  },
} as const;
