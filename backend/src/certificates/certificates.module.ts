import { Module } from '@nestjs/common';
import { AppConfigModule } from '../config/app-config.module';
import { JobsModule } from '../jobs/jobs.module';
import { CompletionJobs } from './completion-jobs';
import { CompletionRepository } from './completion.repository';
import { CompletionService } from './completion.service';

/** Completion (修了) and certificates (修了証): the decision, the PDF, the badge, verification. */
@Module({
  imports: [AppConfigModule, JobsModule],
  providers: [CompletionRepository, CompletionService, CompletionJobs],
  exports: [CompletionService],
})
export class CertificatesModule {}
