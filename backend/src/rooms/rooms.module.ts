import { Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { japanDate } from '../courses/japan-time';
import { AvailabilityController } from './availability.controller';
import { AvailabilityService } from './availability.service';
import { ClosuresRepository } from './closures.repository';
import { ReservationsRepository } from './reservations.repository';
import { RoomsRepository } from './rooms.repository';

/** How many Japan years ahead (after this one) generated closures are kept. */
export const CLOSURE_YEARS_AHEAD = 2;

/** At every start: the New Year and public-holiday closures of this year and the coming ones. */
@Injectable()
export class GeneratedClosures implements OnApplicationBootstrap {
  private readonly logger = new Logger('Closures');

  constructor(
    private readonly closures: ClosuresRepository,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The OpenAPI generator builds the app without a database: nothing to generate then.
    if (this.dataSource.isInitialized !== true) return;
    await this.regenerate();
  }

  async regenerate(facilityId?: string): Promise<void> {
    const year = Number(japanDate(new Date()).slice(0, 4));
    const started = Date.now();
    await this.closures.regenerate(year, year + CLOSURE_YEARS_AHEAD, facilityId);
    if (!facilityId) this.logger.log(`generated closures checked in ${Date.now() - started} ms`);
  }
}

/** Rooms, their reservations and the facilities' closures (the staff console uses these). */
@Module({
  controllers: [AvailabilityController],
  providers: [
    AvailabilityService,
    ClosuresRepository,
    ReservationsRepository,
    RoomsRepository,
    GeneratedClosures,
  ],
  exports: [ClosuresRepository, ReservationsRepository, RoomsRepository, GeneratedClosures],
})
export class RoomsModule {}
