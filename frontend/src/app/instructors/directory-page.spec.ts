import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { InstructorList } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { REFERENCE } from '../courses/course-fixtures.testing';
import { DirectoryPage } from './directory-page';

const hoshino = {
  id: '6a0c1f9e-2b3d-4c5e-8f70-112233445566',
  kind: 'individual',
  displayName: '星野 昭',
  displayNameEn: 'Akira Hoshino',
  fields: ['science_environment'],
  titleJa: '筑波山で星空を楽しむ天体観察入門',
  titleEn: 'Stargazing on Mount Tsukuba',
  keywords: ['天体観測'],
  lifeStages: ['seniors'],
  languages: ['ja'],
  online: false,
  feeType: 'expenses_only',
};

function list(items: unknown[], total = items.length, page = 1): InstructorList {
  return { items, total, page, pageSize: 20 } as InstructorList;
}

describe('DirectoryPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'instructors', component: DirectoryPage }],
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
  async function open(url: string) {
    await harness.navigateByUrl(url);
    TestBed.tick();
    backend.match('/api/reference').forEach((request) => request.flush(REFERENCE));
    backend
      .match((request) => request.url === '/api/facilities')
      .forEach((request) => request.flush([]));
  }
  async function settle() {
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  it('sends the filters in the address to the API and shows a card per instructor', async () => {
    await open('/instructors?q=%E6%98%9F%E7%A9%BA&weekday=6&online=true&page=2');
    const request = backend.expectOne((candidate) => candidate.url === '/api/instructors');
    expect(request.request.params.get('q')).toBe('星空');
    expect(request.request.params.get('weekday')).toBe('6');
    expect(request.request.params.get('online')).toBe('true');
    expect(request.request.params.get('page')).toBe('2');
    request.flush(list([hoshino], 21, 2));
    await settle();

    expect(element().querySelector('h2#results-heading')?.textContent).toContain('21件');
    const link = element().querySelector<HTMLAnchorElement>('tsu-instructor-card a')!;
    expect(link.textContent?.trim()).toBe('星野 昭');
    expect(link.getAttribute('href')).toBe(`/instructors/${hoshino.id}`);
    expect(element().textContent).toContain('筑波山で星空を楽しむ天体観察入門');
  });

  it('searches by the keyword typed, keeping it in the address for sharing', async () => {
    await open('/instructors');
    backend.expectOne((candidate) => candidate.url === '/api/instructors').flush(list([hoshino]));
    await settle();

    const input = element().querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = '書道';
    input.dispatchEvent(new Event('input'));
    element()
      .querySelector<HTMLFormElement>('form[role="search"]')!
      .dispatchEvent(new Event('submit'));
    // The navigation runs, then the new search is asked for (the answer is still to come).
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    const request = backend.expectOne((candidate) => candidate.url === '/api/instructors');
    expect(request.request.params.get('q')).toBe('書道');
    request.flush(list([]));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/instructors?q=%E6%9B%B8%E9%81%93');
  });

  it('helps when nothing matches: how to search better, clearing, and registering to teach', async () => {
    await open('/instructors?q=%E3%81%AA%E3%81%84&field=arts');
    backend.expectOne((candidate) => candidate.url === '/api/instructors').flush(list([]));
    await settle();

    const text = element().textContent ?? '';
    expect(text).toContain('条件に合う講師は見つかりませんでした。');
    expect(text).toContain('ことばを短くする');
    const buttons = [...element().querySelectorAll('.state-message button, .state-message a')];
    expect(buttons.map((node) => node.textContent?.trim())).toEqual([
      '条件をすべて解除',
      '講師に登録する',
    ]);
  });
});
