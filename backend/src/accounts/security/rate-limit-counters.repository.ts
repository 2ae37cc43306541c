import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RateLimitCounter } from './rate-limit-counter.entity';

/** What one counted attempt answers: the window's hits so far and the seconds it has left. */
export interface CountedHit {
  hits: RateLimitCounter['hits'];
  secondsLeft: number;
}

/**
 * The rate limits' counters (`rate_limit_counters`). Hand-written SQL: a hit is one atomic
 * upsert whose `ON CONFLICT` outcome is the count, so no read-then-write race lets a burst slip
 * through; windows are cut on the database's clock, the one every instance shares.
 */
@Injectable()
export class RateLimitCountersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit on `key` in its current window of `windowSeconds`. */
  async hit(key: RateLimitCounter['key'], windowSeconds: number): Promise<CountedHit> {
    const [row]: CountedHit[] = await this.dataSource.query(
      `INSERT INTO rate_limit_counters AS c (key, window_start, hits)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = c.hits + 1
       RETURNING hits, ceil(extract(epoch FROM c.window_start + make_interval(secs => $2) - now()))::int AS "secondsLeft"`,
      [key, windowSeconds],
    );
    return row;
  }

  /** Takes one hit back from `key`'s current window (never below zero). */
  async refund(key: RateLimitCounter['key'], windowSeconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE rate_limit_counters SET hits = hits - 1
        WHERE key = $1 AND hits > 0
          AND window_start = to_timestamp(floor(extract(epoch FROM now()) / $2) * $2)`,
      [key, windowSeconds],
    );
  }

  /** Forgets every window of `key`. */
  async clear(key: RateLimitCounter['key']): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE key = $1`, [key]);
  }

  /** Deletes the windows that started more than a day ago. */
  async deleteOld(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'`,
    );
  }
}
