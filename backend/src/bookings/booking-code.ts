import { randomInt } from 'node:crypto';

/**
 * Booking codes: eight characters people read aloud at the door and type on a tablet. The
 * alphabet leaves out 0/O, 1/I/L, so nothing reads as something else; 31^8 ≈ 8.5 × 10^11 codes.
 * The database holds them unique (bookings_code_unique); a collision is retried by the caller.
 */
export const BOOKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const BOOKING_CODE_LENGTH = 8;

export function newBookingCode(): string {
  let code = '';
  for (let i = 0; i < BOOKING_CODE_LENGTH; i++) {
    code += BOOKING_CODE_ALPHABET[randomInt(BOOKING_CODE_ALPHABET.length)];
  }
  return code;
}

/** K7M2Q9XD → K7M2-Q9XD, as printed and shown. */
export function formatBookingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What someone typed or a scanner read → the stored form, or null when it cannot be a code.
 * Case, spaces and hyphens do not matter; full-width characters (a Japanese keyboard) are folded.
 */
export function normaliseBookingCode(input: string): string | null {
  const code = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐－ー]/g, '');
  if (code.length !== BOOKING_CODE_LENGTH) return null;
  for (const char of code) if (!BOOKING_CODE_ALPHABET.includes(char)) return null;
  return code;
}
