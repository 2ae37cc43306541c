import type { Label } from '../reference/reference-data';

/**
 * The plan's figures per fiscal year: each one defined ONCE, here — its name, what is counted
 * and what is not (shown next to the number on the dashboard, on the evaluation sheets and in
 * the exports), its unit and the breakdowns it can be filtered by. The SQL that counts them is
 * in evaluation-summary.repository.ts (the summary tables) and fiscal-year-figures.repository.ts
 * (the reads); evaluation-figures.integration.ts checks each on a hand-counted fixture.
 *
 * Common rules, part of every course figure's definition:
 * - A course is counted in the fiscal year (April–March, Japan time) of its first session that
 *   was not cancelled, and in that session's month and facility; all its sessions, seats,
 *   applications and attendances count there too, so a course that runs from March into April
 *   is not split between two years.
 * - Only courses held: published or finished, with at least one session not cancelled. Drafts,
 *   cancelled courses and cancelled sessions are never counted.
 * - A course with several life stages counts in each of them: the life-stage breakdown adds up
 *   to more than the total.
 * - People: the booker when they attend, and each family member they brought. A person is
 *   counted once however many courses they attended (unique participants); family members are
 *   told apart by their family-member record.
 * - The figures are read from summary tables rebuilt hourly (and after the demo is seeded), so
 *   they are as of their `asOf` time, shown with them.
 */

