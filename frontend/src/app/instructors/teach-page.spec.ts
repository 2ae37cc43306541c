import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { REFERENCE } from '../courses/course-fixtures.testing';
import { confirmingDialog, profileContent } from './bank-testing';
import { TeachPage } from './teach-page';

const PROFILE = '/api/me/instructor-profile';

function mine(overrides: Record<string, unknown> = {}) {
  return {
    id: '6a0c1f9e-2b3d-4c5e-8f70-112233445566',
    status: 'draft',
    version: 1,
    content: profileContent(),
    approvedContent: null,
    hasUnsubmittedChanges: false,
    listed: false,
    registrationNumber: null,
    validUntil: null,
    renewable: false,
    photoUrl: null,
    reviewerComment: '',
    eligibility: { eligible: true, reasons: [] },
    history: [],
    ...overrides,
  };
}

describe('TeachPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  async function open(answer: 404 | ReturnType<typeof mine>, confirmAnswer = true) {
    const dialog = confirmingDialog(confirmAnswer);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'teach', component: TeachPage }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        dialog.provider,
      ],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/teach');
    TestBed.tick();
    const request = backend.expectOne(PROFILE);
    if (answer === 404) {
      request.flush(
        { statusCode: 404, code: 'INSTRUCTOR_PROFILE_NOT_FOUND', message: 'x' },
        { status: 404, statusText: 'Not Found' },
      );
    } else {
      request.flush(answer);
    }
    await settle();
    return dialog;
  }
  /** Answers the page's side reads (labels, centres, courses attended) as they are asked. */
  function answerSideReads() {
    backend.match('/api/reference').forEach((request) => request.flush(REFERENCE));
    backend
      .match((request) => request.url === '/api/facilities')
      .forEach((request) => request.flush([]));
    backend.match(`${PROFILE}/learning`).forEach((request) =>
      request.flush([
        {
          courseId: 'c1',
          titleJa: '和菓子づくり',
          titleEn: 'Japanese sweets',
          year: 2025,
          sessionsAttended: 3,
        },
      ]),
    );
  }
  async function settle() {
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
      answerSideReads();
    }
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }
  const element = () => harness.routeNativeElement as HTMLElement;
  const button = (name: string) =>
    [...element().querySelectorAll<HTMLButtonElement>('button')].find((node) =>
      node.textContent?.trim().startsWith(name),
    );

  afterEach(() => backend.verify());

  it('offers a first-timer to apply as an individual or a group, then the whole form', async () => {
    await open(404);
    expect(element().textContent).toContain('18歳以上');
    expect(element().querySelector('form')).toBeNull();
    button('団体で登録する')!.click();
    await settle();
    expect(element().querySelector('form')).not.toBeNull();
    // A group names its members and representative; a visibility switch stands beside them.
    expect(element().querySelector('input[formcontrolname="groupRepresentative"]')).not.toBeNull();
    expect(element().querySelectorAll('tsu-visibility-switch').length).toBeGreaterThan(5);
  });

  it('adds a course attended in tsumugu to the learning history in one click and saves it', async () => {
    await open(mine());
    const add = button('学習歴に加える')!;
    add.click();
    await settle();
    expect(button('学習歴に加える')).toBeUndefined();
    button('下書きを保存')!.click();
    await settle();
    const save = backend.expectOne(PROFILE);
    expect(save.request.method).toBe('PUT');
    expect(save.request.body.learningHistory).toEqual([
      { courseId: 'c1', title: '和菓子づくり', year: 2025 },
    ]);
    save.flush(mine({ version: 2 }));
    await settle();
    expect(element().querySelector('.done')?.textContent).toContain('保存しました。');
  });

  it('shows the reviewer’s comment on a returned application and offers to resubmit', async () => {
    await open(mine({ status: 'returned', reviewerComment: '活動実績を書き足してください。' }));
    expect(element().querySelector('.comment')?.textContent).toContain(
      '活動実績を書き足してください。',
    );
    expect(button('直して再申請する')).toBeDefined();
  });

  it('shows the registration number and validity, renews in one step and withdraws after a confirmation', async () => {
    const dialog = await open(
      mine({
        status: 'registered',
        registrationNumber: 'TKB-2026-0042',
        validUntil: '2028-03-31',
        renewable: true,
        listed: true,
      }),
    );
    const text = element().textContent ?? '';
    expect(text).toContain('TKB-2026-0042');
    expect(text).toContain('2028年3月31日');
    expect(element().querySelector('form input')?.hasAttribute('disabled')).toBe(false);

    button('変更なしで更新する')!.click();
    await settle();
    backend.expectOne(`${PROFILE}/renew`).flush(
      mine({
        status: 'registered',
        registrationNumber: 'TKB-2026-0042',
        validUntil: '2029-03-31',
      }),
    );
    await settle();
    expect(element().querySelector('.done')?.textContent).toContain('2029年3月31日');

    button('登録を取り下げる')!.click();
    await settle();
    expect(dialog.asked).toEqual(['登録を取り下げますか']);
    backend.expectOne(`${PROFILE}/withdraw`).flush(mine({ status: 'withdrawn' }));
    await settle();
    expect(element().textContent).toContain('登録を取り下げました。');
  });

  it('keeps an application under review read-only', async () => {
    await open(mine({ status: 'submitted' }));
    expect(element().textContent).toContain('審査中のため変更できません。');
    expect(
      element().querySelector('input[formcontrolname="displayName"]')?.hasAttribute('disabled'),
    ).toBe(true);
    expect(button('下書きを保存')).toBeUndefined();
  });
});
