import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { REFERENCE } from '../courses/course-fixtures.testing';
import { confirmingDialog, profileContent } from './bank-testing';
import { ReviewDetailPage } from './review-detail-page';

const ID = '6a0c1f9e-2b3d-4c5e-8f70-112233445566';
const URL = `/api/review/instructor-profiles/${ID}`;

function application(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    status: 'submitted',
    version: 7,
    content: profileContent({ activityRecordJa: '2019年から月1回の観望会。' }),
    approvedContent: profileContent(),
    changedFields: ['activityRecordJa'],
    submissionNumber: 2,
    registrationNumber: null,
    validUntil: null,
    photoUrl: null,
    applicant: {
      userId: 'u1',
      name: '星野 昭',
      email: 'hoshino@example.jp',
      birthYear: 1955,
      tsukubaRelations: ['live'],
      eligibility: { eligible: true, reasons: [] },
    },
    allowedActions: ['approve', 'return', 'decline'],
    history: [
      {
        id: 'e1',
        kind: 'returned',
        fromStatus: 'submitted',
        toStatus: 'returned',
        comment: '活動実績を書き足してください。',
        byReviewer: true,
        submissionNumber: 1,
        at: '2026-12-01T01:00:00Z',
      },
    ],
    ...overrides,
  };
}

describe('ReviewDetailPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  async function open(answer: boolean) {
    const dialog = confirmingDialog(answer);
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'review/instructors/:id', component: ReviewDetailPage }],
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
    await harness.navigateByUrl(`/review/instructors/${ID}`);
    TestBed.tick();
    backend.match('/api/reference').forEach((request) => request.flush(REFERENCE));
    backend
      .match((request) => request.url === '/api/facilities')
      .forEach((request) => request.flush([]));
    backend.expectOne(URL).flush(application());
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
  const button = (name: string) =>
    [...element().querySelectorAll<HTMLButtonElement>('button')].find(
      (node) => node.textContent?.trim() === name,
    )!;

  afterEach(() => backend.verify());

  it('shows the application beside what changed since the last registration, and the history', async () => {
    await open(true);
    const changes = element().querySelector('[aria-labelledby="changes-heading"] tbody')!;
    expect(changes.querySelectorAll('tr')).toHaveLength(1);
    expect(changes.textContent).toContain('活動実績');
    expect(changes.textContent).toContain('2019年から月1回の観望会。');
    expect(element().querySelector('.application__row--changed')?.textContent).toContain(
      '活動実績',
    );
    expect(element().textContent).toContain('活動実績を書き足してください。');
    // Only the decisions the API allows now are offered.
    expect(button('登録を停止する')).toBeUndefined();
    expect(button('承認して登録する')).toBeDefined();
  });

  it('asks for the reason before returning, then sends it with the version the reviewer saw', async () => {
    const dialog = await open(true);
    button('差し戻す').click();
    await settle();
    expect(element().textContent).toContain('差し戻し・不承認・停止の理由を書いてください。');
    expect(dialog.asked).toEqual([]);
    backend.expectNone(`${URL}/decisions`);

    const comment = element().querySelector<HTMLTextAreaElement>('#comment')!;
    comment.value = '活動実績を書き足してください。';
    comment.dispatchEvent(new Event('input'));
    button('差し戻す').click();
    await settle();
    expect(dialog.asked).toEqual(['差し戻しますか']);
    const decision = backend.expectOne(`${URL}/decisions`);
    expect(decision.request.body).toEqual({
      action: 'return',
      comment: '活動実績を書き足してください。',
      expectedVersion: 7,
    });
    decision.flush({});
    await drain();
    backend.expectOne(URL).flush(application({ status: 'returned', allowedActions: [] }));
    await settle();
    expect(element().querySelector('.done')?.textContent).toContain('「差し戻す」を記録しました。');
  });

  it('takes no decision when the reviewer says no in the confirmation', async () => {
    const dialog = await open(false);
    button('承認して登録する').click();
    await settle();
    expect(dialog.asked).toEqual(['承認して登録しますか']);
    backend.expectNone(`${URL}/decisions`);
  });

  it('reloads the application when another reviewer decided first', async () => {
    await open(true);
    button('承認して登録する').click();
    await settle();
    backend.expectOne(`${URL}/decisions`).flush(
      {
        statusCode: 409,
        code: 'INSTRUCTOR_PROFILE_VERSION_CONFLICT',
        message: 'x',
        messages: { ja: 'ほかの担当者の判断で更新されています。', en: 'Changed.' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await drain();
    backend
      .expectOne(URL)
      .flush(application({ status: 'registered', allowedActions: ['suspend'] }));
    await settle();
    expect(element().textContent).toContain('ほかの担当者の判断で更新されています。');
    expect(button('登録を停止する')).toBeDefined();
  });
});
