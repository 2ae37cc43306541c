import { Module } from '@nestjs/common';
import { CourseInstructorLinks } from './course-instructor-links';
import { AuditModule } from '../audit/audit.module';
import { JobsModule } from '../jobs/jobs.module';
import { RolesModule } from '../roles/roles.module';
import { InstructorJobs } from './instructor-jobs';
import {
  InstructorDirectoryController,
  InstructorPickerController,
} from './instructor-directory.controller';
import { InstructorDirectoryRepository } from './instructor-directory.repository';
import { InstructorDirectoryService } from './instructor-directory.service';
import { InstructorPhotosService } from './instructor-photos.service';
import { InstructorProfilesRepository } from './instructor-profiles.repository';
import { InstructorProfilesService } from './instructor-profiles.service';
import { InstructorRequestsController } from './instructor-requests.controller';
import { InstructorRequestsRepository } from './instructor-requests.repository';
import { InstructorRequestsService } from './instructor-requests.service';
import { InstructorReviewController } from './instructor-review.controller';
import { InstructorReviewService } from './instructor-review.service';
import { InstructorRoles } from './instructor-roles';
import { InstructorSettingsService } from './instructor-settings.service';
import { MyInstructorProfileController } from './my-instructor-profile.controller';

/** The instructor bank (人材バンク): profiles, review, directory, requests. */
@Module({
  imports: [AuditModule, RolesModule, JobsModule],
  controllers: [
    MyInstructorProfileController,
    InstructorReviewController,
    InstructorDirectoryController,
    InstructorPickerController,
    InstructorRequestsController,
  ],
  providers: [
    InstructorProfilesRepository,
    InstructorDirectoryRepository,
    InstructorRequestsRepository,
    InstructorProfilesService,
    InstructorReviewService,
    InstructorDirectoryService,
    InstructorRequestsService,
    InstructorSettingsService,
    InstructorPhotosService,
    InstructorRoles,
    CourseInstructorLinks,
    InstructorJobs,
  ],
  exports: [InstructorDirectoryService, CourseInstructorLinks],
})
export class InstructorsModule {}
