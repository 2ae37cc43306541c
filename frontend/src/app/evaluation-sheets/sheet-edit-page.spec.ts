import type { HttpTestingController } from '@angular/common/http/testing';
import { NOW } from '../core/format/browser-clock';
import { render, settle, setUpPage, type } from '../core/testing/component-testing';
import { SheetEditPage } from './sheet-edit-page';
import { ORGANISATION_ID, sheet } from './sheet-fixtures.testing';

const URL = `/api/organiser/evaluation-sheets/${ORGANISATION_ID}/2025`;

describe('SheetEditPage', () => {
  let http: HttpTestingController;

  beforeEach(
    () =>
      (http = setUpPage('ja', [
        { provide: NOW, useValue: () => new Date('2026-05-11T01:00:00Z') },
      ])),
  );
  afterEach(() => http.verify());

  const open = () => render(SheetEditPage, { organisationId: ORGANISATION_ID, fiscalYear: '2025' });
  const field = (element: HTMLElement, name: string) =>
    // type() sets a value and fires input, as for an <input>.
    element.querySelector(`textarea[name="${name}"]`) as HTMLInputElement;

  it('shows the figures with their definitions and the form filled from the sheet', async () => {
    const { fixture, element } = await open();
    http.expectOne(URL).flush(sheet());
    await settle(fixture);
    expect(element.querySelector('h1')?.textContent).toContain('2025年度 事務事業評価シート');
    expect(element.textContent).toContain('つくば市 こども課');
    expect(element.textContent).toContain('作成中');
    const rows = [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim()),
    );
    expect(rows[0]).toEqual([
      '実施講座数',
      '1,234',
      '公開または終了した講座のうち、中止でない回が1回以上あるもの。',
    ]);
    expect(rows[1][1]).toBe('87.5%');
    expect(field(element, 'outcomes').value).toBe('親子講座を12回開催した。');
    expect(element.querySelector('a[download]')?.getAttribute('href')).toBe(`${URL}/sheet.xlsx`);
  });

  it('saves the typed text with the version it was made on, then submits that version', async () => {
    const { fixture, element } = await open();
    http.expectOne(URL).flush(sheet());
    await settle(fixture);
    type(field(element, 'issues'), '平日の開催が多い。');
    type(field(element, 'improvements'), '土曜日に開く。');
    type(field(element, 'nextYearPlan'), '土曜講座を増やす。');
    const submit = [...element.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('生涯学習推進課に提出'),
    )!;
    submit.click();
    await settle(fixture);
    const save = http.expectOne({ method: 'PUT', url: URL });
    expect(save.request.body).toEqual({
      version: 3,
      outcomes: '親子講座を12回開催した。',
      issues: '平日の開催が多い。',
      improvements: '土曜日に開く。',
      nextYearPlan: '土曜講座を増やす。',
    });
    save.flush(sheet({ version: 4, issues: '平日の開催が多い。' }));
    await settle(fixture);
    const send = http.expectOne({ method: 'POST', url: `${URL}/submit` });
    expect(send.request.body).toEqual({ version: 4 });
    send.flush(
      sheet({
        version: 5,
        state: 'submitted',
        editable: false,
        actions: [],
        figuresAsSubmitted: true,
      }),
    );
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('提出しました。');
    expect(element.querySelector('textarea')).toBeNull();
    expect(element.textContent).toContain('提出時点の数値です');
  });

  it('creates a sheet never saved before submitting it', async () => {
    const { fixture, element } = await open();
    http.expectOne(URL).flush(sheet({ state: 'not_started', version: 0, actions: [] }));
    await settle(fixture);
    [...element.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('生涯学習推進課に提出'))!
      .click();
    await settle(fixture);
    const save = http.expectOne({ method: 'PUT', url: URL });
    expect(save.request.body.version).toBe(0);
    save.flush(sheet({ version: 1 }));
    await settle(fixture);
    const send = http.expectOne({ method: 'POST', url: `${URL}/submit` });
    expect(send.request.body).toEqual({ version: 1 });
    send.flush(sheet({ version: 2, state: 'submitted', editable: false, actions: [] }));
    await settle(fixture);
  });

  it('says when a colleague saved meanwhile, and loads their version on request', async () => {
    const { fixture, element } = await open();
    http.expectOne(URL).flush(sheet());
    await settle(fixture);
    type(field(element, 'outcomes'), '私の書いた成果');
    element.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    http.expectOne({ method: 'PUT', url: URL }).flush(
      {
        statusCode: 409,
        code: 'EVALUATION_SHEET_CHANGED',
        message: 'changed',
        messages: { ja: '別の方が更新しました。', en: 'Someone else changed it.' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      '別の方が更新しました。',
    );
    const reload = [...element.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('最新の内容を読み込む'),
    )!;
    reload.click();
    await settle(fixture);
    http.expectOne(URL).flush(sheet({ version: 4, outcomes: '同僚の書いた成果' }));
    await settle(fixture);
    expect(field(element, 'outcomes').value).toBe('同僚の書いた成果');
  });

  it('shows the section’s comment when the sheet is returned', async () => {
    const { fixture, element } = await open();
    http.expectOne(URL).flush(
      sheet({
        state: 'returned',
        history: [
          {
            fromState: 'draft',
            toState: 'submitted',
            action: 'submit',
            actorName: '筑波 花子',
            comment: '',
            at: '2026-05-01T01:00:00Z',
          },
          {
            fromState: 'submitted',
            toState: 'returned',
            action: 'return',
            actorName: '評価 担当',
            comment: '数値の根拠を書いてください。',
            at: '2026-05-02T01:00:00Z',
          },
        ],
      }),
    );
    await settle(fixture);
    const aside = element.querySelector('aside.sheet-comment')!;
    expect(aside.textContent).toContain('生涯学習推進課からのコメント');
    expect(aside.textContent).toContain('数値の根拠を書いてください。');
    // Newest first in the history.
    expect(element.querySelector('.sheet-history__event')?.textContent).toContain('差戻し');
  });
});
