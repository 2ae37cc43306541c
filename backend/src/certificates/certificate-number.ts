import { randomInt } from 'node:crypto';
import { BOOKING_CODE_ALPHABET } from '../bookings/booking-code';

/**
 * Certificate numbers: `TSU-<fiscal year>-XXXX-XXXX`, eight characters drawn with the system's
 * CSPRNG from an alphabet without look-alikes (no 0/O, 1/I/L) — the booking codes' alphabet.
 * 31^8 ≈ 8.5 × 10^11 numbers per year: not guessable behind the verification page's rate limit,
 * and short enough to read out over the phone or type from paper.
 */
export const CERTIFICATE_ALPHABET = BOOKING_CODE_ALPHABET;
export const CERTIFICATE_NUMBER_PATTERN = /^TSU-\d{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

export function newCertificateNumber(fiscalYear: number): string {
  let chars = '';
  for (let i = 0; i < 8; i++) chars += CERTIFICATE_ALPHABET[randomInt(CERTIFICATE_ALPHABET.length)];
  return `TSU-${fiscalYear}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * A number as someone typed it: upper case, full-width folded, spaces dropped, look-alikes read
 * as what they must be (O→0 is impossible, so O and 0 fail; I/L→1 likewise): null when it cannot
 * be a number.
 */
export function normaliseCertificateNumber(typed: string): string | null {
  const compact = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u2010-\u2015\u2212\u30fc]/g, (c) => (/\s/.test(c) ? '' : '-'));
  return CERTIFICATE_NUMBER_PATTERN.test(compact) ? compact : null;
}
