import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window counters for rate limits, shared by every instance of the app. */
@Entity({ name: 'rate_limit_counters' })
@Check('rate_limit_counters_hits_check', 'hits >= 0')
export class RateLimitCounter {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer', default: 0 })
  hits: number;
}
