import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long a health check waits for `SELECT 1` before it calls the database down. */
export const DATABASE_PROBE_TIMEOUT_MS = 2000;

/** The health checks' one query. */
@Injectable()
export class HealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Whether the database answers `SELECT 1` within `timeoutMs`. A hung server (frozen, cut off)
   * makes the answer "down" in bounded time; the query itself is then ended by the pool's own
   * timeouts.
   */
  async databaseAnswers(timeoutMs = DATABASE_PROBE_TIMEOUT_MS): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const answered = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}
