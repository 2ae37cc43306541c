import { Module } from '@nestjs/common';
import { AppConfigModule } from '../config/app-config.module';
import { JobsService } from './jobs.service';

/** The job runner (pg-boss): one per process, shared by every feature that imports it. */
@Module({
  imports: [AppConfigModule],
  providers: [JobsService],
  exports: [JobsService],
})
export class JobsModule {}
