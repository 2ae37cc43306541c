import type {
  OrganiserQuestionnaire,
  QuestionnaireForm,
  QuestionnaireSummary,
  StandardQuestion,
} from '../api/api-types';

const label = (ja: string, en = ja) => ({ ja, en });

export const STANDARD: StandardQuestion[] = [
  {
    id: 'satisfaction',
    kind: 'single',
    required: true,
    text: label('講座全体の満足度を教えてください。', 'How satisfied were you overall?'),
    options: [5, 4, 3, 2, 1].map((v) => ({ value: String(v), label: label(`満足${v}`, `S${v}`) })),
  },
  {
    id: 'usefulness',
    kind: 'single',
    required: true,
    text: label('講座の内容は役に立ちましたか。', 'Was the course useful to you?'),
    options: [4, 3, 2, 1].map((v) => ({ value: String(v), label: label(`役立ち${v}`, `U${v}`) })),
  },
  {
    id: 'useIn',
    kind: 'multiple',
    required: false,
    text: label('学んだことをどこで生かしたいですか。'),
    options: ['work', 'life', 'community', 'not_sure'].map((v) => ({ value: v, label: label(v) })),
  },
  {
    id: 'heardFrom',
    kind: 'multiple',
    required: false,
    text: label('この講座を何で知りましたか。'),
    options: ['koho_tsukuba', 'friends'].map((v) => ({ value: v, label: label(v) })),
  },
  {
    id: 'ageBand',
    kind: 'single',
    required: false,
    text: label('年代を教えてください。'),
    options: ['60s', '70_plus'].map((v) => ({ value: v, label: label(v) })),
  },
  { id: 'comment', kind: 'text', required: false, text: label('ご意見・ご感想'), options: [] },
];

export function formFixture(state: QuestionnaireForm['state'] = 'open'): QuestionnaireForm {
  return {
    state,
    course: {
      title: label('はじめてのスマホ教室', 'Smartphones for beginners'),
      organiser: label('つくば市 生涯学習推進課'),
      firstSessionAt: '2026-11-04T01:00:00.000Z',
      lastSessionAt: '2026-11-11T03:00:00.000Z',
    },
    closesAt: '2026-12-11T03:05:00.000Z',
    standardQuestions: STANDARD,
    questions:
      state === 'open'
        ? [
            {
              id: 'o1',
              kind: 'scale',
              text: label('講師の説明はわかりやすかったですか。'),
              options: [],
              required: true,
            },
          ]
        : [],
  };
}

export function summaryFixture(): QuestionnaireSummary {
  return {
    answers: 6,
    satisfactionMean: 4.33,
    satisfiedShare: 0.833,
    usefulShare: 1,
    distributions: [
      {
        id: 'satisfaction',
        question: label('講座全体の満足度を教えてください。'),
        kind: 'scale',
        answered: 6,
        mean: 4.33,
        entries: [
          { value: '5', label: label('とても満足'), count: 3, share: 0.5 },
          { value: '4', label: label('満足'), count: 2, share: 0.333 },
          { value: '3', label: label('ふつう'), count: 1, share: 0.167 },
        ],
      },
    ],
    texts: [
      {
        id: 'comment',
        question: label('ご意見・ご感想'),
        texts: ['とても分かりやすかったです。', '次回も参加したいです。'],
      },
    ],
  };
}

export function organiserFixture(
  overrides: Partial<OrganiserQuestionnaire> = {},
): OrganiserQuestionnaire {
  return {
    state: 'open',
    lastSessionEndsAt: '2026-11-11T03:00:00.000Z',
    invitedAt: '2026-11-11T03:05:00.000Z',
    closesAt: '2026-12-11T03:05:00.000Z',
    editable: false,
    maxQuestions: 5,
    standardQuestions: STANDARD,
    questions: [],
    results: {
      minAnswers: 5,
      invited: 8,
      answered: 6,
      responseRate: 0.75,
      summary: summaryFixture(),
    },
    ...overrides,
  };
}
