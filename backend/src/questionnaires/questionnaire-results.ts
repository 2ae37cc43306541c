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

/**
 * How a set of answers answered one question: how many answered it (for a multiple choice, how
 * many chose at least one option), how many chose each option, and for a scale the sum of the
 * steps. Tallies add up, so the city's roll-ups are summed from each course's tally, which SQL
 * counts (QuestionnairesRepository.reportCourses) — never from the answers themselves.
 */
export interface QuestionTally {
  answered: number;
  counts: Record<string, number>;
  sum: number;
}

/** The tallies of the city's standard questions with options (the comment is free text). */
export const TALLIED_QUESTIONS = [
  'satisfaction',
  'usefulness',
  'useIn',
  'heardFrom',
  'ageBand',
] as const;
export type TalliedQuestion = (typeof TALLIED_QUESTIONS)[number];
export type StandardTally = Record<TalliedQuestion, QuestionTally>;

/** Each tallied question's options, in the order the charts show them. */
export const TALLY_OPTIONS: Record<TalliedQuestion, readonly string[]> = {
  satisfaction: SATISFACTION_LEVELS.map(String),
  usefulness: USEFULNESS_LEVELS.map(String),
  useIn: USE_IN,
  heardFrom: HEARD_FROM,
  ageBand: AGE_BANDS,
};

const emptyQuestionTally = (): QuestionTally => ({ answered: 0, counts: {}, sum: 0 });

export function emptyTally(): StandardTally {
  return {
    satisfaction: emptyQuestionTally(),
    usefulness: emptyQuestionTally(),
    useIn: emptyQuestionTally(),
    heardFrom: emptyQuestionTally(),
    ageBand: emptyQuestionTally(),
  };
}

/** One question's tally of its picks (a value, several, or none). */
function tallyPicks(picks: readonly (string | string[] | null | undefined)[]): QuestionTally {
  const tally = emptyQuestionTally();
  for (const pick of picks) {
    if (pick === null || pick === undefined || (Array.isArray(pick) && pick.length === 0)) continue;
    tally.answered += 1;
    for (const value of Array.isArray(pick) ? pick : [pick]) {
      tally.counts[value] = (tally.counts[value] ?? 0) + 1;
      tally.sum += Number(value) || 0;
    }
  }
  return tally;
}

/** The standard questions' tallies of a course's answers (the organiser's page). */
export function tallyAnswers(answers: readonly AnswerRow[]): StandardTally {
  return {
    satisfaction: tallyPicks(answers.map((a) => String(a.satisfaction))),
    usefulness: tallyPicks(answers.map((a) => String(a.usefulness))),
    useIn: tallyPicks(answers.map((a) => a.useIn)),
    heardFrom: tallyPicks(answers.map((a) => a.heardFrom)),
    ageBand: tallyPicks(answers.map((a) => a.ageBand)),
  };
}

/** The sum of several tallies. */
export function addTallies(tallies: readonly StandardTally[]): StandardTally {
  const total = emptyTally();
  for (const tally of tallies) {
    for (const id of TALLIED_QUESTIONS) {
      const into = total[id];
      into.answered += tally[id].answered;
      into.sum += tally[id].sum;
      for (const [value, count] of Object.entries(tally[id].counts)) {
        into.counts[value] = (into.counts[value] ?? 0) + count;
      }
    }
  }
  return total;
}

function distribution(
  id: string,
  text: Label,
  kind: DistributionDto['kind'],
  options: { value: string; label: Label }[],
  tally: QuestionTally,
  scale = false,
): DistributionDto {
  const total = tally.answered;
  return {
    id,
    question: text,
    kind,
    answered: total,
    mean: scale && total > 0 ? round(tally.sum / total, 2) : null,
    entries: options.map((option) => {
      const count = tally.counts[option.value] ?? 0;
      return { ...option, count, share: total ? round(count / total) : 0 };
    }),
  };
}

