/**
 * Booking codes as the door sees them: eight characters of an alphabet without 0/O and 1/I/L
 * (the backend's booking-code.ts), shown as K7M2-Q9XD. The QR code holds the bare 8 characters.
 */
const ALPHABET = /^[2-9A-HJKMNP-Z]{8}$/;

/** What the person typed or the camera read → the bare code, or null when it cannot be one. */
export function normaliseCode(input: string): string | null {
  const code = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐－ー]/g, '');
  return ALPHABET.test(code) ? code : null;
}

/**
 * The input as it is being typed: upper case, full-width folded, a hyphen after the fourth
 * character once there are more than four; anything else left for the person to correct.
 */
export function formatTypedCode(input: string): string {
  const bare = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐－ー]/g, '')
    .slice(0, 8);
  return bare.length > 4 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : bare;
}
