import type { LearningRecordDto } from './dto/learning-record.dto';
import { hoursOf, learningRecordCsv, learningRecordDisposition } from './learning-csv';

describe('the learning record as CSV', () => {
  const zero = { coursesCompleted: 0, coursesAttended: 0, sessionsAttended: 0, minutes: 0 };
  const record: LearningRecordDto = {
    fiscalYear: 2026,
    fiscalYears: [2026],
    totals: { coursesCompleted: 1, coursesAttended: 1, sessionsAttended: 2, minutes: 180 },
    people: [
      {
        person: { key: 'self', kind: 'self', name: '筑波 花子', relationship: null },
        totals: { coursesCompleted: 1, coursesAttended: 1, sessionsAttended: 2, minutes: 180 },
        byPillar: [],
        byLifeStage: [],
        courses: [
          {
            courseId: '00000000-0000-4000-8000-000000000001',
            titleJa: '=スマホ教室, "はじめて"',
            titleEn: 'Smartphones',
            organisationNameJa: '生涯学習推進課',
            organisationNameEn: 'Lifelong Learning Division',
            pillar: 1,
            lifeStages: ['seniors', 'all_ages'],
            firstDate: '2026-11-04',
            lastDate: '2026-11-11',
            sessionsAttended: 2,
            sessionsHeld: 3,
            minutes: 180,
            outcome: 'completed',
            certificate: { number: 'TSU-2026-7KQM-3XPA', status: 'valid' },
          },
        ],
      },
      {
        person: { key: 'x', kind: 'family_member', name: '筑波 はる', relationship: 'child' },
        totals: zero,
        byPillar: [],
        byLifeStage: [],
        courses: [],
      },
    ],
  };

  it('writes hours with at most one decimal', () => {
    expect([hoursOf(0), hoursOf(90), hoursOf(120), hoursOf(100)]).toEqual(['0', '1.5', '2', '1.7']);
  });

  it('opens in Excel: BOM, CRLF, Japanese headers, quoted and formula-guarded cells, totals', () => {
    const csv = learningRecordCsv(record);
    expect(csv.startsWith('\uFEFF年度,氏名,講座名,主催,施策の柱,ライフステージ,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(5); // header, one course, two totals, the final CRLF
    expect(lines[1]).toBe(
      `2026年度,筑波 花子,"'=スマホ教室, ""はじめて""",生涯学習推進課,1 個人の自立に向けた学習機会の提供,シニア・すべての世代,2026-11-04,2026-11-11,2,3,3,修了,TSU-2026-7KQM-3XPA`,
    );
    expect(lines[2]).toBe('2026年度,筑波 花子,合計（1講座、うち修了1）,,,,,,2,,3,,');
    expect(lines[3]).toBe('2026年度,筑波 はる,合計（0講座、うち修了0）,,,,,,0,,0,,');
  });

  it('names the file by fiscal year, in Japanese for browsers that read filename*', () => {
    expect(learningRecordDisposition(2026)).toBe(
      `attachment; filename="learning-record-2026.csv"; filename*=UTF-8''${encodeURIComponent('学びの記録-2026年度.csv')}`,
    );
  });
});
