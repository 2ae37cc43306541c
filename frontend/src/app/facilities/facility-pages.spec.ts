import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { PageTitleStrategy } from '../core/navigation/page-title.strategy';
import { REFERENCE } from '../courses/course-fixtures.testing';
import { FacilityDetailPage, mapLink } from './facility-detail-page';
import { CENTRE_ID, facility, facilityDetail } from './facility-fixtures.testing';
import { FacilityListPage } from './facility-list-page';

describe('facility pages', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'facilities', title: 'title.facilities', component: FacilityListPage },
            {
              path: 'facilities/:id',
              title: 'title.facilityDetail',
              component: FacilityDetailPage,
            },
          ],
          withComponentInputBinding(),
        ),
        { provide: TitleStrategy, useExisting: PageTitleStrategy },
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  /** Lets the view catch up while a request is still open (the page is not stable then). */
  async function turn(): Promise<void> {
    for (let i = 0; i < 4; i++) {
      TestBed.tick();
      harness.fixture.detectChanges();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  function element(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url);
    TestBed.tick();
    backend.match('/api/reference').forEach((request) => request.flush(REFERENCE));
  }

  it('lists community centres apart from other venues, in the order the API gives', async () => {
    await open('/facilities');
    backend
      .expectOne('/api/facilities')
      .flush([
        facility({ id: 'a', nameJa: '筑波交流センター' }),
        facility({ id: 'b', kind: 'library', nameJa: '中央図書館' }),
        facility({ id: 'c', nameJa: '大穂交流センター' }),
      ]);
    await harness.fixture.whenStable();

    const sections = Array.from(element().querySelectorAll('section'));
    expect(sections.map((section) => section.querySelector('h2')?.textContent?.trim())).toEqual([
      '地域交流センター',
      'その他の会場',
    ]);
    expect(
      Array.from(sections[0].querySelectorAll('h3')).map((heading) => heading.textContent?.trim()),
    ).toEqual(['筑波交流センター', '大穂交流センター']);
    expect(sections[1].textContent).toContain('中央図書館');
  });

  it('offers a retry when the list could not be loaded, and lists the venues after it', async () => {
    await open('/facilities');
    expect(element().querySelector('[role="status"] [role=progressbar]')).not.toBeNull();
    backend
      .expectOne('/api/facilities')
      .flush(null, { status: 500, statusText: 'Internal Server Error' });
    await harness.fixture.whenStable();
    const alert = element().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('情報を読み込めませんでした');
    expect(element().querySelector('section')).toBeNull();

    alert.querySelector('button')!.click();
    TestBed.tick();
    backend.expectOne('/api/facilities').flush([facility()]);
    await harness.fixture.whenStable();
    expect(element().querySelector('[role="alert"]')).toBeNull();
    expect(element().querySelector('h3')?.textContent).toContain('吾妻交流センター');
  });

  it('shows rooms, access, a map link and upcoming courses, and names the tab after it', async () => {
    await open(`/facilities/${CENTRE_ID}`);
    backend.expectOne(`/api/facilities/${CENTRE_ID}`).flush(facilityDetail());
    await turn();
    backend.expectOne(`/api/facilities/${CENTRE_ID}/closures`).flush({ weekly: [], upcoming: [] });
    await harness.fixture.whenStable();

    expect(element().querySelector('h1')?.textContent).toContain('吾妻交流センター');
    const text = element().textContent ?? '';
    expect(text).toContain('つくば駅から徒歩5分');
    expect(text).toContain('09:00〜21:30');
    const row = element().querySelector('tbody tr')!;
    expect(row.textContent).toContain('研修室1');
    expect(row.textContent).toContain('2階');
    expect(row.textContent).toContain('プロジェクター');
    expect(row.textContent).toContain('車いす対応');
    expect(row.textContent).toContain('200円');
    expect(
      element().querySelector('a[href^="https://www.google.com/maps"]')?.getAttribute('href'),
    ).toBe('https://www.google.com/maps?q=36.0834,140.1125');
    expect(element().querySelector('tsu-course-card')?.textContent).toContain('はじめての英会話');
    const calendar = element().querySelector<HTMLAnchorElement>('a.calendar-link');
    expect([calendar?.textContent?.trim(), calendar?.getAttribute('href')]).toEqual([
      'この施設の講座をカレンダーに登録（.ics）',
      `/api/opendata/calendars/facilities/${CENTRE_ID}.ics`,
    ]);
    expect(TestBed.inject(Title).getTitle()).toBe('吾妻交流センター | つむぐ — つくば市の生涯学習');
  });

  it('shows its weekly closing days and the coming closures', async () => {
    await open(`/facilities/${CENTRE_ID}`);
    backend.expectOne(`/api/facilities/${CENTRE_ID}`).flush(facilityDetail());
    await turn();
    backend.expectOne(`/api/facilities/${CENTRE_ID}/closures`).flush({
      weekly: [
        {
          id: 'w-1',
          weekday: 1,
          from: '2027-04-05',
          to: null,
          reasonJa: '毎週月曜日休館',
          reasonEn: 'Closed every Monday',
        },
      ],
      upcoming: [
        {
          id: 'c-1',
          from: '2026-12-29',
          to: '2027-01-03',
          kind: 'year_end',
          reasonJa: '年末年始休館（12月29日〜1月3日）',
          reasonEn: 'Closed for the New Year (29 Dec – 3 Jan)',
        },
      ],
    });
    await harness.fixture.whenStable();

    const section = element().querySelector('section.closures')!;
    expect(section.querySelector('h2')?.textContent).toContain('休館日');
    const items = [...section.querySelectorAll('li')].map((li) =>
      [...li.children].map((part) => part.textContent?.trim()),
    );
    expect(items).toEqual([
      ['毎週月曜日', '2027年4月5日(月)から', '毎週月曜日休館'],
      ['2026年12月29日(火)〜2027年1月3日(日)', '年末年始休館（12月29日〜1月3日）'],
    ]);

    TestBed.inject(I18nService).setLanguage('en');
    await harness.fixture.whenStable();
    expect(section.textContent).toContain('Every Monday');
    expect(section.textContent).toContain('Tue 29 Dec 2026 – Sun 3 Jan 2027');
  });

  it('says when there is no closure in the coming half year', async () => {
    await open(`/facilities/${CENTRE_ID}`);
    backend.expectOne(`/api/facilities/${CENTRE_ID}`).flush(facilityDetail());
    await turn();
    backend.expectOne(`/api/facilities/${CENTRE_ID}/closures`).flush({ weekly: [], upcoming: [] });
    await harness.fixture.whenStable();
    expect(element().querySelector('section.closures')?.textContent).toContain(
      '半年先までの休館日はありません。',
    );
  });

  it('says so when the facility does not exist', async () => {
    await open(`/facilities/${CENTRE_ID}`);
    backend
      .expectOne(`/api/facilities/${CENTRE_ID}`)
      .flush({ code: 'FACILITY_NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();

    expect(element().querySelector('h1')?.textContent).toContain(
      'お探しの施設は見つかりませんでした',
    );
    expect(element().querySelector('[role="status"] a.mdc-button')?.textContent).toContain(
      '施設一覧へ戻る',
    );
    expect(element().querySelector('[role="alert"]')).toBeNull();
  });

  it('keeps a heading and offers a retry when the facility could not be loaded', async () => {
    await open(`/facilities/${CENTRE_ID}`);
    backend
      .expectOne(`/api/facilities/${CENTRE_ID}`)
      .flush(null, { status: 502, statusText: 'Bad Gateway' });
    await harness.fixture.whenStable();
    expect(element().querySelector('h1')?.textContent).toContain('施設の詳細');
    element().querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    TestBed.tick();
    backend.expectOne(`/api/facilities/${CENTRE_ID}`).flush(facilityDetail());
    await turn();
    backend.expectOne(`/api/facilities/${CENTRE_ID}/closures`).flush({ weekly: [], upcoming: [] });
    await harness.fixture.whenStable();
    expect(element().querySelectorAll('h1')).toHaveLength(1);
    expect(element().querySelector('h1')?.textContent).toContain('吾妻交流センター');
    expect(element().querySelector('[role="region"]')?.getAttribute('aria-label')).toBeTruthy();
  });
});

describe('mapLink', () => {
  it('links to a map app only when the facility has coordinates', () => {
    expect(mapLink(36.1, 140.2)).toBe('https://www.google.com/maps?q=36.1,140.2');
    expect(mapLink(null, 140.2)).toBeNull();
  });
});
