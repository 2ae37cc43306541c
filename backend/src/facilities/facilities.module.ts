import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesRepository } from './facilities.repository';
import { FacilitiesService } from './facilities.service';

@Module({
  imports: [CoursesModule],
  controllers: [FacilitiesController],
  providers: [FacilitiesService, FacilitiesRepository],
  // The staff workspace shows a staff member's own facilities the same way.
  exports: [FacilitiesService],
})
export class FacilitiesModule {}
