import * as argon2 from 'argon2';
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase; short enough that hashing cannot be used to tie up the CPU. */
export const PASSWORD_MAX_LENGTH = 200;

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): about 50 ms on one core
 * of the target machine, so log-in stays quick for residents and a rush of log-ins cannot
 * starve a two-core server, while a stolen hash costs an attacker the same 19 MiB per guess.
 */
const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** Computes the dummy hash ahead of the first log-in, which would otherwise take twice as long. */
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('tsumugu-dummy-password-for-timing');
  return dummyHash;
}

/**
 * Spends the same time as checking a real password, for an unknown email: log-in then answers
 * unknown addresses and wrong passwords alike, in content and in time.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword(await prepareDummyHash(), password);
  return false;
}

/**
 * Why a new password is refused, or null when it is acceptable: at least 10 characters, not a
 * common password, not mostly one character, and not containing the email address or its part
 * before the @ (the first thing an attacker tries).
 */
export function passwordWeakness(
  password: string,
  email: string,
): 'too_short' | 'too_long' | 'common' | 'contains_email' | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || new Set(lower).size < 4) return 'common';
  const address = email.trim().toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  if (address && lower.includes(address)) return 'contains_email';
  if (localPart.length >= 3 && lower.includes(localPart)) return 'contains_email';
  return null;
}
