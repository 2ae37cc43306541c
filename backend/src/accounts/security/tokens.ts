import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret for a cookie or a mailed link: 32 random bytes, URL-safe (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps of a token: its SHA-256. Tokens carry 256 bits of randomness, so a
 * fast hash is enough (no salt or slow hash needed), and a copy of the database is of no use
 * for signing in or for opening a mailed link. (One-shot `hash`: every request hashes its
 * cookies, and it costs half of a `createHash` object's time.)
 */
export function hashToken(token: string): Buffer {
  return hash('sha256', token, 'buffer');
}

/** Compares two secrets in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Does the token hash to the stored hash? (constant time) */
export function tokenMatchesHash(token: string, hash: Buffer): boolean {
  const candidate = hashToken(token);
  return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}
