import type { Label } from '../reference/reference-data';
import type {
  DistributionDto,
  QuestionnaireSummaryDto,
  ReportRowDto,
  TextAnswersDto,
} from './dto/questionnaire.dto';
import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  type CustomAnswer,
  HEARD_FROM,
  HEARD_FROM_LABELS,
  type OrganiserQuestion,
  QUESTIONNAIRE_MIN_ANSWERS,
  SATISFACTION_LABELS,
  SATISFACTION_LEVELS,
  STANDARD_QUESTIONS,
  USEFULNESS_LABELS,
  USEFULNESS_LEVELS,
  USE_IN,
  USE_IN_LABELS,
} from './questionnaire-questions';

/** An answer as aggregated (never with a person or a time: there is none). */
export interface AnswerRow {
  satisfaction: number;
  usefulness: number;
  useIn: string[];
  heardFrom: string[];
  ageBand: string | null;
  comment: string;
  custom: Record<string, CustomAnswer>;
}

const question = (id: string): Label => STANDARD_QUESTIONS.find((q) => q.id === id)!.text;
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

function distribution(
  id: string,
  text: Label,
  kind: DistributionDto['kind'],
  options: { value: string; label: Label }[],
  picks: (string | string[] | null | undefined)[],
  scale = false,
): DistributionDto {
  const given = picks.filter(
    (pick): pick is string | string[] =>
      pick !== null && pick !== undefined && (!Array.isArray(pick) || pick.length > 0),
  );
  const counts = new Map(options.map((option) => [option.value, 0]));
  for (const pick of given) {
    for (const value of Array.isArray(pick) ? pick : [pick]) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  const total = given.length;
  const mean =
    scale && total > 0
      ? round(given.reduce((sum, pick) => sum + Number(pick), 0) / total, 2)
      : null;
  return {
    id,
    question: text,
    kind,
    answered: total,
    mean,
    entries: options.map((option) => {
      const count = counts.get(option.value) ?? 0;
      return { ...option, count, share: total ? round(count / total) : 0 };
    }),
  };
}

/** Free texts without names, ordered by their text so the order tells nothing of who. */
function texts(id: string, text: Label, values: (string | undefined)[]): TextAnswersDto {
  return {
    id,
    question: text,
    texts: values
      .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
      .map((value) => value.trim())
      .sort((a, b) => a.localeCompare(b, 'ja')),
  };
}

/**
 * The totals of a set of answers, or null below QUESTIONNAIRE_MIN_ANSWERS: the one place the
 * threshold is applied to answers (every route that shows figures goes through here).
 * `withTexts: false` leaves the free texts out (the city's roll-ups across courses).
 */
export function summarise(
  answers: readonly AnswerRow[],
  questions: readonly OrganiserQuestion[],
  options: { withTexts: boolean } = { withTexts: true },
): QuestionnaireSummaryDto | null {
  if (answers.length < QUESTIONNAIRE_MIN_ANSWERS) return null;
  const n = answers.length;
  const distributions: DistributionDto[] = [
    distribution(
      'satisfaction',
      question('satisfaction'),
      'scale',
      SATISFACTION_LEVELS.map((v) => ({ value: String(v), label: SATISFACTION_LABELS[v]! })),
      answers.map((a) => String(a.satisfaction)),
      true,
    ),
    distribution(
      'usefulness',
      question('usefulness'),
      'scale',
      USEFULNESS_LEVELS.map((v) => ({ value: String(v), label: USEFULNESS_LABELS[v]! })),
      answers.map((a) => String(a.usefulness)),
      true,
    ),
    distribution(
      'useIn',
      question('useIn'),
      'multiple',
      USE_IN.map((v) => ({ value: v, label: USE_IN_LABELS[v] })),
      answers.map((a) => a.useIn),
    ),
    distribution(
      'heardFrom',
      question('heardFrom'),
      'multiple',
      HEARD_FROM.map((v) => ({ value: v, label: HEARD_FROM_LABELS[v] })),
      answers.map((a) => a.heardFrom),
    ),
    distribution(
      'ageBand',
      question('ageBand'),
      'single',
      AGE_BANDS.map((v) => ({ value: v, label: AGE_BAND_LABELS[v] })),
      answers.map((a) => a.ageBand),
    ),
  ];
  const textAnswers: TextAnswersDto[] = [];
  if (options.withTexts) {
    textAnswers.push(
      texts(
        'comment',
        question('comment'),
        answers.map((a) => a.comment),
      ),
    );
  }
  for (const custom of questions) {
    const values = answers.map((a) => a.custom[custom.id]);
    if (custom.kind === 'text') {
      if (options.withTexts) {
        textAnswers.push(texts(custom.id, custom.text, values as (string | undefined)[]));
      }
      continue;
    }
    const choices =
      custom.kind === 'scale'
        ? [5, 4, 3, 2, 1].map((v) => ({
            value: String(v),
            label: { ja: String(v), en: String(v) },
          }))
        : custom.options.map((label, index) => ({ value: String(index), label }));
    distributions.push(
      distribution(
        custom.id,
        custom.text,
        custom.kind === 'multiple' ? 'multiple' : custom.kind === 'scale' ? 'scale' : 'single',
        choices,
        values.map((value) =>
          value === undefined ? null : Array.isArray(value) ? value.map(String) : String(value),
        ),
        custom.kind === 'scale',
      ),
    );
  }
  return {
    answers: n,
    satisfactionMean: distributions[0]!.mean!,
    satisfiedShare: round(answers.filter((a) => a.satisfaction >= 4).length / n),
    usefulShare: round(answers.filter((a) => a.usefulness >= 3).length / n),
    distributions,
    texts: textAnswers,
  };
}

/** Per course, what a roll-up adds up. */
export interface CourseFigures {
  invited: number;
  answers: readonly AnswerRow[];
}

/**
 * A row of the city's report over some courses: counts of everything, figures only from the
 * courses that reached the threshold themselves (so that no figure of a course below it can be
 * worked out by subtracting one row from another), and only when they add up to it too.
 */
export function reportRow(
  key: string,
  name: Label,
  courses: readonly CourseFigures[],
): Omit<ReportRowDto, 'organisation' | 'pillar'> {
  const invited = courses.reduce((sum, c) => sum + c.invited, 0);
  const answered = courses.reduce((sum, c) => sum + c.answers.length, 0);
  const counted = courses.filter((c) => c.answers.length >= QUESTIONNAIRE_MIN_ANSWERS);
  const answers = counted.flatMap((c) => c.answers);
  const figures = answers.length >= QUESTIONNAIRE_MIN_ANSWERS;
  const n = answers.length;
  return {
    key,
    name,
    courses: courses.length,
    coursesCounted: counted.length,
    invited,
    answered,
    responseRate: invited ? round(answered / invited) : null,
    answersCounted: n,
    satisfactionMean: figures
      ? round(answers.reduce((s, a) => s + a.satisfaction, 0) / n, 2)
      : null,
    satisfiedShare: figures ? round(answers.filter((a) => a.satisfaction >= 4).length / n) : null,
    usefulShare: figures ? round(answers.filter((a) => a.usefulness >= 3).length / n) : null,
  };
}

/** The answers of the courses that reached the threshold (for the city's distributions). */
export function countedAnswers(courses: readonly CourseFigures[]): AnswerRow[] {
  return courses
    .filter((c) => c.answers.length >= QUESTIONNAIRE_MIN_ANSWERS)
    .flatMap((c) => c.answers);
}
