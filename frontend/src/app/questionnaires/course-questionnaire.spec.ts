import { HttpTestingController } from '@angular/common/http/testing';
import { render, settle, setUpPage } from '../core/testing/component-testing';
import { CourseQuestionnaire } from './course-questionnaire';
import { organiserFixture } from './questionnaire-fixtures.testing';

describe('CourseQuestionnaire (organiser)', () => {
  let http: HttpTestingController;
  const url = '/api/organiser/courses/c-1/questionnaire';

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  it('shows the response rate, each chart with its numbers, and comments without names', async () => {
    const { fixture, element } = await render(CourseQuestionnaire, { courseId: 'c-1' });
    http.expectOne(url).flush(organiserFixture());
    await settle(fixture);
    expect(element.textContent).toContain('75.0%');
    const rows = [...element.querySelectorAll('tsu-distribution-chart tbody tr')].map((r) =>
      r.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0]).toContain('とても満足');
    expect(rows[0]).toContain('3件');
    expect(rows[0]).toContain('(50.0%)');
    expect(element.textContent).toContain('次回も参加したいです。');
    expect(element.querySelector('a[download]')!.getAttribute('href')).toBe(`${url}/results.csv`);
    expect(element.textContent).toContain('独自の質問は変更できません');
  });

  it('says why there are no totals below five answers', async () => {
    const { fixture, element } = await render(CourseQuestionnaire, { courseId: 'c-1' });
    http.expectOne(url).flush(
      organiserFixture({
        results: { minAnswers: 5, invited: 8, answered: 4, responseRate: 0.5, summary: null },
      }),
    );
    await settle(fixture);
    expect(element.textContent).toContain('回答が5件集まるまで');
    expect(element.querySelector('tsu-distribution-chart')).toBeNull();
  });

  it('adds a question and saves it while no answer has arrived', async () => {
    const { fixture, element } = await render(CourseQuestionnaire, { courseId: 'c-1' });
    http
      .expectOne(url)
      .flush(
        organiserFixture({ state: 'not_sent', invitedAt: null, closesAt: null, editable: true }),
      );
    await settle(fixture);
    const add = [...element.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('質問を追加'),
    )!;
    add.click();
    await settle(fixture);
    const inputs = element.querySelectorAll<HTMLInputElement>(
      'fieldset input[matinput], fieldset input.mat-mdc-input-element',
    );
    inputs[0]!.value = '次に学びたいことは？';
    inputs[0]!.dispatchEvent(new Event('input'));
    const choices = element.querySelector<HTMLTextAreaElement>('fieldset textarea')!;
    choices.value = 'パソコン / Computers\n料理 / Cooking';
    choices.dispatchEvent(new Event('input'));
    await settle(fixture);
    element.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(fixture);
    const saved = http.expectOne(`${url}/questions`);
    expect(saved.request.body).toEqual({
      questions: [
        {
          kind: 'single',
          text: { ja: '次に学びたいことは？', en: '' },
          options: [
            { ja: 'パソコン', en: 'Computers' },
            { ja: '料理', en: 'Cooking' },
          ],
          required: false,
        },
      ],
    });
    saved.flush(organiserFixture({ state: 'not_sent', editable: true }));
    await settle(fixture);
    expect(element.textContent).toContain('質問を保存しました。');
  });
});
