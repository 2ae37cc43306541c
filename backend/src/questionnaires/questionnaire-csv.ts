import { PILLAR_LABELS, type Pillar } from '../reference/reference-data';
import { csvRows } from '../rosters/roster-csv';
import type {
  CityQuestionnaireReportDto,
  QuestionnaireResultsDto,
  ReportRowDto,
} from './dto/questionnaire.dto';

/**
 * The questionnaire as CSV for Excel (UTF-8 with BOM, CRLF, formula-guarded cells: csvRows).
 * Totals only — the same figures as the page, under the same threshold; never a row per person.
 */

const percent = (share: number | null) => (share === null ? '' : (share * 100).toFixed(1));

/** A course's results: counts, then one line per option of each question, then the comments. */
export function questionnaireCsv(title: string, results: QuestionnaireResultsDto): string {
  const rows: (string | number | null)[][] = [
    ['講座', title],
    ['招待数', results.invited],
    ['回答数', results.answered],
    ['回答率（%）', percent(results.responseRate)],
  ];
  const summary = results.summary;
  if (!summary) {
    rows.push([
      '集計',
      `回答が${results.minAnswers}件に満たないため、集計は表示されません（匿名性の保護）。`,
    ]);
    return csvRows(rows);
  }
  rows.push(
    ['満足度の平均（1〜5）', summary.satisfactionMean],
    ['満足・とても満足の割合（%）', percent(summary.satisfiedShare)],
    ['役に立った割合（%）', percent(summary.usefulShare)],
    [],
    ['質問', '選択肢', '件数', '割合（%）'],
  );
  for (const distribution of summary.distributions) {
    for (const entry of distribution.entries) {
      rows.push([distribution.question.ja, entry.label.ja, entry.count, percent(entry.share)]);
    }
  }
  for (const text of summary.texts) {
    if (!text.texts.length) continue;
    rows.push([], [text.question.ja]);
    for (const value of text.texts) rows.push(['', value]);
  }
  return csvRows(rows);
}

function reportLine(kind: string, row: ReportRowDto): (string | number | null)[] {
  return [
    kind,
    row.name.ja,
    row.organisation?.ja ?? '',
    row.pillar ? PILLAR_LABELS[row.pillar as Pillar].ja : '',
    row.courses,
    row.coursesCounted,
    row.invited,
    row.answered,
    percent(row.responseRate),
    row.answersCounted,
    row.satisfactionMean,
    percent(row.satisfiedShare),
    percent(row.usefulShare),
  ];
}

/** The city's report of a fiscal year: the total, organisations, pillars, courses. */
export function cityReportCsv(report: CityQuestionnaireReportDto): string {
  return csvRows([
    [
      '区分',
      '名称',
      '主催',
      '基本目標',
      '講座数',
      '集計対象講座数',
      '招待数',
      '回答数',
      '回答率（%）',
      '集計対象回答数',
      '満足度の平均',
      '満足の割合（%）',
      '役に立った割合（%）',
    ],
    reportLine(`${report.fiscalYear}年度 全体`, report.total),
    ...report.byOrganisation.map((row) => reportLine('主催者', row)),
    ...report.byPillar.map((row) => reportLine('基本目標', row)),
    ...report.byCourse.map((row) => reportLine('講座', row)),
  ]);
}
