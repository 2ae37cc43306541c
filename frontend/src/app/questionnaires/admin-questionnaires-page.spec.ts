import { HttpTestingController } from '@angular/common/http/testing';
import type { CityQuestionnaireReport, QuestionnaireReportRow } from '../api/api-types';
import { render, settle, setUpPage } from '../core/testing/component-testing';
import { AdminQuestionnairesPage } from './admin-questionnaires-page';
import { summaryFixture } from './questionnaire-fixtures.testing';

const label = (ja: string, en = ja) => ({ ja, en });

function row(overrides: Partial<QuestionnaireReportRow>): QuestionnaireReportRow {
  return {
    key: 'k',
    name: label('行'),
    courses: 1,
    coursesCounted: 1,
    invited: 10,
    answered: 6,
    responseRate: 0.6,
    answersCounted: 6,
    satisfactionMean: 4.33,
    satisfiedShare: 0.833,
    usefulShare: 1,
    ...overrides,
  };
}

function report(): CityQuestionnaireReport {
  return {
    fiscalYear: 2026,
    fiscalYears: [2026, 2025],
    minAnswers: 5,
    total: row({
      key: 'all',
      courses: 229,
      coursesCounted: 180,
      invited: 6620,
      answered: 3646,
      responseRate: 0.551,
      answersCounted: 3500,
      satisfactionMean: 4.06,
    }),
    summary: summaryFixture(),
    byPillar: [row({ key: '1', name: label('個人の自立に向けた学習機会の提供'), pillar: 1 })],
    byOrganisation: [row({ key: 'o', name: label('つくば市 生涯学習推進課') })],
    byCourse: [
      row({
        key: 'c1',
        name: label('木工で学ぶ親子の時間'),
        organisation: label('つくば市 生涯学習推進課'),
      }),
      row({
        key: 'c2',
        name: label('はじめての俳句'),
        organisation: label('つくば市 生涯学習推進課'),
        invited: 7,
        answered: 3,
        responseRate: 0.429,
        answersCounted: 0,
        coursesCounted: 0,
        satisfactionMean: null,
        satisfiedShare: null,
        usefulShare: null,
      }),
    ],
  };
}

describe('AdminQuestionnairesPage (the city)', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  it("shows the year's figures with their separators, the distributions, and a course below five as counts and —", async () => {
    const { fixture, element } = await render(AdminQuestionnairesPage, { year: '2026' });
    http.expectOne('/api/admin/questionnaires?fiscalYear=2026').flush(report());
    await settle(fixture);

    const figures = [...element.querySelectorAll('.survey-figure')].map((f) =>
      f.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(figures).toEqual(expect.arrayContaining(['6,620送付数', '3,646回答数', '55.1%回答率']));
    expect(element.querySelector('tsu-distribution-chart')).not.toBeNull();
    const courses = element.querySelector('[aria-label="講座別"]')!;
    const lines = [...courses.querySelectorAll('tbody tr')].map((r) =>
      r.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(lines[0]).toContain('木工で学ぶ親子の時間');
    expect(lines[0]).toContain('4.33');
    expect(lines[1]).toContain('はじめての俳句');
    expect(lines[1]).toContain('42.9%');
    expect(lines[1]).toContain('—');
    expect(lines[1]).not.toContain('4.33');
    expect(element.querySelector('a[download]')!.getAttribute('href')).toBe(
      '/api/admin/questionnaires/results.csv?fiscalYear=2026',
    );
  });

  it('says so when a year has no questionnaires yet', async () => {
    const { fixture, element } = await render(AdminQuestionnairesPage);
    http.expectOne('/api/admin/questionnaires').flush({
      ...report(),
      total: row({ key: 'all', courses: 0, invited: 0, answered: 0, responseRate: null }),
      summary: null,
      byPillar: [],
      byOrganisation: [],
      byCourse: [],
    });
    await settle(fixture);
    expect(element.textContent).toContain('この年度にはまだアンケートがありません。');
    expect(element.querySelector('[aria-label="講座別"]')).toBeNull();
  });
});
