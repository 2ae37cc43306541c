import type { HttpTestingController } from '@angular/common/http/testing';
import { render, settle, setUpPage, type } from '../core/testing/component-testing';
import { SectionSheetPage } from './section-sheet-page';
import { ORGANISATION_ID, sheet } from './sheet-fixtures.testing';

const URL = `/api/admin/evaluation-sheets/${ORGANISATION_ID}/2025`;
const submitted = () =>
  sheet({
    state: 'submitted',
    version: 4,
    editable: false,
    actions: ['return', 'accept'],
    figuresAsSubmitted: true,
    issues: '平日の開催が多い。',
  });

describe('SectionSheetPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  const open = () =>
    render(SectionSheetPage, { organisationId: ORGANISATION_ID, fiscalYear: '2025' });
  const button = (element: HTMLElement, text: string) =>
    [...element.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;

  it('shows the organisation’s own evaluation and refuses a return without a reason', async () => {
    const { fixture, element } = await open();
    http.expectOne(URL).flush(submitted());
    await settle(fixture);
    expect(element.querySelector('.sheet-text')?.textContent).toContain('平日の開催が多い。');
    expect(element.textContent).toContain('提出時点の数値です');
    button(element, '差し戻す').click();
    await settle(fixture);
    // No request: the reason is asked for first.
    expect(element.textContent).toContain('差し戻す理由をコメントに入力してください。');
  });

  it('returns the sheet with the comment and the version it read', async () => {
    const { fixture, element } = await open();
    http.expectOne(URL).flush(submitted());
    await settle(fixture);
    type(
      element.querySelector('textarea') as unknown as HTMLInputElement,
      '時期を書いてください。',
    );
    button(element, '差し戻す').click();
    await settle(fixture);
    const request = http.expectOne({ method: 'POST', url: `${URL}/return` });
    expect(request.request.body).toEqual({ version: 4, comment: '時期を書いてください。' });
    request.flush(sheet({ state: 'returned', version: 5, editable: false, actions: [] }));
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('差し戻しました。');
    expect(element.querySelector('textarea')).toBeNull();
  });

  it('says a sheet not yet submitted cannot be reviewed', async () => {
    const { fixture, element } = await open();
    http
      .expectOne(URL)
      .flush(sheet({ state: 'not_started', version: 0, actions: [], editable: false }));
    await settle(fixture);
    expect(element.textContent).toContain('このシートはまだ提出されていません。');
  });
});
