import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { ReviewQueuePage } from './review-queue-page';

const counts = {
  draft: 1,
  submitted: 4,
  returned: 2,
  registered: 58,
  declined: 1,
  withdrawn: 1,
  suspended: 0,
  expired: 2,
};
const queue = {
  items: [
    {
      id: 'p1',
      kind: 'individual',
      displayName: '蕎麦打ち 石田 実',
      status: 'submitted',
      fields: ['cooking_food'],
      isEdit: true,
      submittedAt: '2026-12-05T01:00:00Z',
      updatedAt: '2026-12-05T01:00:00Z',
      registrationNumber: 'TKB-2026-0004',
      validUntil: '2029-03-31',
    },
  ],
  total: 1,
  page: 1,
  pageSize: 20,
  counts,
  figures: {
    fiscalYear: 2026,
    requests: 12,
    accepted: 8,
    reported: 5,
    attendees: 143,
    averageRating: 4.6,
  },
};

describe('ReviewQueuePage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'review/instructors', component: ReviewQueuePage }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const element = () => harness.routeNativeElement as HTMLElement;

  it('opens on the applications waiting for a decision, with counts, figures and links', async () => {
    await harness.navigateByUrl('/review/instructors');
    const request = backend.expectOne(
      (candidate) => candidate.url === '/api/review/instructor-profiles',
    );
    expect(request.request.params.get('status')).toBe('submitted');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(queue);
    backend.expectOne('/api/review/instructor-settings').flush({ requestLeadDays: 14 });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();

    const tabs = [...element().querySelectorAll('[role="tab"]')].map((tab) =>
      tab.textContent?.trim(),
    );
    expect(tabs[0]).toBe('審査中（4）');
    expect(tabs.at(-1)).toBe('すべて（69）');
    expect(element().querySelector('[role="tab"][aria-selected="true"]')?.textContent).toContain(
      '審査中',
    );
    const link = element().querySelector<HTMLAnchorElement>('tbody a')!;
    expect(link.getAttribute('href')).toBe('/review/instructors/p1');
    expect(element().querySelector('tbody')?.textContent).toContain('登録内容の変更');
    const figures = element().querySelector('.figures')!.textContent ?? '';
    expect(figures).toContain('2026年度の講師依頼');
    expect(figures).toContain('143');
    expect(figures).toContain('4.6');
    expect(element().querySelector<HTMLInputElement>('input[type="number"]')?.value).toBe('14');
  });

  it('asks for every status under "all", with the search and page from the address', async () => {
    await harness.navigateByUrl('/review/instructors?status=all&q=%E3%81%9D%E3%81%B0&page=2');
    const request = backend.expectOne(
      (candidate) => candidate.url === '/api/review/instructor-profiles',
    );
    expect(request.request.params.has('status')).toBe(false);
    expect(request.request.params.get('q')).toBe('そば');
    expect(request.request.params.get('page')).toBe('2');
    request.flush({ ...queue, items: [], total: 0 });
    backend.expectOne('/api/review/instructor-settings').flush({ requestLeadDays: 14 });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(element().textContent).toContain('「そば」に合う申請はありません。');
  });
});
