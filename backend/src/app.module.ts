import { type DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AccessModule } from './access/access.module';
import { AccountsModule } from './accounts/accounts.module';
import { AdminModule } from './admin/admin.module';
import { BookingsModule } from './bookings/bookings.module';
import { CertificatesModule } from './certificates/certificates.module';
import { ClockModule } from './common/time/clock.module';
import { CourseImagesModule } from './course-images/course-images.module';
import { CoursesModule } from './courses/courses.module';
import { DatabaseModule } from './database/database.module';
import { EvaluationModule } from './evaluation/evaluation.module';
import { FacilitiesModule } from './facilities/facilities.module';
import { HealthModule } from './health/health.module';
import { InstructorsModule } from './instructors/instructors.module';
import { JobsModule } from './jobs/jobs.module';
import { LearningModule } from './learning/learning.module';
import { LotteryModule } from './lottery/lottery.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { OpendataModule } from './opendata/opendata.module';
import { OrganiserModule } from './organiser/organiser.module';
import { QuestionnairesModule } from './questionnaires/questionnaires.module';
import { EvaluationSheetsModule } from './evaluation-sheets/evaluation-sheets.module';
import { ReferenceModule } from './reference/reference.module';
import { RolesModule } from './roles/roles.module';
import { RostersModule } from './rosters/rosters.module';
import { RoomsModule } from './rooms/rooms.module';
import { StaffModule } from './staff/staff.module';

/** The API's features; each needs only an injectable DataSource and the Clock. */
export const FEATURE_MODULES = [
  HealthModule,
  ReferenceModule,
  CoursesModule,
  FacilitiesModule,
  MailModule,
  JobsModule,
  NotificationsModule,
  AccountsModule,
  RolesModule,
  AdminModule,
  OrganisationsModule,
  OrganiserModule,
  CourseImagesModule,
  StaffModule,
  RoomsModule,
  LotteryModule,
  BookingsModule,
  RostersModule,
  InstructorsModule,
  QuestionnairesModule,
  EvaluationSheetsModule,
  LearningModule,
  CertificatesModule,
  EvaluationModule,
  OpendataModule,
];

/** The whole API. The DataSource comes from outside so that main.ts and tests choose it. */
@Module({})
export class AppModule {
  static register(database: { dataSource: DataSource; close: () => Promise<void> }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forDataSource(database.dataSource, database.close),
        // The one source of "now" (tests replace it: see testing/test-app.ts).
        ClockModule,
        // Every route passes the AccessGuard: deny by default (see access/access.guard.ts).
        AccessModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
