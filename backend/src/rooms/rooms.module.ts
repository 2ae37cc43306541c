import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AvailabilityController } from './availability.controller';
import { AvailabilityService } from './availability.service';
import { ClosuresRepository } from './closures.repository';
import { GeneratedClosures } from './generated-closures';
import { ReservationsRepository } from './reservations.repository';
import { RoomsRepository } from './rooms.repository';
import { StaffRoomsController } from './staff-rooms.controller';
import { StaffRoomsService } from './staff-rooms.service';

/**
 * Rooms, their reservations and the facilities' closures and opening hours: the organisers'
 * availability, and the staff console's endpoints under /api/staff/facilities/:id/.
 */
@Module({
  imports: [AuditModule],
  controllers: [AvailabilityController, StaffRoomsController],
  providers: [
    AvailabilityService,
    StaffRoomsService,
    ClosuresRepository,
    ReservationsRepository,
    RoomsRepository,
    GeneratedClosures,
  ],
  exports: [ClosuresRepository, ReservationsRepository, RoomsRepository, GeneratedClosures],
})
export class RoomsModule {}
