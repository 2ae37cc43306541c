import type { Label } from '../reference/reference-data';

/**
 * The course questionnaire (アンケート): the city's standard questions, the same for every
 * course and written here once, in Japanese and English; the organiser's own questions (up to
 * five per course) are data (questionnaires.questions).
 */

/** Answers a course needs before anyone but the city's database sees a figure of it. */
export const QUESTIONNAIRE_MIN_ANSWERS = 5;
/** Days the questionnaire stays open after the invitations go out. */
export const QUESTIONNAIRE_OPEN_DAYS = 30;
/** Days after the invitation when the one reminder goes to those who have not answered. */
export const QUESTIONNAIRE_REMINDER_DAYS = 7;
/** Organiser questions per course, at most. */
export const MAX_ORGANISER_QUESTIONS = 5;
export const COMMENT_MAX_LENGTH = 1000;
export const TEXT_ANSWER_MAX_LENGTH = 500;

export const SATISFACTION_LEVELS = [5, 4, 3, 2, 1] as const;
export const USEFULNESS_LEVELS = [4, 3, 2, 1] as const;
export const USE_IN = ['work', 'life', 'community', 'not_sure'] as const;
export type UseIn = (typeof USE_IN)[number];
export const HEARD_FROM = [
  'koho_tsukuba',
  'city_website',
  'this_site',
  'centre_flyer',
  'school',
  'friends',
  'line_sns',
  'other',
] as const;
export type HeardFrom = (typeof HEARD_FROM)[number];
export const AGE_BANDS = [
  'under_20',
  '20s',
  '30s',
  '40s',
  '50s',
  '60s',
  '70_plus',
  'no_answer',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const ORGANISER_QUESTION_KINDS = ['single', 'multiple', 'scale', 'text'] as const;
export type OrganiserQuestionKind = (typeof ORGANISER_QUESTION_KINDS)[number];

/** An organiser's question as stored (id assigned by position: o1 … o5). */
export interface OrganiserQuestion {
  id: string;
  kind: OrganiserQuestionKind;
  text: Label;
  /** The choices of a single or multiple choice question (2–8); empty otherwise. */
  options: Label[];
  required: boolean;
}

/** One answer to an organiser question: a choice's index, indexes, 1–5, or text. */
export type CustomAnswer = number | number[] | string;

export interface StandardAnswers {
  satisfaction: number;
  usefulness: number;
  useIn: UseIn[];
  heardFrom: HeardFrom[];
  ageBand: AgeBand | null;
  comment: string;
}

export interface StandardQuestion {
  id: 'satisfaction' | 'usefulness' | 'useIn' | 'heardFrom' | 'ageBand' | 'comment';
  kind: 'single' | 'multiple' | 'text';
  text: Label;
  required: boolean;
  /** Codes in the order shown, each with its label. */
  options: { value: string; label: Label }[];
}

export const SATISFACTION_LABELS: Record<number, Label> = {
  5: { ja: 'とても満足', en: 'Very satisfied' },
  4: { ja: '満足', en: 'Satisfied' },
  3: { ja: 'ふつう', en: 'Neither' },
  2: { ja: 'やや不満', en: 'Somewhat dissatisfied' },
  1: { ja: '不満', en: 'Dissatisfied' },
};

export const USEFULNESS_LABELS: Record<number, Label> = {
  4: { ja: 'とても役に立った', en: 'Very useful' },
  3: { ja: '役に立った', en: 'Useful' },
  2: { ja: 'あまり役に立たなかった', en: 'Not very useful' },
  1: { ja: '役に立たなかった', en: 'Not useful' },
};

export const USE_IN_LABELS: Record<UseIn, Label> = {
  work: { ja: '仕事で', en: 'In my work' },
  life: { ja: '日々の暮らしで', en: 'In my daily life' },
  community: { ja: '地域の活動で', en: 'In the community' },
  not_sure: { ja: 'まだわからない', en: 'Not sure yet' },
};

export const HEARD_FROM_LABELS: Record<HeardFrom, Label> = {
  koho_tsukuba: { ja: '広報つくば', en: 'Koho Tsukuba (city newsletter)' },
  city_website: { ja: '市のホームページ', en: 'The city website' },
  this_site: { ja: 'このサイト（つむぐ）', en: 'This site (tsumugu)' },
  centre_flyer: { ja: '交流センターなどのチラシ', en: 'A flyer at a community centre' },
  school: { ja: '学校', en: 'School' },
  friends: { ja: '家族・知人', en: 'Family or friends' },
  line_sns: { ja: 'LINE・SNS', en: 'LINE or social media' },
  other: { ja: 'その他', en: 'Other' },
};

export const AGE_BAND_LABELS: Record<AgeBand, Label> = {
  under_20: { ja: '20歳未満', en: 'Under 20' },
  '20s': { ja: '20代', en: '20s' },
  '30s': { ja: '30代', en: '30s' },
  '40s': { ja: '40代', en: '40s' },
  '50s': { ja: '50代', en: '50s' },
  '60s': { ja: '60代', en: '60s' },
  '70_plus': { ja: '70歳以上', en: '70 or over' },
  no_answer: { ja: '答えたくない', en: 'Prefer not to say' },
};

/** The city's questions, in the order the page asks them. */
export const STANDARD_QUESTIONS: readonly StandardQuestion[] = [
  {
    id: 'satisfaction',
    kind: 'single',
    required: true,
    text: { ja: '講座全体の満足度を教えてください。', en: 'How satisfied were you overall?' },
    options: SATISFACTION_LEVELS.map((v) => ({ value: String(v), label: SATISFACTION_LABELS[v] })),
  },
  {
    id: 'usefulness',
    kind: 'single',
    required: true,
    text: { ja: '講座の内容は役に立ちましたか。', en: 'Was the course useful to you?' },
    options: USEFULNESS_LEVELS.map((v) => ({ value: String(v), label: USEFULNESS_LABELS[v] })),
  },
  {
    id: 'useIn',
    kind: 'multiple',
    required: false,
    text: {
      ja: '学んだことをどこで生かしたいですか（いくつでも）。',
      en: 'Where will you use what you learned? (choose any)',
    },
    options: USE_IN.map((v) => ({ value: v, label: USE_IN_LABELS[v] })),
  },
  {
    id: 'heardFrom',
    kind: 'multiple',
    required: false,
    text: {
      ja: 'この講座を何で知りましたか（いくつでも）。',
      en: 'How did you hear about this course? (choose any)',
    },
    options: HEARD_FROM.map((v) => ({ value: v, label: HEARD_FROM_LABELS[v] })),
  },
  {
    id: 'ageBand',
    kind: 'single',
    required: false,
    text: { ja: '年代を教えてください。', en: 'Your age group' },
    options: AGE_BANDS.map((v) => ({ value: v, label: AGE_BAND_LABELS[v] })),
  },
  {
    id: 'comment',
    kind: 'text',
    required: false,
    text: {
      ja: 'ご意見・ご感想をご自由にお書きください（お名前など個人が分かることは書かないでください）。',
      en: 'Any comments? (Please do not write your name or anything that identifies you.)',
    },
    options: [],
  },
];

const SCALE = [1, 2, 3, 4, 5];

/**
 * Checks the answers to the organiser's questions; returns the stored form (only answered
 * questions) or, per question, what is wrong (field `custom.<id>`).
 */
export function checkCustomAnswers(
  questions: readonly OrganiserQuestion[],
  given: Record<string, unknown> | undefined,
): { answers: Record<string, CustomAnswer>; errors: { field: string; ja: string; en: string }[] } {
  const answers: Record<string, CustomAnswer> = {};
  const errors: { field: string; ja: string; en: string }[] = [];
  const input = given ?? {};
  for (const key of Object.keys(input)) {
    if (!questions.some((question) => question.id === key)) {
      errors.push({
        field: `custom.${key}`,
        ja: 'この質問はありません。',
        en: 'There is no such question.',
      });
    }
  }
  for (const question of questions) {
    const field = `custom.${question.id}`;
    const value = input[question.id];
    const empty =
      value === undefined ||
      value === null ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (question.required) {
        errors.push({
          field,
          ja: 'この質問にお答えください。',
          en: 'Please answer this question.',
        });
      }
      continue;
    }
    const choice = (n: unknown) =>
      Number.isInteger(n) && (n as number) >= 0 && (n as number) < question.options.length;
    switch (question.kind) {
      case 'single':
        if (choice(value)) answers[question.id] = value as number;
        else errors.push({ field, ja: '選択肢から1つ選んでください。', en: 'Choose one option.' });
        break;
      case 'multiple':
        if (Array.isArray(value) && value.every(choice) && new Set(value).size === value.length) {
          answers[question.id] = [...(value as number[])].sort((a, b) => a - b);
        } else {
          errors.push({
            field,
            ja: '選択肢から選んでください。',
            en: 'Choose from the options.',
          });
        }
        break;
      case 'scale':
        if (SCALE.includes(value as number)) answers[question.id] = value as number;
        else errors.push({ field, ja: '1から5で選んでください。', en: 'Choose from 1 to 5.' });
        break;
      case 'text':
        if (typeof value === 'string' && value.length <= TEXT_ANSWER_MAX_LENGTH) {
          answers[question.id] = value.trim();
        } else {
          errors.push({
            field,
            ja: `${TEXT_ANSWER_MAX_LENGTH}文字以内で入力してください。`,
            en: `Up to ${TEXT_ANSWER_MAX_LENGTH} characters.`,
          });
        }
        break;
    }
  }
  return { answers, errors };
}
