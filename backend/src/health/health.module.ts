import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthRepository } from './health.repository';
import { Readiness } from './readiness';

@Module({
  controllers: [HealthController],
  providers: [Readiness, HealthRepository],
  exports: [Readiness],
})
export class HealthModule {}
