import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { confirmingDialog } from './bank-testing';
import { RequestDetailPage } from './request-detail-page';

const ID = '0d5e6f70-8192-4a3b-9c4d-5e6f70819203';
const URL = `/api/me/instructor-requests/${ID}`;
const options = [
  { index: 0, startsAt: '2027-02-06T01:00:00Z', endsAt: '2027-02-06T03:00:00Z' },
  { index: 1, startsAt: '2027-02-13T01:00:00Z', endsAt: '2027-02-13T03:00:00Z' },
];

function request(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    status: 'pending',
    role: 'received',
    instructor: { id: 'i1', kind: 'individual', displayName: '星野 昭', fields: [] },
    requesterKind: 'group',
    requesterName: '竹園小学校PTA',
    purpose: '親子の星空観察会',
    audience: '小学生とその保護者',
    expectedParticipants: 30,
    dateOptions: options,
    acceptedOption: null,
    placeKind: 'other',
    facilityName: null,
    placeDetail: '竹園小学校 校庭',
    feeOfferedYen: 5000,
    feeNote: '',
    message: 'よろしくお願いします。',
    declineReason: '',
    messages: [],
    counterpartContact: null,
    report: null,
    allowed: { accept: true, decline: true, cancel: false, message: true, report: false },
    leadDays: 14,
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
    ...overrides,
  };
}

describe('RequestDetailPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  async function open(answer = true, answerWith = request()) {
    const dialog = confirmingDialog(answer);
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'instructor-requests/:id', component: RequestDetailPage }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        dialog.provider,
      ],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/instructor-requests/${ID}`);
    TestBed.tick();
    backend.expectOne(URL).flush(answerWith);
    await settle();
    return dialog;
  }
  /** Lets a resolved request's follow-up (a reload) be sent. */
  async function drain() {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }
  async function settle() {
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }
  const element = () => harness.routeNativeElement as HTMLElement;
  const contact = () =>
    element().querySelector('[aria-labelledby="contact-heading"]')?.textContent ?? '';

  afterEach(() => backend.verify());

  it('shows no contact details before the instructor accepts', async () => {
    await open();
    expect(contact()).toContain('講師が依頼を受けると、おたがいの連絡先がここに表示されます。');
    expect(element().querySelector('a[href^="mailto:"]')).toBeNull();
    expect(element().textContent).toContain('竹園小学校PTA');
    expect(element().textContent).toContain('30人');
  });

  it('accepts the chosen date after a confirmation, then shows the other party’s contact', async () => {
    const dialog = await open();
    const second = element().querySelectorAll<HTMLInputElement>('mat-radio-button input')[1];
    second.click();
    await settle();
    const accept = [...element().querySelectorAll<HTMLButtonElement>('button')].find(
      (node) => node.textContent?.trim() === 'この日時で受ける',
    )!;
    accept.click();
    await settle();
    expect(dialog.asked).toEqual(['この日時で依頼を受けますか']);
    const sent = backend.expectOne(`${URL}/accept`);
    expect(sent.request.body).toEqual({ optionIndex: 1 });
    sent.flush({});
    await drain();
    backend.expectOne(URL).flush(
      request({
        status: 'accepted',
        acceptedOption: options[1],
        counterpartContact: { name: '山田 花子', email: 'pta@example.jp', phone: '' },
        allowed: { accept: false, decline: false, cancel: false, message: true, report: false },
      }),
    );
    await settle();
    expect(element().querySelector('.done')?.textContent).toContain('依頼を受けました。');
    expect(contact()).toContain('山田 花子さんの連絡先');
    expect(element().querySelector('a[href="mailto:pta@example.jp"]')).not.toBeNull();
    expect(element().querySelector('a[href^="tel:"]')).toBeNull();
    expect(element().querySelector('.dates__accepted')?.textContent).toContain('第2希望');
  });

  it('lets the instructor give up an accepted request, in their own words, after a confirmation', async () => {
    const dialog = await open(
      true,
      request({
        status: 'accepted',
        acceptedOption: options[0],
        allowed: { accept: false, decline: false, cancel: true, message: true, report: false },
      }),
    );
    const giveUp = [...element().querySelectorAll<HTMLButtonElement>('button')].find(
      (node) => node.textContent?.trim() === '引き受けを取り消す',
    )!;
    giveUp.click();
    await settle();
    expect(dialog.asked).toEqual(['引き受けを取り消しますか']);
    backend.expectOne(`${URL}/cancel`).flush({});
    await drain();
    backend.expectOne(URL).flush(request({ status: 'cancelled', allowed: {} }));
    await settle();
    expect(element().querySelector('.done')?.textContent).toContain('依頼を取り消しました。');
  });

  it('refuses to decline without a reason', async () => {
    const dialog = await open();
    const decline = [...element().querySelectorAll<HTMLButtonElement>('button')].find(
      (node) => node.textContent?.trim() === '辞退する',
    )!;
    decline.click();
    await settle();
    expect(dialog.asked).toEqual([]);
    backend.expectNone(`${URL}/decline`);
    expect(element().querySelector('mat-error')?.textContent).toContain('入力してください。');
  });
});
