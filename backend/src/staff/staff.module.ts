import { Module } from '@nestjs/common';
import { FacilitiesModule } from '../facilities/facilities.module';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

/** Facility staff's workspace API (later issues add room schedules and check-in). */
@Module({
  imports: [FacilitiesModule],
  controllers: [StaffController],
  providers: [StaffService],
})
export class StaffModule {}
