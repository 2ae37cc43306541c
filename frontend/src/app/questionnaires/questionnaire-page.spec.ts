import { HttpTestingController } from '@angular/common/http/testing';
import { failure, render, settle, setUpPage } from '../core/testing/component-testing';
import { formFixture } from './questionnaire-fixtures.testing';
import { QuestionnairePage } from './questionnaire-page';

describe('QuestionnairePage (/q/:token)', () => {
  let http: HttpTestingController;
  const url = '/api/questionnaire-links/tok-1';

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  async function open(state: 'open' | 'answered' | 'closed' = 'open') {
    const page = await render(QuestionnairePage, { token: 'tok-1' });
    http.expectOne(url).flush(formFixture(state));
    await settle(page.fixture);
    return page;
  }

  const radio = (element: HTMLElement, legend: string, label: string) => {
    const fieldset = [...element.querySelectorAll('fieldset')].find((f) =>
      f.querySelector('legend')!.textContent!.includes(legend),
    )!;
    const input = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (i) => i.closest('mat-radio-button')!.textContent!.includes(label),
    )!;
    input.click();
  };

  it('asks the city questions and the organiser question, and says which are required', async () => {
    const { element } = await open();
    expect(element.querySelector('h1')!.textContent).toContain('講座アンケート');
    expect(element.textContent).toContain('はじめてのスマホ教室');
    expect(element.textContent).toContain('匿名');
    const legends = [...element.querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).toHaveLength(7);
    expect(legends[0]).toContain('Q1');
    expect(legends[0]).toContain('必須');
    expect(legends[6]).toContain('講師の説明');
    expect(element.textContent).toContain('0 / 7 問に回答済み');
  });

  it('shows what is missing next to each question and sends nothing', async () => {
    const { fixture, element } = await open();
    element.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(fixture);
    const errors = [...element.querySelectorAll('.question__error')].map((e) => e.textContent);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('1つ選んでください');
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('sends the answers, counts progress and thanks the person', async () => {
    const { fixture, element } = await open();
    radio(element, '満足度', '満足5');
    radio(element, '役に立ち', '役立ち3');
    radio(element, '講師の説明', '4');
    await settle(fixture);
    expect(element.textContent).toContain('3 / 7 問に回答済み');
    const checkbox = [...element.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')][1]!;
    checkbox.click();
    await settle(fixture);
    element.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(fixture);
    const sent = http.expectOne(`${url}/answers`);
    expect(sent.request.method).toBe('POST');
    expect(sent.request.body).toEqual({
      satisfaction: 5,
      usefulness: 3,
      useIn: ['life'],
      heardFrom: [],
      ageBand: null,
      comment: '',
      custom: { o1: 4 },
    });
    sent.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(element.textContent).toContain('ご回答ありがとうございました');
    expect(element.querySelector('form')).toBeNull();
  });

  it('says a used link was used, and a closed one closed', async () => {
    const used = await open('answered');
    expect(used.element.textContent).toContain('このアンケートは回答済みです');
    expect(used.element.querySelector('form')).toBeNull();
    used.fixture.destroy();
    const closed = await open('closed');
    expect(closed.element.textContent).toContain('回答期間は終了しました');
  });

  it('says an unknown link was not found', async () => {
    const { fixture, element } = await render(QuestionnairePage, { token: 'tok-1' });
    http.expectOne(url).flush({ code: 'QUESTIONNAIRE_LINK_NOT_FOUND' }, failure(404));
    await settle(fixture);
    expect(element.textContent).toContain('リンクは見つかりません');
  });
});
