import { Module } from '@nestjs/common';
import { RateLimitModule } from '../accounts/security/rate-limit.module';
import { AppConfigModule } from '../config/app-config.module';
import { JobsModule } from '../jobs/jobs.module';
import { IssuerKeys } from './badges/issuer-keys';
import { CertificatesController } from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';
import { CompletionJobs } from './completion-jobs';
import { CompletionRepository } from './completion.repository';
import { CompletionService } from './completion.service';
import { VerificationController } from './verification.controller';

/** Completion (修了) and certificates (修了証): the decision, the PDF, the badge, verification. */
@Module({
  imports: [AppConfigModule, JobsModule, RateLimitModule],
  controllers: [CertificatesController, VerificationController],
  providers: [
    CompletionRepository,
    CompletionService,
    CompletionJobs,
    IssuerKeys,
    CertificatesRepository,
    CertificatesService,
  ],
  exports: [CompletionService, IssuerKeys],
})
export class CertificatesModule {}
