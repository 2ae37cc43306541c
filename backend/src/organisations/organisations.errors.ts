import { defineFeatureErrors } from '../common/errors/error-definition';

/** Organisations, wherever they are looked up. */
export enum OrganisationsErrorCode {
  OrganisationNotFound = 'ORGANISATION_NOT_FOUND',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const ORGANISATIONS_ERRORS = defineFeatureErrors('organisations', OrganisationsErrorCode, {
  [OrganisationsErrorCode.OrganisationNotFound]: {
    status: 404,
    message: {
      ja: '団体が見つかりません。URLを確認してください。',
      en: 'Organisation not found. Please check the link.',
    },
  },
});
