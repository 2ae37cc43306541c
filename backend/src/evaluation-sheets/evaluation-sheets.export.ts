import { Injectable } from '@nestjs/common';
import type { EvaluationSheetDto } from './dto/evaluation-sheet.dto';
import { EvaluationSheetsService } from './evaluation-sheets.service';
import { rollUpWorkbook, singleSheetWorkbook } from './sheet-workbook';

export interface WorkbookFile {
  body: Buffer;
  ascii: string;
  utf8: string;
}

/** The sheets as Excel files, named so that a folder of downloads sorts by year. */
@Injectable()
export class EvaluationSheetsExport {
  constructor(private readonly sheets: EvaluationSheetsService) {}

  async single(sheet: EvaluationSheetDto): Promise<WorkbookFile> {
    return {
      body: await singleSheetWorkbook(sheet),
      ascii: `evaluation-sheet-${sheet.fiscalYear}-${sheet.organisation.id}.xlsx`,
      utf8: `${sheet.fiscalYear}年度_事務事業評価シート_${sheet.organisation.nameJa}.xlsx`,
    };
  }

  /** Every organisation of the fiscal year in one workbook; a worksheet for each sheet begun. */
  async rollUp(fiscalYear?: number): Promise<WorkbookFile> {
    const list = await this.sheets.sectionList(fiscalYear);
    const begun = list.rows.filter((row) => row.state !== 'not_started');
    const sheets: EvaluationSheetDto[] = [];
    for (const row of begun) {
      sheets.push(await this.sheets.sectionSheet(row.organisation.id, list.fiscalYear));
    }
    return {
      body: await rollUpWorkbook(list, sheets),
      ascii: `evaluation-sheets-${list.fiscalYear}.xlsx`,
      utf8: `${list.fiscalYear}年度_事務事業評価シート_一覧.xlsx`,
    };
  }
}
