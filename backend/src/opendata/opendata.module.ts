import { Module } from '@nestjs/common';
import { AppConfigModule } from '../config/app-config.module';
import { CoursesModule } from '../courses/courses.module';
import { CoursePageHeadService } from './course-page-head.service';
import { OpendataController } from './opendata.controller';
import { OpendataRepository } from './opendata.repository';
import { OpendataService } from './opendata.service';

/**
 * The public catalogue as open data and for discovery: the dataset 「イベント一覧」, public calendar
 * feeds, and the server-written head (meta tags, JSON-LD) of each course page.
 */
@Module({
  imports: [AppConfigModule, CoursesModule],
  controllers: [OpendataController],
  providers: [OpendataService, OpendataRepository, CoursePageHeadService],
})
export class OpendataModule {}
