/**
 * Addresses of a certificate's files that the browser downloads itself (with the session cookie):
 * the holder's PDF in a language, and the signed Open Badges credential (JSON).
 */
export const certificatePdfUrl = (number: string, language: 'ja' | 'en') =>
  `/api/me/certificates/${encodeURIComponent(number)}/pdf?lang=${language}`;

export const certificateCredentialUrl = (number: string) =>
  `/api/me/certificates/${encodeURIComponent(number)}/credential`;
