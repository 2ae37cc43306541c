import { lotteryJa, type LotteryKey } from './lottery-messages';
import {
  outcomeLabel,
  prioritiesLabel,
  resultRows,
  stateTexts,
  waitingPlaces,
} from './lottery-view';
import type { LotteryResult } from './lottery-api';

const t = (key: LotteryKey, params: Record<string, string | number> = {}) =>
  lotteryJa[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));

const result = (
  rank: number,
  entryId: string,
  outcome: LotteryResult['outcome'],
  partySize = 1,
): LotteryResult => ({
  rank,
  entryId,
  outcome,
  partySize,
  priorityGroup: 0,
  queuePosition: outcome === 'won' ? null : rank,
});

describe('lottery view', () => {
  const results = [
    result(1, 'aaa', 'won', 2),
    result(2, 'bbb', 'waitlisted', 3),
    result(3, 'ccc', 'won'),
    result(4, 'ddd', 'waitlisted'),
  ];

  it('tells a waiting entry its place in line, not its drawn rank', () => {
    expect([...waitingPlaces(results)]).toEqual([
      ['bbb', 1],
      ['ddd', 2],
    ]);
    const rows = resultRows(results, 'ddd', t);
    expect(rows.map((row) => row.outcome)).toEqual([
      '当選',
      'キャンセル待ち 1番目',
      '当選',
      'キャンセル待ち 2番目',
    ]);
    expect(rows.map((row) => row.yours)).toEqual([false, false, false, true]);
    expect(rows[1].party).toBe('3人');
  });

  it('names no outcome before the draw, and the priorities in order of precedence', () => {
    expect(outcomeLabel(null, null, t)).toBe('—');
    expect(prioritiesLabel([], t)).toBe('なし（全員同じ条件で抽選）');
    expect(prioritiesLabel(['first_time', 'residents'], t)).toBe(
      '初めての方（終了した講座の受講歴がない方） → 市内在住・在勤・在学の方',
    );
  });

  it('explains each state', () => {
    expect(stateTexts('accepting', t).badge).toBe('申込受付中');
    expect(stateTexts('accepting', t).lead).toContain('コミットメント');
    expect(stateTexts('drawn', t).lead).toContain('再現');
    expect(stateTexts('cancelled', t).lead).toContain('中止');
  });
});
