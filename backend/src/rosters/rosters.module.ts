import { RateLimitModule } from '../accounts/security/rate-limit.module';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CheckInService } from './check-in.service';
import { CourseInstructorsService } from './course-instructors.service';
import { CourseMessagesService } from './course-messages.service';
import { CourseInstructorsController, CourseMessagesController } from './course-rosters.controller';
import { RosterAccess } from './roster-access';
import { DoorController, InstructorController, RostersController } from './rosters.controller';
import { RostersRepository } from './rosters.repository';
import { RostersService } from './rosters.service';
import { TeachingCoursesRepository } from './teaching-courses.repository';

/**
 * Rosters of course sessions (on screen and CSV), check-in at the door, attendance, walk-ins,
 * messages to everyone booked, and the instructors linked to a course.
 */
@Module({
  imports: [AuditModule, RateLimitModule],
  controllers: [
    RostersController,
    InstructorController,
    DoorController,
    CourseMessagesController,
    CourseInstructorsController,
  ],
  providers: [
    RostersRepository,
    RosterAccess,
    RostersService,
    CheckInService,
    CourseMessagesService,
    CourseInstructorsService,
    TeachingCoursesRepository,
  ],
})
export class RostersModule {}
