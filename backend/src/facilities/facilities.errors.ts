import { defineFeatureErrors } from '../common/errors/error-definition';

/** Facilities, wherever they are looked up. */
export enum FacilitiesErrorCode {
  FacilityNotFound = 'FACILITY_NOT_FOUND',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const FACILITIES_ERRORS = defineFeatureErrors('facilities', FacilitiesErrorCode, {
  [FacilitiesErrorCode.FacilityNotFound]: {
    status: 404,
    message: {
      ja: '施設が見つかりません。URLを確認してください。',
      en: 'Facility not found. Please check the link.',
    },
  },
});

/** Field messages about a facility's own settings (admin directory, staff). */
export const FACILITIES_MESSAGES = {
  closingNotAfterOpening: {
    ja: '閉館時刻は開館時刻より後にしてください。',
    en: 'The closing time must be after the opening time.',
  },
} as const;
