import { Module } from '@nestjs/common';
import { RateLimitCountersRepository } from './rate-limit-counters.repository';
import { RateLimiter } from './rate-limiter';

/**
 * The shared attempt counters: one limiter for accounts (log-in, sign-up, resets, email changes)
 * and rosters (codes typed at the door), all counting in `rate_limit_counters`.
 */
@Module({
  providers: [RateLimitCountersRepository, RateLimiter],
  exports: [RateLimiter],
})
export class RateLimitModule {}
