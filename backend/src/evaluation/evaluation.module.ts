import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { EvaluationSummaryRepository } from './evaluation-summary.repository';
import { EvaluationSummaryService } from './evaluation-summary.service';
import { EvaluationController } from './evaluation.controller';
import { EvaluationService } from './evaluation.service';
import { IndicatorsService } from './indicators.service';
import { FiscalYearFiguresRepository } from './fiscal-year-figures.repository';
import { FiscalYearFiguresService } from './fiscal-year-figures.service';

/**
 * The plan's evaluation: the figures per fiscal year (FiscalYearFiguresService, read from
 * summary tables kept by EvaluationSummaryService), the indicators and their targets, and the
 * city's dashboard API. Other features (the department evaluation sheets) import this module
 * and inject FiscalYearFiguresService.
 */
@Module({
  imports: [JobsModule],
  controllers: [EvaluationController],
  providers: [
    EvaluationService,
    IndicatorsService,
    EvaluationSummaryRepository,
    EvaluationSummaryService,
    FiscalYearFiguresRepository,
    FiscalYearFiguresService,
  ],
  exports: [FiscalYearFiguresService, EvaluationSummaryService],
})
export class EvaluationModule {}
