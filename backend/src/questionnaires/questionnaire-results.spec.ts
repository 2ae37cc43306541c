import { loggablePath } from '../common/logging/request-logger';
import { type OrganiserQuestion, checkCustomAnswers } from './questionnaire-questions';
import {
  type AnswerRow,
  type CourseFigures,
  reportRow,
  summarise,
  summariseCourses,
  tallyAnswers,
} from './questionnaire-results';
import { questionnaireCsv } from './questionnaire-csv';

const answer = (satisfaction: number, extra: Partial<AnswerRow> = {}): AnswerRow => ({
  satisfaction,
  usefulness: 3,
  useIn: ['life'],
  heardFrom: [],
  ageBand: null,
  comment: '',
  custom: {},
  ...extra,
});

/** A course's figures as the city's report reads them (its answers tallied). */
const course = (invited: number, answers: AnswerRow[]): CourseFigures => ({
  invited,
  answered: answers.length,
  tally: tallyAnswers(answers),
});

const questions: OrganiserQuestion[] = [
  {
    id: 'o1',
    kind: 'multiple',
    text: { ja: '良かった点', en: 'What was good' },
    options: [
      { ja: '内容', en: 'Content' },
      { ja: '講師', en: 'Instructor' },
      { ja: '会場', en: 'Venue' },
    ],
    required: false,
  },
  {
    id: 'o2',
    kind: 'scale',
    text: { ja: '難易度', en: 'Difficulty' },
    options: [],
    required: true,
  },
  { id: 'o3', kind: 'text', text: { ja: '要望', en: 'Wishes' }, options: [], required: false },
];

describe('questionnaire totals', () => {
  it('shows nothing below five answers, in every total', () => {
    const four = [5, 4, 4, 3].map((s) => answer(s, { comment: 'よかった' }));
    expect(summarise(four, questions)).toBeNull();
    const row = reportRow('x', { ja: 'x', en: 'x' }, [course(10, four)]);
    expect(row).toMatchObject({
      answered: 4,
      responseRate: 0.4,
      answersCounted: 0,
      satisfactionMean: null,
      satisfiedShare: null,
      usefulShare: null,
    });
    expect(summariseCourses([course(10, four)])).toBeNull();
    expect(
      questionnaireCsv('講座', {
        minAnswers: 5,
        invited: 10,
        answered: 4,
        responseRate: 0.4,
        summary: null,
      }),
    ).not.toContain('よかった');
  });

  it('leaves a course below five out of a group, even when the group has five', () => {
    const big = [5, 5, 4, 4, 3].map((s) => answer(s));
    const small = [1, 1].map((s) => answer(s));
    const row = reportRow('org', { ja: '主催', en: 'Org' }, [course(6, big), course(3, small)]);
    // Counts include both; figures only the course that reached five.
    expect(row).toMatchObject({
      courses: 2,
      coursesCounted: 1,
      invited: 9,
      answered: 7,
      answersCounted: 5,
      satisfactionMean: 4.2,
      satisfiedShare: 0.8,
      usefulShare: 1,
    });
    // The city's distributions: the course that reached five, not the other.
    const summary = summariseCourses([course(6, big), course(3, small)])!;
    expect(summary).toMatchObject({ answers: 5, satisfactionMean: 4.2, texts: [] });
    expect(summary.distributions[0]!.entries.map((e) => e.count)).toEqual([2, 2, 1, 0, 0]);
    expect(summariseCourses([course(6, big.slice(0, 4)), course(3, small)])).toBeNull();
  });

  it('counts distributions, means, organiser questions and orders texts by their text', () => {
    const rows = [
      answer(5, { comment: 'わかりやすかった', custom: { o1: [0, 1], o2: 3, o3: 'もっと長く' } }),
      answer(4, { comment: '', custom: { o1: [0], o2: 4 } }),
      answer(4, { comment: 'あっという間でした', custom: { o2: 3 } }),
      answer(3, { useIn: ['work', 'community'], custom: { o2: 2, o3: '  ' } }),
      answer(2, { usefulness: 1, ageBand: '60s', custom: { o2: 3 } }),
    ];
    const summary = summarise(rows, questions)!;
    expect(summary).toMatchObject({
      answers: 5,
      satisfactionMean: 3.6,
      satisfiedShare: 0.6,
      usefulShare: 0.8,
    });
    const byId = Object.fromEntries(summary.distributions.map((d) => [d.id, d]));
    expect(byId['satisfaction']!.entries.map((e) => [e.value, e.count])).toEqual([
      ['5', 1],
      ['4', 2],
      ['3', 1],
      ['2', 1],
      ['1', 0],
    ]);
    expect(byId['useIn']!.answered).toBe(5);
    expect(byId['useIn']!.entries.find((e) => e.value === 'life')!.count).toBe(4);
    expect(byId['ageBand']!.answered).toBe(1);
    expect(byId['o1']!.answered).toBe(2);
    expect(byId['o1']!.entries.map((e) => e.count)).toEqual([2, 1, 0]);
    expect(byId['o1']!.entries[0]!.share).toBe(1);
    expect(byId['o2']!.mean).toBe(3);
    const texts = Object.fromEntries(summary.texts.map((t) => [t.id, t.texts]));
    expect(texts['comment']).toEqual(['あっという間でした', 'わかりやすかった']);
    expect(texts['o3']).toEqual(['もっと長く']);
    expect(summarise(rows, questions, { withTexts: false })!.texts).toEqual([]);
  });
});

describe('answers to the organiser questions', () => {
  it('accepts the right shapes and stores only what was answered', () => {
    expect(checkCustomAnswers(questions, { o1: [2, 0], o2: 5, o3: ' 次も ' })).toEqual({
      answers: { o1: [0, 2], o2: 5, o3: '次も' },
      errors: [],
    });
    expect(checkCustomAnswers(questions, { o2: 1 }).answers).toEqual({ o2: 1 });
  });

  it('names each wrong answer by its field', () => {
    const { errors } = checkCustomAnswers(questions, { o1: [0, 0], o3: 7, o9: 1 });
    expect(errors.map((e) => e.field)).toEqual([
      'custom.o9',
      'custom.o1',
      'custom.o2',
      'custom.o3',
    ]);
    expect(checkCustomAnswers(questions, { o1: [3], o2: 6 }).errors.map((e) => e.field)).toEqual([
      'custom.o1',
      'custom.o2',
    ]);
  });
});

describe('the request log', () => {
  it('never writes a questionnaire token', () => {
    expect(loggablePath('/api/questionnaire-links/abcDEF_123')).toBe(
      '/api/questionnaire-links/:token',
    );
    expect(loggablePath('/api/questionnaire-links/abcDEF_123/answers')).toBe(
      '/api/questionnaire-links/:token/answers',
    );
    expect(loggablePath('/api/calendar-feeds/xyz')).toBe('/api/calendar-feeds/:token');
  });
});
