import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DomainError, type DomainErrorDetails } from '../../common/errors/domain-error';
import { ErrorCode } from '../../common/errors/error-registry';
import { RateLimitCountersRepository } from './rate-limit-counters.repository';

export interface RateLimit {
  /** What is limited, e.g. 'log-in:ip'. */
  name: string;
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Attempts per IP address and per email address. Per IP catches one machine trying many
 * addresses; per email catches many machines trying one account. The per-email limits apply
 * whether or not the address is registered, so a 429 says nothing about registration.
 */
export const RATE_LIMITS = {
  logInPerIp: { name: 'log-in:ip', limit: 50, windowSeconds: 15 * 60 },
  logInPerEmail: { name: 'log-in:email', limit: 10, windowSeconds: 15 * 60 },
  signUpPerIp: { name: 'sign-up:ip', limit: 20, windowSeconds: 60 * 60 },
  signUpPerEmail: { name: 'sign-up:email', limit: 5, windowSeconds: 60 * 60 },
  resendPerIp: { name: 'resend-verification:ip', limit: 20, windowSeconds: 60 * 60 },
  resendPerEmail: { name: 'resend-verification:email', limit: 5, windowSeconds: 60 * 60 },
  resetPerIp: { name: 'password-reset:ip', limit: 20, windowSeconds: 60 * 60 },
  resetPerEmail: { name: 'password-reset:email', limit: 5, windowSeconds: 60 * 60 },
  // A signed-in session re-checking its password (password or email change, deletion): per
  // account, so a stolen session cannot guess the password that would take the account over.
  currentPasswordPerAccount: {
    name: 'current-password:account',
    limit: 10,
    windowSeconds: 15 * 60,
  },
  // Email changes mail an address the person typed: per account and per address mailed.
  emailChangePerAccount: { name: 'email-change:account', limit: 5, windowSeconds: 60 * 60 },
  emailChangePerAddress: { name: 'email-change:address', limit: 3, windowSeconds: 60 * 60 },
  // Codes typed at the door that are not a booking of the session: per account (a busy door
  // makes a few typos; ~140 guesses a second is a search).
  checkInMissesPerAccount: { name: 'check-in-miss:account', limit: 30, windowSeconds: 10 * 60 },
  // The public verification of certificates: per client address. A person checking a pile of
  // applications stays well inside; trying numbers at random (31^8 per year) gets nowhere.
  certificateVerifyPerIp: { name: 'certificate-verify:ip', limit: 60, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimit>;

/** The counter's key: the limit's name and SHA-256 of the subject, never the subject itself. */
function counterKey(limit: RateLimit, subject: string): string {
  return `${limit.name}:${createHash('sha256').update(subject).digest('base64url')}`;
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.RateLimited);
  }

  override details(): DomainErrorDetails {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/**
 * Fixed-window counters in PostgreSQL (`rate_limit_counters`), so that every instance of the app
 * counts together and a restart forgets nothing. One atomic upsert per check: no read-then-write
 * race lets a burst of parallel attempts slip through. Keys hold SHA-256 of the IP or email, not
 * the values themselves.
 */
@Injectable()
export class RateLimiter {
  /** performance.now() of the last clean-up (monotonic: only the interval matters). */
  private lastCleanup: number | null = null;
  constructor(private readonly counters: RateLimitCountersRepository) {}

  /** Counts one attempt against every limit; throws RateLimitedError when one is exceeded. */
  async hit(...checks: { limit: RateLimit; subject: string }[]): Promise<void> {
    await this.cleanUpNowAndThen();
    let retryAfter = 0;
    for (const { limit, subject } of checks) {
      const row = await this.counters.hit(counterKey(limit, subject), limit.windowSeconds);
      if (row.hits > limit.limit) retryAfter = Math.max(retryAfter, Math.max(1, row.secondsLeft));
    }
    if (retryAfter > 0) throw new RateLimitedError(retryAfter);
  }

  /**
   * Takes back the attempt that `hit` counted against `limit` for `subject`: for an attempt that
   * turned out to be legitimate (a right password), so that a busy shared address is not locked
   * out by its own successful log-ins. The attempt was counted before it was checked, so a burst
   * of parallel guesses still meets the limit.
   */
  async refund(limit: RateLimit, subject: string): Promise<void> {
    await this.counters.refund(counterKey(limit, subject), limit.windowSeconds);
  }

  /** Forgets every attempt counted against `limit` for `subject` (the account proved itself). */
  async clear(limit: RateLimit, subject: string): Promise<void> {
    await this.counters.clear(counterKey(limit, subject));
  }

  /** Old windows are deleted at most every ten minutes, by whichever request comes along. */
  private async cleanUpNowAndThen(): Promise<void> {
    const now = performance.now();
    if (this.lastCleanup !== null && now - this.lastCleanup < 10 * 60 * 1000) return;
    this.lastCleanup = now;
    await this.counters.deleteOld();
  }
}
