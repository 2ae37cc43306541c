import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesRepository } from './facilities.repository';
import { FacilitiesService } from './facilities.service';

@Module({
  imports: [CoursesModule],
  controllers: [FacilitiesController],
  providers: [FacilitiesService, FacilitiesRepository],
})
export class FacilitiesModule {}
