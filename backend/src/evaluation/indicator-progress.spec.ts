import { milestoneOf, progressOf } from './indicator-progress';

const thresholds = { onTrackPercent: 100, nearlyOnTrackPercent: 80 };
// 生涯学習をしている市民の割合: 40 % in fiscal 2024, 50 % by fiscal 2028 (higher is better).
const share = {
  direction: 'higher' as const,
  baselineFiscalYear: 2024,
  baselineValue: 40,
  targetFiscalYear: 2028,
  targetValue: 50,
};
// Waiting-list cancellations: 200 in fiscal 2024, 100 by fiscal 2028 (lower is better).
const waits = {
  direction: 'lower' as const,
  baselineFiscalYear: 2024,
  baselineValue: 200,
  targetFiscalYear: 2028,
  targetValue: 100,
};

describe('indicator progress (達成率・進捗率・評価)', () => {
  it('draws the milestone as a straight line from baseline to target', () => {
    expect(milestoneOf(share, 2024)).toBe(40);
    expect(milestoneOf(share, 2026)).toBe(45);
    expect(milestoneOf(share, 2028)).toBe(50);
    expect(milestoneOf(share, 2030)).toBe(50);
    expect(milestoneOf(waits, 2025)).toBe(175);
  });

  it('computes achievement rate and progress toward the target', () => {
    expect(progressOf(share, 2028, 48, thresholds)).toMatchObject({
      achievementRate: 96, // 48 ÷ 50
      progress: 80, // (48 − 40) ÷ (50 − 40)
      milestoneProgress: 80,
      grade: 'nearly_on_track',
    });
    // Lower is better: the achievement rate is target ÷ actual.
    expect(progressOf(waits, 2028, 125, thresholds)).toMatchObject({
      achievementRate: 80,
      progress: 75,
      grade: 'needs_effort',
    });
  });

  it('grades a year in flight against its milestone, with the thresholds given', () => {
    // 2026: milestone 45; 45 reached → 100 % → 順調, though only half-way to the target.
    expect(progressOf(share, 2026, 45, thresholds)).toMatchObject({
      progress: 50,
      milestoneProgress: 100,
      grade: 'on_track',
    });
    expect(progressOf(share, 2026, 44, thresholds).grade).toBe('nearly_on_track'); // 80 %
    expect(progressOf(share, 2026, 43.9, thresholds).grade).toBe('needs_effort'); // 78 %
    expect(
      progressOf(share, 2026, 43.9, { onTrackPercent: 90, nearlyOnTrackPercent: 70 }).grade,
    ).toBe('nearly_on_track');
    // Worse than the baseline: negative progress.
    expect(progressOf(share, 2026, 38, thresholds)).toMatchObject({
      progress: -20,
      grade: 'needs_effort',
    });
  });

  it('says 実績なし without a value, and grades nothing in the baseline year', () => {
    expect(progressOf(share, 2026, null, thresholds)).toMatchObject({
      actual: null,
      achievementRate: null,
      grade: 'no_result',
    });
    expect(progressOf(share, 2024, 40, thresholds)).toMatchObject({
      progress: 0,
      milestoneProgress: null,
      grade: null,
    });
  });
});
