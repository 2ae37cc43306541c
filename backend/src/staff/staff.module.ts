import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { RoomsModule } from '../rooms/rooms.module';
import { StaffRoomsController } from './staff-rooms.controller';
import { StaffRoomsService } from './staff-rooms.service';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

/** Facility staff's workspace API (later issues add room schedules and check-in). */
@Module({
  imports: [FacilitiesModule, RoomsModule, AuditModule],
  controllers: [StaffController, StaffRoomsController],
  providers: [StaffService, StaffRoomsService],
})
export class StaffModule {}
