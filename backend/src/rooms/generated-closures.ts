import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { ClosuresRepository } from './closures.repository';

/** How many Japan years ahead (after this one) generated closures are kept. */
export const CLOSURE_YEARS_AHEAD = 2;

/** At every start: the New Year and public-holiday closures of this year and the coming ones. */
@Injectable()
export class GeneratedClosures implements OnApplicationBootstrap {
  private readonly logger = new Logger('Closures');

  constructor(
    private readonly closures: ClosuresRepository,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The OpenAPI generator builds the app without a database: nothing to generate then.
    if (this.dataSource.isInitialized !== true) return;
    await this.regenerate();
  }

  /** The Japan years whose closures are kept: this one (by the Clock) and the coming ones. */
  years(): number[] {
    const year = Number(this.clock.today().slice(0, 4));
    return Array.from({ length: CLOSURE_YEARS_AHEAD + 1 }, (_, i) => year + i);
  }

  async regenerate(facilityId?: string): Promise<void> {
    const years = this.years();
    const started = performance.now(); // a duration, not a moment: the monotonic clock
    await this.closures.regenerate(years[0]!, years.at(-1)!, facilityId);
    if (!facilityId)
      this.logger.log(
        `generated closures checked in ${Math.round(performance.now() - started)} ms`,
      );
  }
}
