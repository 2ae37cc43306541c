import { defineFeatureErrors } from '../common/errors/error-definition';

/** Certificates (修了証). */
export enum CertificatesErrorCode {
  CertificateNotFound = 'CERTIFICATE_NOT_FOUND',
  CertificateRevoked = 'CERTIFICATE_REVOKED',
}

export const CERTIFICATES_ERRORS = defineFeatureErrors('certificates', CertificatesErrorCode, {
  // Also for another person's number: whether it exists is not ours to say here (the public
  // verification page answers that, and only that).
  [CertificatesErrorCode.CertificateNotFound]: {
    status: 404,
    message: {
      ja: 'この修了証はありません。',
      en: 'There is no such certificate.',
    },
  },
  [CertificatesErrorCode.CertificateRevoked]: {
    status: 409,
    message: {
      ja: 'この修了証は取り消されたため、ダウンロードできません。',
      en: 'This certificate has been revoked and can no longer be downloaded.',
    },
  },
});

/** Field messages of the certificate forms. */
export const CERTIFICATES_MESSAGES = {
  number: {
    ja: '修了証番号は TSU-2026-XXXX-XXXX の形で入力してください。',
    en: 'Enter the certificate number as TSU-2026-XXXX-XXXX.',
  },
  credential: {
    ja: '修了証のファイル（JSON）をそのまま送ってください。',
    en: 'Send the certificate file (JSON) as it was downloaded.',
  },
};