export const FIGURE_KEYS = [
  'courses_held',
  'sessions_held',
  'seats_offered',
  'applicants',
  'lottery_oversubscription',
  'enrolled',
  'fill_rate',
  'participants',
  'attendances',
  'attendance_rate',
  'completion_rate',
  'repeat_learners',
  'satisfaction_rate',
  'questionnaire_response_rate',
  'instructor_registrations',
  'instructor_requests_fulfilled',
  'room_use_rate',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** The breakdowns (and filters) of the figures. */
export const FIGURE_DIMENSIONS = [
  'organisation',
  'pillar',
  'life_stage',
  'category',
  'facility',
  'month',
] as const;
export type FigureDimension = (typeof FIGURE_DIMENSIONS)[number];

/** How a figure's value reads: a count, a percentage (0–100, one decimal), a ratio (×). */
export type FigureUnit = 'count' | 'percent' | 'ratio';

export interface FigureDefinition {
  name: Label;
  unit: FigureUnit;
  /** What is counted and what is not, in a sentence or three. */
  definition: Label;
  /** The filters that apply to it; under any other filter it has no value ("—"). */
  dimensions: readonly FigureDimension[];
}

const COURSE_DIMENSIONS = FIGURE_DIMENSIONS;

export const FIGURE_DEFINITIONS: Record<FigureKey, FigureDefinition> = {
  courses_held: {
    name: { ja: '実施講座数', en: 'Courses held' },
    unit: 'count',
    definition: {
      ja: '公開または終了した講座のうち、中止でない回が1回以上あるもの。年度・月・施設は最初の回で決まります。下書き、中止した講座、全回が中止になった講座は数えません。',
      en: 'Published or finished courses with at least one session not cancelled, in the fiscal year, month and facility of their first such session. Drafts, cancelled courses and courses whose every session was cancelled are not counted.',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  sessions_held: {
    name: { ja: '実施回数', en: 'Sessions held' },
    unit: 'count',
    definition: {
      ja: '実施講座の回のうち、中止でないもの（これから行う回を含む）。中止した回は数えません。',
      en: 'Sessions of the courses held that were not cancelled (including those still to come). Cancelled sessions are not counted.',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  seats_offered: {
    name: { ja: '募集定員', en: 'Seats offered' },
    unit: 'count',
    definition: {
      ja: '実施講座の定員の合計（講座ごとに1回分）。回数を掛けた延べ定員ではありません。',
      en: "The total of the courses' capacities (once per course, not multiplied by the number of sessions).",
    },
    dimensions: COURSE_DIMENSIONS,
  },
  applicants: {
    name: { ja: '申込者数', en: 'Applicants' },
    unit: 'count',
    definition: {
      ja: '実施講座への申込（先着の予約、キャンセル待ち、抽選の申込）の人数の合計。後で取り消した申込や落選も含みます。同じ人が2講座に申し込めば2と数えます。',
      en: 'People in every application to the courses held (first-come bookings, waiting list, lottery entries), including those later cancelled or not drawn. One person applying to two courses counts twice.',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  lottery_oversubscription: {
    name: { ja: '抽選倍率', en: 'Lottery oversubscription' },
    unit: 'ratio',
    definition: {
      ja: '抽選の講座だけについて、申込者数 ÷ 定員。先着順の講座は含みません。抽選の講座がなければ値はありません。',
      en: 'For lottery courses only: applicants ÷ seats. First-come courses are not included; without lottery courses there is no value.',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  enrolled: {
    name: { ja: '受講決定者数', en: 'People enrolled' },
    unit: 'count',
    definition: {
      ja: '集計時点で予約が確定している人数の合計（本人と同伴の家族）。キャンセル待ち、落選、取り消しは数えません。',
      en: 'People whose booking is confirmed when the figures are computed (the booker and the family members booked). Waiting list, lottery losers and cancellations are not counted.',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  fill_rate: {
    name: { ja: '定員充足率', en: 'Fill rate' },
    unit: 'percent',
    definition: {
      ja: '受講決定者数 ÷ 募集定員。',
      en: 'People enrolled ÷ seats offered.',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  participants: {
    name: { ja: '実参加者数', en: 'Unique participants' },
    unit: 'count',
    definition: {
      ja: '1回以上出席（出席・遅刻）した人の数。何講座・何回出ても1人と数えます。申し込んだだけの人、欠席だけの人は数えません。',
      en: 'People who attended at least one session (present or late), each counted once however many courses or sessions they attended. People who only applied, or were only absent, are not counted.',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  attendances: {
    name: { ja: '延べ参加者数', en: 'Attendances' },
    unit: 'count',
    definition: {
      ja: '出席（出席・遅刻）した人数を回ごとに足したもの。確定した予約の、すでに行われた回だけを数えます。',
      en: 'People present or late, added up session by session: confirmed bookings, sessions that have taken place.',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  attendance_rate: {
    name: { ja: '出席率', en: 'Attendance rate' },
    unit: 'percent',
    definition: {
      ja: '延べ参加者数 ÷（受講決定者数 × すでに行われた回の数）。出欠を記録していない回は欠席と同じに扱われます。',
      en: 'Attendances ÷ (people enrolled × sessions that have taken place). A session without a roster counts as absent.',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  completion_rate: {
    name: { ja: '修了率', en: 'Completion rate' },
    unit: 'percent',
    definition: {
      ja: '講座の終了時に修了判定を受けた人のうち、修了した人の割合（講座ごとの修了条件による）。まだ終わっていない講座は含みません。',
      en: "Of the people whose completion was decided when their course finished, the share who completed it (by each course's completion rule). Courses not yet finished are not included.",
    },
    dimensions: COURSE_DIMENSIONS,
  },
  repeat_learners: {
    name: { ja: 'リピーター数', en: 'Repeat learners' },
    unit: 'count',
    definition: {
      ja: 'その年度に2講座以上に出席した人の数（絞り込みの範囲内で）。',
      en: 'People who attended two or more courses in the fiscal year (within the filters chosen).',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  satisfaction_rate: {
    name: { ja: '満足度', en: 'Satisfaction' },
    unit: 'percent',
    definition: {
      ja: '受講後アンケートの満足度（5段階）に「満足」「やや満足」（5・4）と答えた割合。アンケートのない講座は含みません。',
      en: 'Share of post-course questionnaire answers rating satisfaction 5 or 4 (of 5). Courses without a questionnaire are not included.',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  questionnaire_response_rate: {
    name: { ja: 'アンケート回答率', en: 'Questionnaire response rate' },
    unit: 'percent',
    definition: {
      ja: 'アンケートの依頼（出席した確定予約ごとに1通）のうち回答があった割合。',
      en: 'Share of questionnaire invitations (one per confirmed booking with someone present) that were answered.',
    },
    dimensions: COURSE_DIMENSIONS,
  },
  instructor_registrations: {
    name: { ja: '人材バンク新規登録数', en: 'New instructor-bank registrations' },
    unit: 'count',
    definition: {
      ja: '生涯学習指導者バンクに登録が決定した件数（登録日の年度・月）。更新、申請中、不承認は数えません。',
      en: 'Registrations decided in the instructor bank (by the fiscal year and month of registration). Renewals, pending applications and declined ones are not counted.',
    },
    dimensions: ['month'],
  },
  instructor_requests_fulfilled: {
    name: { ja: '指導者派遣の実施件数', en: 'Instructor requests fulfilled' },
    unit: 'count',
    definition: {
      ja: '人材バンクへの依頼のうち登録者が引き受けたもの（実施報告済みを含む）。年度・月は引き受けた日時の候補で決まります。辞退・取り消しは数えません。',
      en: 'Requests to the instructor bank that the instructor accepted (including those reported), in the fiscal year and month of the accepted date. Declined and cancelled requests are not counted.',
    },
    dimensions: ['organisation', 'month'],
  },
  room_use_rate: {
    name: { ja: '部屋の利用率', en: 'Room use' },
    unit: 'percent',
    definition: {
      ja: '講座と貸出で予約された時間 ÷ 開館時間（部屋数 × 開館日の開館時間。休館日を除く）。中止した回の予約は含みません。',
      en: 'Hours reserved by course sessions and hires ÷ opening hours (rooms × opening hours of each day open; closing days excluded). Cancelled sessions are not included.',
    },
    dimensions: ['facility', 'month'],
  },
};

/** Age bands of participants: the age reached in the calendar year the fiscal year begins. */
export const PARTICIPANT_AGE_BANDS = [
  'under_20',
  '20s',
  '30s',
  '40s',
  '50s',
  '60s',
  '70_plus',
  'unknown',
] as const;
export type ParticipantAgeBand = (typeof PARTICIPANT_AGE_BANDS)[number];

export const AGE_BAND_LABELS: Record<ParticipantAgeBand, Label> = {
  under_20: { ja: '20歳未満', en: 'Under 20' },
  '20s': { ja: '20代', en: '20s' },
  '30s': { ja: '30代', en: '30s' },
  '40s': { ja: '40代', en: '40s' },
  '50s': { ja: '50代', en: '50s' },
  '60s': { ja: '60代', en: '60s' },
  '70_plus': { ja: '70歳以上', en: '70 and over' },
  unknown: { ja: '不明', en: 'Unknown' },
};

/**
 * Relation to Tsukuba (在住・在勤・在学) of participants, as their account says (a family member
 * takes the account's); a person may have several, or none said ('none').
 */
export const PARTICIPANT_RELATIONS = ['live', 'work', 'study', 'none'] as const;
export type ParticipantRelation = (typeof PARTICIPANT_RELATIONS)[number];

export const RELATION_LABELS: Record<ParticipantRelation, Label> = {
  live: { ja: '在住', en: 'Live in Tsukuba' },
  work: { ja: '在勤', en: 'Work in Tsukuba' },
  study: { ja: '在学', en: 'Study in Tsukuba' },
  none: { ja: '回答なし', en: 'Not given' },
};

export const PARTICIPANT_BREAKDOWN_DEFINITION: Label = {
  ja: '実参加者の年齢層（年度が始まる年に達する年齢）と、つくば市との関係（アカウントに登録された在住・在勤・在学。家族はアカウントの登録による。複数該当する人は各項目に数えます）。',
  en: "Unique participants by age band (the age reached in the year the fiscal year begins) and by relation to Tsukuba (as given on the account — family members take the account's; a person with several counts in each).",
};
