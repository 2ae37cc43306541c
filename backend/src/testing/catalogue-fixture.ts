import { addDays, japanDate, japanWeekday } from '../common/time/japan-time';
import type { SeedCourse, SeedFacility, SeedPlan, SeedSession } from '../demo/seed-plan';

/**
 * A small catalogue whose every row a test can reason about. Dates are relative to the real
 * clock: "week 1" is a Monday–Sunday week starting 7 to 13 days from today (Japan time), so
 * the courses stay upcoming whenever the tests run, and weekdays and local times are exact.
 * Facilities close from 29 December to 3 January (no room can be reserved then), so the weeks
 * used are moved on, or back for the past one, until none of their days falls in that period.
 */
const DAY_MS = 24 * 3600_000;
const today = japanDate(new Date());
const todayWeekday = japanWeekday(today); // 0 = Sunday
const FUTURE_WEEKS = [1, 2, 3];

function dateAt(offsetDays: number): string {
  return addDays(today, offsetDays);
}

function weekTouchesYearEnd(mondayOffset: number): boolean {
  return Array.from({ length: 7 }, (_, day) => dateAt(mondayOffset + day).slice(5)).some(
    (monthDay) => monthDay >= '12-29' || monthDay <= '01-03',
  );
}

let daysToMonday = ((8 - todayWeekday) % 7) + 7; // 7..13
while (FUTURE_WEEKS.some((week) => weekTouchesYearEnd(daysToMonday + (week - 1) * 7))) {
  daysToMonday += 7;
}

/** A week wholly in the past (at least a week ago) and outside the year-end closure. */
export const PAST_WEEK = (() => {
  let week = -4;
  const monday = (candidate: number) => daysToMonday + (candidate - 1) * 7;
  while (monday(week) + 6 > -7 || weekTouchesYearEnd(monday(week))) week -= 1;
  return week;
})();

/** The Japanese date of a weekday (0 = Sunday … 6 = Saturday) in week 1, 2, 3 or PAST_WEEK. */
export function fixtureDate(week: number, weekday: number): string {
  return dateAt(daysToMonday + (week - 1) * 7 + ((weekday + 6) % 7));
}

function session(
  week: number,
  weekday: number,
  from: string,
  to: string,
  facilityKey: string,
  roomKey: string,
): SeedSession {
  const date = fixtureDate(week, weekday);
  return {
    startsAt: `${date}T${from}:00+09:00`,
    endsAt: `${date}T${to}:00+09:00`,
    facilityKey,
    roomKey,
  };
}

const FACILITIES: SeedFacility[] = [
  {
    key: 'capio',
    kind: 'cultural_hall',
    nameJa: 'つくばカピオ',
    nameEn: 'Tsukuba Capio',
    postalCode: '305-0031',
    addressJa: 'つくば市竹園1-10-1',
    addressEn: '1-10-1 Takezono, Tsukuba',
    phone: '029-851-2886',
    latitude: 36.0826,
    longitude: 140.1116,
    accessJa: 'つくば駅から徒歩10分',
    accessEn: '10 minutes on foot from Tsukuba Station',
    parkingJa: '有料駐車場あり',
    parkingEn: 'Paid parking',
    opensAt: '09:00',
    closesAt: '22:00',
    closedNoteJa: '毎月第2月曜日',
    closedNoteEn: 'Second Monday of each month',
    rooms: [
      {
        key: 'hall',
        nameJa: 'ホール',
        nameEn: 'Hall',
        capacity: 300,
        feePer30MinYen: 3000,
        equipment: ['microphone', 'sound_system', 'projector', 'screen'],
        wheelchairAccessible: true,
        hearingLoop: true,
        floor: 1,
      },
    ],
  },
  {
    key: 'azuma',
    kind: 'community_centre',
    nameJa: '吾妻交流センター',
    nameEn: 'Azuma Community Centre',
    postalCode: '305-0031',
    addressJa: 'つくば市吾妻1-10-1',
    addressEn: '1-10-1 Azuma, Tsukuba',
    phone: '029-851-0001',
    latitude: 36.0835,
    longitude: 140.1114,
    accessJa: 'つくば駅から徒歩5分',
    accessEn: '5 minutes on foot from Tsukuba Station',
    parkingJa: '20台',
    parkingEn: '20 spaces',
    opensAt: '09:00',
    closesAt: '21:30',
    closedNoteJa: '12月29日〜1月3日',
    closedNoteEn: '29 December to 3 January',
    rooms: [
      {
        key: 'kitchen',
        nameJa: '調理室',
        nameEn: 'Kitchen',
        capacity: 24,
        feePer30MinYen: 300,
        equipment: ['kitchen', 'sink'],
        wheelchairAccessible: true,
        hearingLoop: false,
        floor: 1,
      },
      {
        key: 'washitsu',
        nameJa: '和室',
        nameEn: 'Tatami room',
        capacity: 20,
        feePer30MinYen: 200,
        equipment: ['tatami'],
        wheelchairAccessible: false,
        hearingLoop: false,
        floor: 2,
      },
    ],
  },
  {
    key: 'oho',
    kind: 'community_centre',
    nameJa: '大穂交流センター',
    nameEn: 'Oho Community Centre',
    postalCode: '300-3257',
    addressJa: 'つくば市筑穂1-10-4',
    addressEn: '1-10-4 Tsukuho, Tsukuba',
    phone: '029-864-0001',
    latitude: 36.1385,
    longitude: 140.1047,
    accessJa: 'つくバス 大穂窓口センター下車',
    accessEn: 'Tsukubus to Oho Service Centre',
    parkingJa: '50台',
    parkingEn: '50 spaces',
    opensAt: '09:00',
    closesAt: '21:30',
    closedNoteJa: '12月29日〜1月3日',
    closedNoteEn: '29 December to 3 January',
    rooms: [
      {
        key: 'meeting',
        nameJa: '会議室',
        nameEn: 'Meeting room',
        capacity: 30,
        feePer30MinYen: 250,
        equipment: ['whiteboard', 'wifi'],
        wheelchairAccessible: true,
        hearingLoop: false,
        floor: 1,
      },
    ],
  },
];

