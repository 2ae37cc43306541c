import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { InstructorsModule } from '../instructors/instructors.module';
import { LotteryModule } from '../lottery/lottery.module';
import { CourseEditorController } from './editing/course-editor.controller';
import { CourseEditorRepository } from './editing/course-editor.repository';
import { CourseEditorService } from './editing/course-editor.service';
import { OrganiserController } from './organiser.controller';
import { OrganiserRepository } from './organiser.repository';
import { OrganiserService } from './organiser.service';

/** The organiser console's API (issue 4 builds course editing on it). */
@Module({
  imports: [CoursesModule, LotteryModule, InstructorsModule],
  controllers: [OrganiserController, CourseEditorController],
  providers: [OrganiserService, OrganiserRepository, CourseEditorService, CourseEditorRepository],
})
export class OrganiserModule {}
