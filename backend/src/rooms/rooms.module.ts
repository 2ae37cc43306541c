import { Module } from '@nestjs/common';
import { AvailabilityController } from './availability.controller';
import { AvailabilityService } from './availability.service';
import { ClosuresRepository } from './closures.repository';
import { GeneratedClosures } from './generated-closures';
import { ReservationsRepository } from './reservations.repository';
import { RoomsRepository } from './rooms.repository';

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
