import { LIFE_STAGE_LABELS, PILLAR_LABELS } from '../reference/reference-data';
import { contentDisposition, csvRows } from '../rosters/roster-csv';
import type { LearningOutcome, LearningRecordDto } from './dto/learning-record.dto';

const OUTCOME_JA: Record<LearningOutcome, string> = { completed: '修了', attended: '参加' };

const HEADER = [
  '年度',
  '氏名',
  '講座名',
  '主催',
  '施策の柱',
  'ライフステージ',
  '初回',
  '最終回',
  '出席回数',
  '開催回数',
  '学習時間（時間）',
  '結果',
  '修了証番号',
];

/** Minutes as hours with at most one decimal, as people write them: 90 → 1.5, 120 → 2. */
export function hoursOf(minutes: number): string {
  return String(Math.round(minutes / 6) / 10);
}

/**
 * A learning record as a CSV file for Excel (the roster's conventions: UTF-8 with a BOM, CRLF,
 * RFC 4180 quoting, formula-guarded cells): one line per person and course, Japanese headers,
 * then one total line per person.
 */
export function learningRecordCsv(record: LearningRecordDto): string {
  const year = `${record.fiscalYear}年度`;
  const lines: (string | number)[][] = [HEADER];
  for (const { person, courses, totals } of record.people) {
    for (const course of courses) {
      lines.push([
        year,
        person.name,
        course.titleJa,
        course.organisationNameJa,
        `${course.pillar} ${PILLAR_LABELS[course.pillar].ja}`,
        course.lifeStages.map((stage) => LIFE_STAGE_LABELS[stage].ja).join('・'),
        course.firstDate,
        course.lastDate,
        course.sessionsAttended,
        course.sessionsHeld,
        hoursOf(course.minutes),
        OUTCOME_JA[course.outcome],
        course.certificate
          ? `${course.certificate.number}${course.certificate.status === 'revoked' ? '（取消）' : ''}`
          : '',
      ]);
    }
    lines.push([
      year,
      person.name,
      `合計（${totals.coursesAttended}講座、うち修了${totals.coursesCompleted}）`,
      '',
      '',
      '',
      '',
      '',
      totals.sessionsAttended,
      '',
      hoursOf(totals.minutes),
      '',
      '',
    ]);
  }
  return csvRows(lines);
}

/** learning-record-2026.csv, and 学びの記録-2026年度.csv for browsers that read filename*. */
export function learningRecordDisposition(fiscalYear: number): string {
  return contentDisposition({
    ascii: `learning-record-${fiscalYear}.csv`,
    utf8: `学びの記録-${fiscalYear}年度.csv`,
  });
}
