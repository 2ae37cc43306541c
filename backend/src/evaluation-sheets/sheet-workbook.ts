import ExcelJS from 'exceljs';
import { ORGANISATION_KIND_LABELS } from '../reference/reference-data';
import type { EvaluationSheetDto, FigureUnit, SheetListDto } from './dto/evaluation-sheet.dto';
import type { ListedSheetState, SheetAction } from './sheet-workflow';

/**
 * The evaluation sheets as an Excel workbook (.xlsx, written by ExcelJS): Japanese headers,
 * numbers as numbers with the formats Excel users expect (#,##0; 0.0%), dates as Japan time,
 * A4 portrait page set-up so a printed sheet fits the width of the page.
 */

export const SHEET_STATE_LABELS_JA: Record<ListedSheetState, string> = {
  not_started: '未着手',
  draft: '作成中',
  submitted: '提出済み',
  returned: '差戻し',
  accepted: '確認済み',
};

const ACTION_LABELS_JA: Record<SheetAction, string> = {
  submit: '提出',
  return: '差戻し',
  accept: '確認',
};

export const NUMBER_FORMATS: Record<FigureUnit, string> = {
  count: '#,##0',
  percent: '0.0%',
  ratio: '0.00',
};

/** A figure as an Excel number: a percentage (0–100) becomes the fraction Excel's % shows. */
function excelValue(value: number | null, unit: FigureUnit): number | null {
  return value === null ? null : unit === 'percent' ? value / 100 : value;
}

const DATE_TIME_FORMAT = 'yyyy/mm/dd hh:mm';
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

/** An instant as the Japan wall time Excel shows (Excel cells carry no time zone). */
export function excelJapanTime(instant: string | null): Date | null {
  return instant ? new Date(new Date(instant).getTime() + JAPAN_OFFSET_MS) : null;
}

/** A worksheet name: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function worksheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '・').slice(0, 28);
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}(${n})`;
  taken.add(candidate);
  return candidate;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
  });
}

function a4(worksheet: ExcelJS.Worksheet, landscape = false): void {
  worksheet.pageSetup = {
    paperSize: 9, // A4
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
}

/** One organisation's sheet on its own worksheet. */
function addSheet(workbook: ExcelJS.Workbook, sheet: EvaluationSheetDto, name: string): void {
  const ws = workbook.addWorksheet(name);
  a4(ws);
  ws.columns = [{ width: 26 }, { width: 16 }, { width: 12 }, { width: 60 }];
  ws.addRow([`${sheet.fiscalYear}年度 事務事業評価シート`]).font = { bold: true, size: 14 };
  ws.addRow(['団体名', sheet.organisation.nameJa]);
  ws.addRow(['種別', ORGANISATION_KIND_LABELS[sheet.organisation.kind].ja]);
  ws.addRow(['状態', SHEET_STATE_LABELS_JA[sheet.state]]);
  const updated = ws.addRow([
    '最終更新',
    excelJapanTime(sheet.updatedAt),
    sheet.updatedByName ?? '',
  ]);
  updated.getCell(2).numFmt = DATE_TIME_FORMAT;
  ws.addRow([]);

  ws.addRow([sheet.figuresAsSubmitted ? '実績（提出時点）' : '実績（現時点）']).font = {
    bold: true,
  };
  styleHeader(ws.addRow(['指標', '値', '単位', '定義']));
  for (const figure of sheet.figures) {
    const row = ws.addRow([
      figure.labelJa,
      excelValue(figure.value, figure.unit),
      { count: '', percent: '%', ratio: '倍' }[figure.unit],
      figure.definitionJa,
    ]);
    row.getCell(2).numFmt = NUMBER_FORMATS[figure.unit];
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);

  ws.addRow(['自己評価']).font = { bold: true };
  for (const [label, text] of [
    ['成果', sheet.outcomes],
    ['課題', sheet.issues],
    ['改善策', sheet.improvements],
    ['次年度の取組（改善）', sheet.nextYearPlan],
  ] as const) {
    const row = ws.addRow([label, text]);
    ws.mergeCells(row.number, 2, row.number, 4);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: 'top' };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.height = Math.min(
      400,
      18 * Math.max(2, Math.ceil(text.length / 45) + text.split('\n').length),
    );
  }
  ws.addRow([]);

  ws.addRow(['履歴']).font = { bold: true };
  styleHeader(ws.addRow(['日時', '操作', '担当者', 'コメント']));
  for (const event of sheet.history) {
    const row = ws.addRow([
      excelJapanTime(event.at),
      ACTION_LABELS_JA[event.action],
      event.actorName ?? '（削除されたアカウント）',
      event.comment,
    ]);
    row.getCell(1).numFmt = DATE_TIME_FORMAT;
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
  }
}

