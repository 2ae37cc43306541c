import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { person } from '../core/session/session-fixtures.testing';
import { SessionService } from '../core/session/session.service';
import { RequestsPage } from './requests-page';

const received = {
  id: 'r1',
  status: 'accepted',
  role: 'received',
  instructor: { id: 'i1', kind: 'individual', displayName: '星野 昭', fields: [] },
  requesterKind: 'group',
  requesterName: '竹園小学校PTA',
  purpose: '親子の星空観察会',
  dateOptions: [
    { index: 0, startsAt: '2027-02-06T01:00:00Z', endsAt: '2027-02-06T03:00:00Z' },
    { index: 1, startsAt: '2027-02-13T01:00:00Z', endsAt: '2027-02-13T03:00:00Z' },
  ],
  acceptedOption: { index: 1, startsAt: '2027-02-13T01:00:00Z', endsAt: '2027-02-13T03:00:00Z' },
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
};

describe('RequestsPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'instructor-requests', component: RequestsPage }],
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
  async function settle() {
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  it('lists the requests received, with the agreed date, each linking to its page', async () => {
    await harness.navigateByUrl('/instructor-requests?role=received');
    backend.expectOne('/api/me/instructor-requests?role=received').flush([received]);
    await settle();

    const selected = element().querySelector('[role="tab"][aria-selected="true"]');
    expect(selected?.textContent?.trim()).toBe('受け取った依頼');
    const cards = element().querySelectorAll('.card');
    expect(cards).toHaveLength(1);
    const link = cards[0].querySelector('a')!;
    expect(link.textContent?.trim()).toBe('親子の星空観察会');
    expect(link.getAttribute('href')).toBe('/instructor-requests/r1');
    expect(cards[0].textContent).toContain('依頼者：竹園小学校PTA');
    expect(cards[0].textContent).toContain('決まった日時');
    expect(cards[0].textContent).toContain('2027年2月13日');
    expect(cards[0].textContent).not.toContain('2027年2月6日');
  });

  it('sends someone with no requests sent to the directory, and one with none received to register', async () => {
    await harness.navigateByUrl('/instructor-requests');
    backend.expectOne('/api/me/instructor-requests?role=sent').flush([]);
    await settle();
    let empty = element().querySelector('.state-message')!;
    expect(empty.textContent).toContain('送った依頼はありません。');
    expect(empty.querySelector('a')?.getAttribute('href')).toBe('/instructors');

    await harness.navigateByUrl('/instructor-requests?role=received');
    backend.expectOne('/api/me/instructor-requests?role=received').flush([]);
    await settle();
    empty = element().querySelector('.state-message')!;
    expect(empty.textContent).toContain('受け取った依頼はありません。');
    expect(empty.querySelector('a')?.getAttribute('href')).toBe('/teach');
  });

  it('opens on the requests received for a registered instructor, on those sent for anyone else', async () => {
    TestBed.inject(SessionService).signedIn(person({ roles: ['citizen', 'instructor'] }));
    await harness.navigateByUrl('/instructor-requests');
    backend.expectOne('/api/me/instructor-requests?role=received').flush([received]);
    await settle();
    expect(element().querySelector('[aria-selected="true"]')?.textContent).toContain(
      '受け取った依頼',
    );

    await harness.navigateByUrl('/instructor-requests?role=sent');
    backend.expectOne('/api/me/instructor-requests?role=sent').flush([]);
    await settle();
    expect(element().querySelector('[aria-selected="true"]')?.textContent).toContain('送った依頼');
  });
});
