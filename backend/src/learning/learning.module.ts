import { Module } from '@nestjs/common';
import { LearningController } from './learning.controller';
import { LearningRecordRepository } from './learning-record.repository';
import { LearningService } from './learning.service';

/** The learning record (学びの記録): what a person and their family attended and completed. */
@Module({
  controllers: [LearningController],
  providers: [LearningRecordRepository, LearningService],
  exports: [LearningService],
})
export class LearningModule {}
