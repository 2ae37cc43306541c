import type { EvaluationSheet, SheetList } from '../api/api-types';

export const ORGANISATION_ID = '5f0c2a3e-1b2f-4e6d-8c9a-0f1e2d3c4b5a';

export function sheet(overrides: Partial<EvaluationSheet> = {}): EvaluationSheet {
  return {
    organisation: {
      id: ORGANISATION_ID,
      nameJa: 'つくば市 こども課',
      nameEn: "Tsukuba City Children's Division",
      kind: 'city_department',
    },
    fiscalYear: 2025,
    state: 'draft',
    version: 3,
    outcomes: '親子講座を12回開催した。',
    issues: '',
    improvements: '',
    nextYearPlan: '',
    figures: [
      {
        key: 'courses_held',
        labelJa: '実施講座数',
        labelEn: 'Courses held',
        value: 1234,
        unit: 'count',
        definitionJa: '公開または終了した講座のうち、中止でない回が1回以上あるもの。',
        definitionEn: 'Published or finished courses with at least one session not cancelled.',
      },
      {
        key: 'fill_rate',
        labelJa: '定員充足率',
        labelEn: 'Fill rate',
        value: 87.5,
        unit: 'percent',
        definitionJa: '申込者のうち参加が決まった人数を定員で割ったもの。',
        definitionEn: 'Enrolled people divided by seats offered.',
      },
    ],
    figuresAsSubmitted: false,
    figuresAsOf: '2026-05-11T01:00:00Z',
    editable: true,
    actions: ['submit'],
    updatedAt: '2026-05-10T06:30:00Z',
    updatedByName: '筑波 花子',
    history: [],
    ...overrides,
  };
}

export const SECTION_LIST: SheetList = {
  fiscalYear: 2025,
  counts: [
    { state: 'not_started', count: 1 },
    { state: 'draft', count: 0 },
    { state: 'submitted', count: 1 },
    { state: 'returned', count: 0 },
    { state: 'accepted', count: 1 },
  ],
  rows: [
    {
      organisation: {
        id: 'o-1',
        nameJa: 'つくば市 こども課',
        nameEn: "Children's Division",
        kind: 'city_department',
      },
      state: 'submitted',
      updatedAt: '2026-05-10T06:30:00Z',
      submittedAt: '2026-05-10T06:30:00Z',
      courses: 12,
      pillars: [1, 4],
    },
    {
      organisation: {
        id: 'o-2',
        nameJa: 'つくば市 文化財課',
        nameEn: 'Cultural Properties Division',
        kind: 'city_department',
      },
      state: 'not_started',
      updatedAt: null,
      submittedAt: null,
      courses: 0,
      pillars: [],
    },
    {
      organisation: {
        id: 'o-3',
        nameJa: '筑波大学',
        nameEn: 'University of Tsukuba',
        kind: 'university',
      },
      state: 'accepted',
      updatedAt: '2026-05-09T06:30:00Z',
      submittedAt: '2026-05-08T06:30:00Z',
      courses: 5,
      pillars: [5],
    },
  ],
  pillars: [
    {
      pillar: 1,
      ja: '個人の自立に向けた学習機会の提供',
      en: 'Personal independence',
      courses: 12,
      organisations: 1,
      handedIn: 1,
      accepted: 0,
    },
    {
      pillar: 5,
      ja: '生涯学習推進体制の強化',
      en: 'Promotion system',
      courses: 5,
      organisations: 2,
      handedIn: 1,
      accepted: 1,
    },
  ],
};
