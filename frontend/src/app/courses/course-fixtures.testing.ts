import type { CourseDetail, CourseSummary, Reference } from '../api/api-types';

/** Test data shaped like the API's answers. Used by specs only. */
export const FACILITY_ID = '0b6f2c7e-5d1a-4c3b-9e8f-7a6b5c4d3e2f';

export function courseSummary(overrides: Partial<CourseSummary> = {}): CourseSummary {
  return {
    id: '9d7c5a3e-1b2f-4e6d-8c9a-0f1e2d3c4b5a',
    titleJa: 'はじめての英会話',
    titleEn: 'First steps in English conversation',
    summaryJa: '旅行や日常で使える英会話を楽しく学びます。',
    summaryEn: 'Enjoy learning English for travel and everyday life.',
    lifeStages: ['career', 'seniors'],
    category: 'languages_international',
    pillar: 1,
    feeYen: 500,
    childcareOffered: true,
    bookingRule: 'lottery',
    audience: 'residents_first',
    capacity: 20,
    seatsLeft: 4,
    targetAgeMin: 18,
    targetAgeMax: null,
    sessionCount: 2,
    firstSessionStartsAt: '2026-12-03T01:00:00.000Z',
    nextSessionStartsAt: '2026-12-03T01:00:00.000Z',
    lastSessionEndsAt: '2026-12-10T03:00:00.000Z',
    facility: { id: FACILITY_ID, nameJa: '谷田部交流センター', nameEn: 'Yatabe Community Centre' },
    organisation: {
      id: '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716',
      nameJa: '生涯学習推進課',
      nameEn: 'Lifelong Learning Promotion Division',
      kind: 'city_department',
    },
    status: 'published',
    applicationState: 'lotteryOpen',
    applicationOpensAt: '2026-11-01T00:00:00.000Z',
    applicationClosesAt: '2026-11-20T08:00:00.000Z',
    imageUrl: null,
    imageAltJa: '',
    imageAltEn: '',
    ...overrides,
  };
}

export function courseDetail(overrides: Partial<CourseDetail> = {}): CourseDetail {
  const summary = courseSummary();
  return {
    ...summary,
    descriptionJa: '英語で自己紹介や買い物の会話を練習します。\n初心者歓迎です。',
    descriptionEn: 'Practise introducing yourself and shopping in English.\nBeginners welcome.',
    whatToBringJa: '筆記用具',
    whatToBringEn: 'Something to write with',
    instructorNamesJa: '山田 花子',
    instructorNamesEn: 'Hanako Yamada',
    instructors: [],
    applicationOpensAt: '2026-11-01T00:00:00.000Z',
    applicationClosesAt: '2026-11-20T08:00:00.000Z',
    publishedAt: '2026-10-15T00:00:00.000Z',
    guardianRule: 'none',
    priorityProjects: ['partner_network', 'life_stage_learning'],
    maxAttendees: 1,
    payment: null,
    completion: { rule: 'two_thirds', countsLate: true, sessions: 3, requiredSessions: 2 },
    sessions: [
      {
        id: 's1',
        startsAt: '2026-12-03T01:00:00.000Z',
        endsAt: '2026-12-03T03:00:00.000Z',
        room: { id: 'r1', nameJa: '研修室1', nameEn: 'Seminar room 1', capacity: 30 },
        facility: {
          id: FACILITY_ID,
          nameJa: '谷田部交流センター',
          nameEn: 'Yatabe Community Centre',
          addressJa: 'つくば市谷田部1',
          addressEn: '1 Yatabe, Tsukuba',
        },
      },
      {
        id: 's2',
        startsAt: '2026-12-10T01:00:00.000Z',
        endsAt: '2026-12-10T03:00:00.000Z',
        room: { id: 'r1', nameJa: '研修室1', nameEn: 'Seminar room 1', capacity: 30 },
        facility: {
          id: FACILITY_ID,
          nameJa: '谷田部交流センター',
          nameEn: 'Yatabe Community Centre',
          addressJa: 'つくば市谷田部1',
          addressEn: '1 Yatabe, Tsukuba',
        },
      },
    ],
    organisation: {
      ...summary.organisation,
      websiteUrl: 'https://www.city.tsukuba.lg.jp/',
      phone: '029-883-1111',
    },
    ...overrides,
  };
}

export const REFERENCE: Reference = {
  lifeStages: [
    { code: 'parenting', ja: '子育て世代', en: 'Parenting' },
    { code: 'career', ja: '仕事・キャリア', en: 'Work & career' },
    { code: 'seniors', ja: 'シニア', en: 'Seniors' },
  ],
  categories: [
    {
      code: 'languages_international',
      ja: '語学・国際交流',
      en: 'Languages & international exchange',
    },
  ],
  pillars: [{ number: 1, ja: '個人の自立に向けた学習機会の提供', en: 'Learning opportunities' }],
  basicPolicies: [
    {
      number: 1,
      ja: '市民の自主性・主体性の尊重',
      en: "Respecting citizens' independence and initiative",
      aimJa: '個人や地域住民の自立に向けた意識（自助）を高める',
      aimEn: 'Raising awareness of self-reliance',
    },
  ],
  priorityProjects: [
    {
      code: 'life_stage_learning',
      ja: 'ライフステージに応じた学習機会の提供',
      en: 'Providing learning opportunities suited to each life stage',
    },
    {
      code: 'partner_network',
      ja: '多様な主体とのネットワーク行政の推進',
      en: 'Promoting networked administration with diverse partners',
    },
  ],
  timesOfDay: [{ code: 'morning', ja: '午前（12時まで）', en: 'Morning (before noon)' }],
  audiences: [
    { code: 'residents_first', ja: '市内在住・在勤・在学の方を優先', en: 'Residents first' },
  ],
  bookingRules: [
    { code: 'first_come', ja: '先着順', en: 'First come, first served' },
    { code: 'lottery', ja: '抽選', en: 'Lottery' },
  ],
  guardianRules: [
    { code: 'none', ja: '指定なし', en: 'No rule for guardians' },
    {
      code: 'children_alone',
      ja: '付き添い不可（お子さんのみ）',
      en: 'Children only (no guardians)',
    },
  ],
  paymentMethods: [
    { code: 'at_door', ja: '当日会場で支払い', en: 'Paid at the door on the day' },
    { code: 'in_advance', ja: '事前に支払い', en: 'Paid in advance' },
  ],
  organisationKinds: [{ code: 'city_department', ja: '市の担当課', en: 'City department' }],
  facilityKinds: [{ code: 'community_centre', ja: '地域交流センター', en: 'Community centre' }],
  roomEquipment: [{ code: 'projector', ja: 'プロジェクター', en: 'Projector' }],
  accountLinkHours: { verifyEmail: 72, resetPassword: 1, changeEmail: 24 },
};
