import type { Label } from '../../reference/reference-data';
import { defineFeatureErrors } from './error-definition';

/** Errors of the HTTP layer itself, not of one feature: bad input, no such route, too large, the database away, a bug. */
export enum CommonErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  NotFound = 'NOT_FOUND',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  MalformedRequest = 'MALFORMED_REQUEST',
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  InternalError = 'INTERNAL_ERROR',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const COMMON_ERRORS = defineFeatureErrors('common', CommonErrorCode, {
  [CommonErrorCode.ValidationFailed]: {
    status: 400,
    message: {
      ja: '入力内容に誤りがあります。各項目のメッセージを確認してください。',
      en: 'Some values are not valid. Please check the message for each field.',
    },
  },
  [CommonErrorCode.NotFound]: {
    status: 404,
    message: { ja: 'ページまたはAPIが見つかりません。', en: 'No such page or API endpoint.' },
  },
  [CommonErrorCode.PayloadTooLarge]: {
    status: 413,
    message: { ja: '送信データが大きすぎます。', en: 'The request is too large.' },
  },
  [CommonErrorCode.MalformedRequest]: {
    status: 400,
    message: {
      ja: 'リクエストの形式が正しくありません。',
      en: 'The request could not be read. Please check its format.',
    },
  },
  [CommonErrorCode.MethodNotAllowed]: {
    status: 405,
    message: { ja: 'この操作はできません。', en: 'This operation is not allowed here.' },
  },
  [CommonErrorCode.DatabaseUnavailable]: {
    status: 503,
    message: {
      ja: 'ただいま混み合っているか、メンテナンス中です。しばらくしてからもう一度お試しください。',
      en: 'The service is busy or under maintenance. Please try again in a moment.',
    },
  },
  [CommonErrorCode.InternalError]: {
    status: 500,
    message: {
      ja: '申し訳ありません。問題が発生しました。時間をおいてもう一度お試しください。',
      en: 'Sorry, something went wrong on our side. Please try again later.',
    },
  },
});

/** Field messages of the HTTP layer: validation, ids in links, characters never accepted. */
export const COMMON_MESSAGES = {
  fieldNotAccepted: (field: string): Label => ({
    ja: `「${field}」は指定できない項目です。`,
    en: `"${field}" is not an accepted field.`,
  }),
  valueNotValid: (field: string): Label => ({
    ja: `「${field}」の値が正しくありません。`,
    en: `The value of "${field}" is not valid.`,
  }),
  idInLinkNotValid: {
    ja: 'URLのIDの形式が正しくありません。リンクを確認してください。',
    en: 'The id in the link is not valid. Please check the link.',
  },
  nulCharacter: (field: string): Label => ({
    ja: `「${field}」に使用できない文字（NUL文字）が含まれています。`,
    en: `"${field}" contains a character that is not allowed (NUL).`,
  }),
} as const;
