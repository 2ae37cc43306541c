import type { Label } from '../reference/reference-data';

/**
 * How an indicator (成果指標) is judged in a fiscal year, the way Japanese evaluation sheets
 * show it. One owner of these rules; indicator-progress.spec.ts checks them.
 *
 * - achievement rate (達成率): actual ÷ target (higher is better), target ÷ actual (lower is
 *   better), as a percentage.
 * - progress (進捗率): (actual − baseline) ÷ (target − baseline) — how far from the baseline
 *   toward the final target, whichever the direction (a negative value: worse than the baseline).
 * - the year's milestone: the straight line from the baseline (its fiscal year) to the target
 *   (its fiscal year); a year after the target keeps the target.
 * - grade (評価): progress toward the year's milestone, (actual − baseline) ÷ (milestone −
 *   baseline), against the thresholds — 順調 at or above `onTrackPercent` (default 100 %),
 *   概ね順調 at or above `nearlyOnTrackPercent` (default 80 %), else 努力を要する; 実績なし
 *   without an actual value. In the target year this is exactly the progress above. The baseline
 *   year itself (or earlier) is not graded (null).
 */

export const GRADES = ['on_track', 'nearly_on_track', 'needs_effort', 'no_result'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, Label> = {
  on_track: { ja: '順調', en: 'On track' },
  nearly_on_track: { ja: '概ね順調', en: 'Nearly on track' },
  needs_effort: { ja: '努力を要する', en: 'Needs effort' },
  no_result: { ja: '実績なし', en: 'No result' },
};

/** The default thresholds (percent of the year's milestone reached). */
export const DEFAULT_THRESHOLDS = { onTrackPercent: 100, nearlyOnTrackPercent: 80 } as const;

export interface IndicatorTerms {
  direction: 'higher' | 'lower';
  baselineFiscalYear: number;
  baselineValue: number;
  targetFiscalYear: number;
  targetValue: number;
}

export interface Thresholds {
  onTrackPercent: number;
  nearlyOnTrackPercent: number;
}

export interface YearProgress {
  fiscalYear: number;
  actual: number | null;
  milestone: number;
  achievementRate: number | null;
  progress: number | null;
  milestoneProgress: number | null;
  grade: Grade | null;
}

export function milestoneOf(terms: IndicatorTerms, fiscalYear: number): number {
  if (fiscalYear <= terms.baselineFiscalYear) return terms.baselineValue;
  if (fiscalYear >= terms.targetFiscalYear) return terms.targetValue;
  const share =
    (fiscalYear - terms.baselineFiscalYear) / (terms.targetFiscalYear - terms.baselineFiscalYear);
  return round(terms.baselineValue + (terms.targetValue - terms.baselineValue) * share, 2);
}

export function progressOf(
  terms: IndicatorTerms,
  fiscalYear: number,
  actual: number | null,
  thresholds: Thresholds,
): YearProgress {
  const milestone = milestoneOf(terms, fiscalYear);
  if (actual === null) {
    return {
      fiscalYear,
      actual,
      milestone,
      achievementRate: null,
      progress: null,
      milestoneProgress: null,
      grade: fiscalYear > terms.baselineFiscalYear ? 'no_result' : null,
    };
  }
  const achievementRate =
    terms.direction === 'higher'
      ? terms.targetValue === 0
        ? null
        : (actual / terms.targetValue) * 100
      : actual === 0
        ? null
        : (terms.targetValue / actual) * 100;
  const progress =
    ((actual - terms.baselineValue) / (terms.targetValue - terms.baselineValue)) * 100;
  const milestoneProgress =
    fiscalYear > terms.baselineFiscalYear
      ? ((actual - terms.baselineValue) / (milestone - terms.baselineValue)) * 100
      : null;
  const grade =
    milestoneProgress === null
      ? null
      : milestoneProgress >= thresholds.onTrackPercent
        ? 'on_track'
        : milestoneProgress >= thresholds.nearlyOnTrackPercent
          ? 'nearly_on_track'
          : 'needs_effort';
  return {
    fiscalYear,
    actual,
    milestone,
    achievementRate: achievementRate === null ? null : round(achievementRate, 1),
    progress: round(progress, 1),
    milestoneProgress: milestoneProgress === null ? null : round(milestoneProgress, 1),
    grade,
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
