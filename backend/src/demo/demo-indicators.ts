import type { DataSource } from 'typeorm';
import { fiscalYear } from '../common/time/japan-time';
import {
  EvaluationIndicator,
  EvaluationManualValue,
} from '../evaluation/evaluation-indicator.entities';
import type { FigureKey } from '../evaluation/figure-definitions';
import type { FigureFilters } from '../evaluation/fiscal-year-figures.repository';
import {
  type FiscalYearFiguresService,
  figureValue,
} from '../evaluation/fiscal-year-figures.service';

/**
 * The demo's indicators (成果指標) for the five pillars, all marked デモ (is_demo): the plan's
 * summary names its surveys but gives no values, so these are plausible, not the city's.
 *
 * Built around the day the demo is seeded: the baseline is the demo's first fiscal year (two
 * before this one), the target four years after it (the plan's 「おおむね4年後」). A computed
 * indicator's baseline is its figure in that year (read from the summary just rebuilt), its
 * target a plausible rise; a survey's values are entered by hand for the baseline year and the
 * last one, with their source (the 市民意識調査 runs every other year).
 */
interface DemoIndicator {
  nameJa: string;
  nameEn: string;
  pillar: number;
  unitJa: string;
  unitEn: string;
  figure?: { key: FigureKey; filters?: FigureFilters };
  /** Manual: the baseline, the value a year later, and the target. */
  manual?: {
    baseline: number;
    lastYear: number;
    target: number;
    sourceJa: string;
    sourceEn: string;
  };
}

const DEMO_INDICATORS: DemoIndicator[] = [
  {
    nameJa: '講座の実参加者数',
    nameEn: 'Unique participants in courses',
    pillar: 1,
    unitJa: '人',
    unitEn: 'people',
    figure: { key: 'participants' },
  },
  {
    nameJa: '受講後アンケートで「満足」と答えた人の割合',
    nameEn: 'Learners satisfied with their course',
    pillar: 1,
    unitJa: '%',
    unitEn: '%',
    figure: { key: 'satisfaction_rate' },
  },
  {
    nameJa: '学習に関する情報が入手しやすいと感じる市民の割合',
    nameEn: 'Residents who find learning information easy to get',
    pillar: 2,
    unitJa: '%',
    unitEn: '%',
    manual: {
      baseline: 34.2,
      lastYear: 36.8,
      target: 45,
      sourceJa: 'つくば市民意識調査（デモ値）',
      sourceEn: 'Tsukuba citizen survey (demo value)',
    },
  },
  {
    nameJa: '指導者派遣の実施件数',
    nameEn: 'Instructor requests fulfilled',
    pillar: 2,
    unitJa: '件',
    unitEn: 'requests',
    figure: { key: 'instructor_requests_fulfilled' },
  },
  {
    nameJa: '地域交流センターの部屋の利用率',
    nameEn: 'Room use of the community centres',
    pillar: 3,
    unitJa: '%',
    unitEn: '%',
    figure: { key: 'room_use_rate' },
  },
  {
    nameJa: '地域や仲間とつながる講座の実参加者数',
    nameEn: 'Participants in community-building courses',
    pillar: 4,
    unitJa: '人',
    unitEn: 'people',
    figure: { key: 'participants', filters: { pillar: 4 } },
  },
  {
    nameJa: '生涯学習をしている市民の割合',
    nameEn: 'Residents engaged in lifelong learning',
    pillar: 5,
    unitJa: '%',
    unitEn: '%',
    manual: {
      baseline: 41.5,
      lastYear: 43.0,
      target: 50,
      sourceJa: '生涯学習に係る市民意識調査（デモ値）',
      sourceEn: 'Citizen survey on lifelong learning (demo value)',
    },
  },
];

/** Seeds the demo indicators once (when there are none); returns how many. */
export async function seedDemoIndicators(
  dataSource: DataSource,
  figures: FiscalYearFiguresService,
  now: Date,
): Promise<number> {
  const indicators = dataSource.getRepository(EvaluationIndicator);
  if ((await indicators.count()) > 0) return 0;
  const current = fiscalYear(now);
  const baselineYear = current - 2;
  for (const [order, demo] of DEMO_INDICATORS.entries()) {
    const terms = demo.manual
      ? { baselineValue: demo.manual.baseline, targetValue: demo.manual.target }
      : await computedTerms(
          figures,
          baselineYear,
          demo.figure!.key,
          demo.figure!.filters ?? {},
          demo.unitEn,
        );
    const { identifiers } = await indicators.insert({
      nameJa: demo.nameJa,
      nameEn: demo.nameEn,
      pillar: demo.pillar,
      unitJa: demo.unitJa,
      unitEn: demo.unitEn,
      direction: 'higher',
      baselineFiscalYear: baselineYear,
      baselineValue: String(terms.baselineValue),
      targetFiscalYear: baselineYear + 4,
      targetValue: String(terms.targetValue),
      source: demo.manual ? 'manual' : 'figure',
      figureKey: demo.figure?.key ?? null,
      figureFilters: (demo.figure?.filters ?? {}) as Record<string, number>,
      isDemo: true,
      displayOrder: order,
    });
    if (demo.manual) {
      const id = identifiers[0]!['id'] as string;
      const values = dataSource.getRepository(EvaluationManualValue);
      for (const [year, value] of [
        [baselineYear, demo.manual.baseline],
        [current - 1, demo.manual.lastYear],
      ] as const) {
        await values.insert({
          indicatorId: id,
          fiscalYear: year,
          value: String(value),
          sourceJa: demo.manual.sourceJa,
          sourceEn: demo.manual.sourceEn,
          note: 'デモ用の値です / demo value',
          enteredAt: now,
        });
      }
    }
  }
  return DEMO_INDICATORS.length;
}

/** A computed indicator's baseline (its figure then) and a plausible target. */
async function computedTerms(
  figures: FiscalYearFiguresService,
  baselineYear: number,
  key: FigureKey,
  filters: FigureFilters,
  unit: string,
): Promise<{ baselineValue: number; targetValue: number }> {
  const { figures: values } = await figures.figures({ fiscalYear: baselineYear, ...filters });
  const baseline = figureValue(values, key) ?? 0;
  if (unit === '%') {
    // A rate: five points more, at most 100 (and above the baseline whatever it was).
    const target = Math.min(100, Math.round(baseline + 5));
    return { baselineValue: baseline, targetValue: target > baseline ? target : baseline + 1 };
  }
  // A count: a fifth more, at least one more.
  return {
    baselineValue: baseline,
    targetValue: Math.max(baseline + 1, Math.round(baseline * 1.2)),
  };
}
