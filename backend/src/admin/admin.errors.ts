import { defineFeatureErrors } from '../common/errors/error-definition';

/** The city administrators' directory of people, facilities and organisations. */
export enum AdminErrorCode {
  PersonNotFound = 'PERSON_NOT_FOUND',
  NameAlreadyInUse = 'NAME_ALREADY_IN_USE',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const ADMIN_ERRORS = defineFeatureErrors('admin', AdminErrorCode, {
  [AdminErrorCode.PersonNotFound]: {
    status: 404,
    message: {
      ja: '利用者が見つかりません。削除されたか、URLが誤っている可能性があります。',
      en: 'Person not found. The account may have been deleted, or the link may be wrong.',
    },
  },
  [AdminErrorCode.NameAlreadyInUse]: {
    status: 409,
    message: {
      ja: '同じ名前（日本語）がすでに登録されています。別の名前にするか、登録済みのものを編集してください。',
      en: 'This Japanese name is already registered. Choose another name or edit the existing entry.',
    },
  },
});
