import { Module } from '@nestjs/common';
import {
  AdminEvaluationSheetsController,
  OrganiserEvaluationSheetsController,
} from './evaluation-sheets.controller';
import { EvaluationSheetsExport } from './evaluation-sheets.export';
import { EvaluationSheetsRepository } from './evaluation-sheets.repository';
import { EvaluationSheetsService } from './evaluation-sheets.service';
import { EvaluationModule } from '../evaluation/evaluation.module';
import { SheetFiguresSource } from './sheet-figures';

/**
 * The department evaluation sheets (事務事業評価シート): each organisation's own evaluation of a
 * fiscal year, its review by the lifelong-learning section, and the Excel export.
 */
@Module({
  imports: [EvaluationModule],
  controllers: [OrganiserEvaluationSheetsController, AdminEvaluationSheetsController],
  providers: [
    EvaluationSheetsRepository,
    EvaluationSheetsService,
    EvaluationSheetsExport,
    SheetFiguresSource,
  ],
})
export class EvaluationSheetsModule {}