const base = {
  descriptionEn: '',
  whatToBringJa: '筆記用具',
  whatToBringEn: 'Something to write with',
  instructorNamesJa: '',
  instructorNamesEn: '',
  audience: 'everyone',
  bookingRule: 'first_come',
  targetAgeMin: null,
  targetAgeMax: null,
  childcareOffered: false,
  feeYen: 0,
  capacity: 20,
  bookedCount: 0,
} satisfies Partial<SeedCourse>;

/** Published a day apart so that "newest" has a clear order: later in the list = newer. */
function publishedAt(order: number): string {
  return new Date(Date.parse(`${today}T09:00:00+09:00`) - (30 - order) * DAY_MS).toISOString();
}

/**
 * Applications open when the course is published (or earlier, for the course in the past) and
 * close the day before its first session.
 */
function course(
  fields: Omit<
    SeedCourse,
    'applicationClosesAt' | 'publishedAt' | 'applicationOpensAt' | 'status'
  > & {
    order: number;
  },
): SeedCourse {
  const { order, ...rest } = fields;
  const closes = Date.parse(rest.sessions[0].startsAt) - DAY_MS;
  const published = publishedAt(order);
  const opens = Math.min(Date.parse(published), closes - 7 * DAY_MS);
  return {
    ...rest,
    status: 'published',
    publishedAt: published,
    applicationOpensAt: new Date(opens).toISOString(),
    applicationClosesAt: new Date(closes).toISOString(),
  };
}