export async function singleSheetWorkbook(sheet: EvaluationSheetDto): Promise<Buffer> {
  const workbook = newWorkbook();
  addSheet(workbook, sheet, worksheetName(sheet.organisation.nameJa, new Set()));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The section's workbook for a fiscal year: 「一覧」 (every organisation and its state),
 * 「柱別」 (the roll-up by pillar), then one worksheet per organisation that has a sheet.
 */
export async function rollUpWorkbook(
  list: SheetListDto,
  sheets: EvaluationSheetDto[],
): Promise<Buffer> {
  const workbook = newWorkbook();
  const taken = new Set<string>(['一覧', '柱別']);

  const overview = workbook.addWorksheet('一覧', { views: [{ state: 'frozen', ySplit: 2 }] });
  a4(overview, true);
  overview.columns = [
    { width: 40 },
    { width: 14 },
    { width: 12 },
    { width: 12 },
    { width: 16 },
    { width: 18 },
    { width: 18 },
  ];
  overview.addRow([`${list.fiscalYear}年度 事務事業評価シート 提出状況`]).font = {
    bold: true,
    size: 14,
  };
  styleHeader(
    overview.addRow(['団体名', '種別', '状態', '実施講座数', '施策の柱', '提出日時', '最終更新']),
  );
  for (const row of list.rows) {
    const added = overview.addRow([
      row.organisation.nameJa,
      ORGANISATION_KIND_LABELS[row.organisation.kind].ja,
      SHEET_STATE_LABELS_JA[row.state],
      row.courses,
      row.pillars.join('・'),
      excelJapanTime(row.submittedAt),
      excelJapanTime(row.updatedAt),
    ]);
    added.getCell(4).numFmt = NUMBER_FORMATS.count;
    added.getCell(6).numFmt = DATE_TIME_FORMAT;
    added.getCell(7).numFmt = DATE_TIME_FORMAT;
  }
  overview.autoFilter = {
    from: { row: 2, column: 1 },
    to: { row: 2 + list.rows.length, column: 7 },
  };

  const pillars = workbook.addWorksheet('柱別');
  a4(pillars, true);
  pillars.columns = [
    { width: 8 },
    { width: 44 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
  ];
  pillars.addRow([`${list.fiscalYear}年度 施策の柱別 集計`]).font = { bold: true, size: 14 };
  styleHeader(
    pillars.addRow([
      '柱',
      '施策の柱',
      '実施講座数',
      '実施団体数',
      '提出済み',
      '確認済み',
      '提出率',
    ]),
  );
  for (const pillar of list.pillars) {
    const row = pillars.addRow([
      pillar.pillar,
      pillar.ja,
      pillar.courses,
      pillar.organisations,
      pillar.handedIn,
      pillar.accepted,
      pillar.organisations ? pillar.handedIn / pillar.organisations : null,
    ]);
    for (const column of [3, 4, 5, 6]) row.getCell(column).numFmt = NUMBER_FORMATS.count;
    row.getCell(7).numFmt = NUMBER_FORMATS.percent;
  }

  for (const sheet of sheets)
    addSheet(workbook, sheet, worksheetName(sheet.organisation.nameJa, taken));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tsumugu';
  return workbook;
}
