import { Module } from '@nestjs/common';
import { FacilitiesModule } from '../facilities/facilities.module';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

/**
 * Facility staff's workspace: their facilities with rooms. The rooms, hours, closures, hires and
 * calendar endpoints of the staff console live with their feature (rooms/).
 */
@Module({
  imports: [FacilitiesModule],
  controllers: [StaffController],
  providers: [StaffService],
})
export class StaffModule {}