export const FIXTURE_COURSES = {
  parenting: course({
    ...base,
    order: 1,
    key: 'parenting',
    organisationKey: 'kosodate',
    titleJa: '子育て支援講座 〜親子でふれあい遊び〜',
    titleKana: 'コソダテシエンコウザ オヤコデフレアイアソビ',
    titleEn: 'Parenting support: play together',
    summaryJa: '0〜3歳の親子で、手遊びとふれあい遊びを楽しみます。',
    summaryEn: 'Songs and games for parents with children aged 0 to 3.',
    descriptionJa: '保育士と一緒に、家庭でできる遊びを学びます。',
    lifeStages: ['parenting'],
    category: 'parenting_family',
    pillar: 1,
    targetAgeMin: 0,
    targetAgeMax: 3,
    childcareOffered: true,
    capacity: 15,
    bookedCount: 5,
    sessions: [
      session(1, 1, '10:00', '11:30', 'azuma', 'washitsu'),
      session(2, 1, '10:00', '11:30', 'azuma', 'washitsu'),
    ],
  }),
  smartphone: course({
    ...base,
    order: 2,
    key: 'smartphone',
    organisationKey: 'kosodate',
    titleJa: 'シニアのためのスマホ教室',
    titleKana: 'シニアノタメノスマホキョウシツ',
    titleEn: 'Smartphone class for seniors',
    summaryJa: '電話、写真、LINEの基本を少人数で。',
    summaryEn: 'Calls, photos and messaging, in a small group.',
    descriptionJa: 'スマートフォンをお持ちください。貸出機もあります。',
    lifeStages: ['seniors'],
    category: 'digital',
    pillar: 1,
    targetAgeMin: 60,
    feeYen: 500,
    capacity: 12,
    bookedCount: 12,
    bookingRule: 'lottery',
    audience: 'residents_only',
    sessions: [session(1, 3, '14:00', '16:00', 'oho', 'meeting')],
  }),
  cooking: course({
    ...base,
    order: 3,
    key: 'cooking',
    organisationKey: 'university',
    titleJa: '親子料理教室 はじめての和食',
    titleKana: 'オヤコリョウリキョウシツ ハジメテノワショク',
    titleEn: 'Family cooking: first steps in Japanese food',
    summaryJa: 'だしの取り方から、季節の一汁一菜まで。',
    summaryEn: 'From making dashi to a simple seasonal meal.',
    descriptionJa: '筑波大学の栄養学の教員が担当します。',
    lifeStages: ['all_ages'],
    category: 'cooking_food',
    pillar: 4,
    feeYen: 1000,
    capacity: 16,
    bookedCount: 3,
    sessions: [session(1, 6, '18:00', '20:00', 'azuma', 'kitchen')],
  }),
  english: course({
    ...base,
    order: 4,
    key: 'english',
    organisationKey: 'university',
    titleJa: 'ABC英語クラブ',
    titleKana: 'エービーシーエイゴクラブ',
    titleEn: 'ABC English club',
    summaryJa: '中高生のための英会話。',
    summaryEn: 'English conversation for teenagers.',
    descriptionJa: '留学生と英語で話します。',
    lifeStages: ['youth'],
    category: 'languages_international',
    pillar: 5,
    targetAgeMin: 12,
    targetAgeMax: 18,
    sessions: [
      session(1, 2, '19:00', '20:30', 'oho', 'meeting'),
      session(3, 2, '19:00', '20:30', 'capio', 'hall'),
    ],
  }),
  calligraphy: course({
    ...base,
    order: 5,
    key: 'calligraphy',
    organisationKey: 'circle',
    titleJa: '書道入門 ひらがなを美しく',
    titleKana: 'ショドウニュウモン ヒラガナヲウツクシク',
    titleEn: 'Calligraphy for beginners',
    summaryJa: '筆の持ち方から。',
    summaryEn: 'From how to hold the brush.',
    descriptionJa: '100%手作りの筆を使います。初心者_歓迎。',
    lifeStages: ['seniors', 'career'],
    category: 'arts_culture',
    pillar: 4,
    feeYen: 300,
    sessions: [session(2, 4, '09:30', '11:30', 'azuma', 'washitsu')],
  }),
  pastHistory: course({
    ...base,
    order: 0,
    key: 'past-history',
    organisationKey: 'kosodate',
    titleJa: '郷土の歴史講座（終了）',
    titleKana: 'キョウドノレキシコウザ',
    titleEn: 'Local history (ended)',
    summaryJa: '小田城跡を歩きます。',
    summaryEn: 'A walk around the Oda Castle ruins.',
    descriptionJa: '',
    lifeStages: ['all_ages'],
    category: 'history_heritage',
    pillar: 4,
    sessions: [session(PAST_WEEK, 6, '10:00', '12:00', 'azuma', 'washitsu')],
  }),
  /** Set to draft by the tests that need one: the seed plan only holds published courses. */
  draft: course({
    ...base,
    order: 6,
    key: 'draft',
    organisationKey: 'circle',
    titleJa: '準備中の書道講座',
    titleKana: 'ジュンビチュウノショドウコウザ',
    titleEn: 'Calligraphy (in preparation)',
    summaryJa: '準備中です。',
    summaryEn: 'In preparation.',
    descriptionJa: '',
    lifeStages: ['all_ages'],
    category: 'arts_culture',
    pillar: 4,
    sessions: [session(1, 5, '10:00', '12:00', 'azuma', 'washitsu')],
  }),
} satisfies Record<string, SeedCourse>;

export const FIXTURE_PLAN: SeedPlan = {
  facilities: FACILITIES,
  organisations: [
    {
      key: 'kosodate',
      kind: 'city_department',
      nameJa: 'つくば市 生涯学習推進課',
      nameEn: 'Tsukuba City Lifelong Learning Division',
      websiteUrl: 'https://www.city.tsukuba.lg.jp/',
      phone: '029-883-1111',
    },
    {
      key: 'university',
      kind: 'university',
      nameJa: '筑波大学',
      nameEn: 'University of Tsukuba',
      websiteUrl: 'https://www.tsukuba.ac.jp/',
      phone: null,
    },
    {
      key: 'circle',
      kind: 'citizen_group',
      nameJa: '筑穂書道の会',
      nameEn: 'Tsukuho Calligraphy Circle',
      websiteUrl: null,
      phone: null,
    },
  ],
  courses: Object.values(FIXTURE_COURSES),
};