/** The standard questions' distributions, from their tallies. */
function standardDistributions(tally: StandardTally): DistributionDto[] {
  return [
    distribution(
      'satisfaction',
      question('satisfaction'),
      'scale',
      SATISFACTION_LEVELS.map((v) => ({ value: String(v), label: SATISFACTION_LABELS[v]! })),
      tally.satisfaction,
      true,
    ),
    distribution(
      'usefulness',
      question('usefulness'),
      'scale',
      USEFULNESS_LEVELS.map((v) => ({ value: String(v), label: USEFULNESS_LABELS[v]! })),
      tally.usefulness,
      true,
    ),
    distribution(
      'useIn',
      question('useIn'),
      'multiple',
      USE_IN.map((v) => ({ value: v, label: USE_IN_LABELS[v] })),
      tally.useIn,
    ),
    distribution(
      'heardFrom',
      question('heardFrom'),
      'multiple',
      HEARD_FROM.map((v) => ({ value: v, label: HEARD_FROM_LABELS[v] })),
      tally.heardFrom,
    ),
    distribution(
      'ageBand',
      question('ageBand'),
      'single',
      AGE_BANDS.map((v) => ({ value: v, label: AGE_BAND_LABELS[v] })),
      tally.ageBand,
    ),
  ];
}

/** The headline figures of n answers: mean satisfaction, shares satisfied (4–5) and finding it useful (3–4). */
function headline(tally: StandardTally, n: number) {
  const satisfied = (tally.satisfaction.counts['5'] ?? 0) + (tally.satisfaction.counts['4'] ?? 0);
  const useful = (tally.usefulness.counts['4'] ?? 0) + (tally.usefulness.counts['3'] ?? 0);
  return {
    satisfactionMean: round(tally.satisfaction.sum / n, 2),
    satisfiedShare: round(satisfied / n),
    usefulShare: round(useful / n),
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
  const tally = tallyAnswers(answers);
  const distributions = standardDistributions(tally);
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
        tallyPicks(
          values.map((value) =>
            value === undefined ? null : Array.isArray(value) ? value.map(String) : String(value),
          ),
        ),
        custom.kind === 'scale',
      ),
    );
  }
  return {
    answers: answers.length,
    ...headline(tally, answers.length),
    distributions,
    texts: textAnswers,
  };
}

/** Per course, what a roll-up adds up: its invitations, its answers and their tally. */
export interface CourseFigures {
  invited: number;
  answered: number;
  tally: StandardTally;
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
  const answered = courses.reduce((sum, c) => sum + c.answered, 0);
  const counted = countedCourses(courses);
  const n = counted.reduce((sum, c) => sum + c.answered, 0);
  const figures =
    n >= QUESTIONNAIRE_MIN_ANSWERS ? headline(addTallies(counted.map((c) => c.tally)), n) : null;
  return {
    key,
    name,
    courses: courses.length,
    coursesCounted: counted.length,
    invited,
    answered,
    responseRate: invited ? round(answered / invited) : null,
    answersCounted: n,
    satisfactionMean: figures?.satisfactionMean ?? null,
    satisfiedShare: figures?.satisfiedShare ?? null,
    usefulShare: figures?.usefulShare ?? null,
  };
}

/** The courses that reached the threshold themselves. */
function countedCourses(courses: readonly CourseFigures[]): CourseFigures[] {
  return courses.filter((c) => c.answered >= QUESTIONNAIRE_MIN_ANSWERS);
}

/**
 * The city's distributions of the standard questions over the courses that reached the
 * threshold (no free texts: they belong to each course's organiser), or null below it.
 */
export function summariseCourses(
  courses: readonly CourseFigures[],
): QuestionnaireSummaryDto | null {
  const counted = countedCourses(courses);
  const n = counted.reduce((sum, c) => sum + c.answered, 0);
  if (n < QUESTIONNAIRE_MIN_ANSWERS) return null;
  const tally = addTallies(counted.map((c) => c.tally));
  return {
    answers: n,
    ...headline(tally, n),
    distributions: standardDistributions(tally),
    texts: [],
  };
}
