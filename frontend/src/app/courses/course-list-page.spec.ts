import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { REFERENCE, courseSummary } from './course-fixtures.testing';
import { courseListRoutes } from './course-list.routes';

describe('CourseListPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'courses', children: courseListRoutes }],
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

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url);
    TestBed.tick();
    backend.match('/api/reference').forEach((request) => request.flush(REFERENCE));
    backend.match('/api/facilities').forEach((request) => request.flush([]));
  }

  /**
   * Lets the router finish a navigation started by a click. `whenStable` would instead wait for
   * the request it starts, which only the test itself can answer.
   */
  async function navigationSettled(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  function text(): string {
    return (harness.routeNativeElement as HTMLElement).textContent ?? '';
  }

  it('asks the API with the filters from the URL and renders the results', async () => {
    await open('/courses?lifeStage=seniors&weekday=1&weekday=3&freeOnly=true&page=2');

    const request = backend.expectOne((candidate) => candidate.url === '/api/courses');
    expect(request.request.params.get('lifeStage')).toBe('seniors');
    expect(request.request.params.getAll('weekday')).toEqual(['1', '3']);
    expect(request.request.params.get('freeOnly')).toBe('true');
    expect(request.request.params.get('page')).toBe('2');
    request.flush({
      items: [
        courseSummary({ imageUrl: '/api/courses/a/image?v=abc', imageAltJa: '鍋のイラスト' }),
        courseSummary({ id: 'b', titleJa: '親子ヨガ', titleEn: '' }),
      ],
      total: 22,
      page: 2,
      pageSize: 20,
    });
    await harness.fixture.whenStable();

    expect(text()).toContain('22件の講座が見つかりました');
    expect(text()).toContain('はじめての英会話');
    expect(text()).toContain('First steps in English conversation');
    expect(text()).toContain('親子ヨガ');
    expect(text()).toContain('500円');
    // The chosen life stage's public calendar feed.
    const calendar = (harness.routeNativeElement as HTMLElement).querySelector('a.calendar-link');
    expect(calendar?.getAttribute('href')).toBe('/api/opendata/calendars/life-stages/seniors.ics');
    expect(text()).toContain('残り4席');
    expect(text()).toContain('抽選');
    expect(text()).toContain('2026年12月3日(木) 10:00');
    const links = (harness.routeNativeElement as HTMLElement).querySelectorAll('h3 a');
    expect(links[0].getAttribute('href')).toBe('/courses/9d7c5a3e-1b2f-4e6d-8c9a-0f1e2d3c4b5a');
    // The first card's picture: lazy, and decorative there (the title names the course).
    const images = (harness.routeNativeElement as HTMLElement).querySelectorAll('img.card__image');
    expect(images).toHaveLength(1);
    expect(images[0].getAttribute('src')).toBe('/api/courses/a/image?v=abc');
    expect(images[0].getAttribute('alt')).toBe('');
    expect(images[0].getAttribute('loading')).toBe('lazy');
  });

  it('says 約 when the API estimated the total, in the heading and in the paginator', async () => {
    await open('/courses?page=3');
    backend
      .expectOne((candidate) => candidate.url === '/api/courses')
      .flush({
        items: [courseSummary()],
        total: 44_000,
        totalEstimated: true,
        page: 3,
        pageSize: 20,
      });
    await harness.fixture.whenStable();

    expect(text()).toContain('約44,000件の講座が見つかりました');
    expect(text()).toContain('41〜41件目を表示');
    expect(text()).toContain('約44,000件中 41〜60件');

    TestBed.inject(I18nService).setLanguage('en');
    await harness.fixture.whenStable();
    expect(text()).toContain('About 44,000 courses found');
    expect(text()).toContain('41–60 of about 44,000');
  });

  it('goes on to the next page from where this one ended (the API cursor), and back by number', async () => {
    // jsdom scrolls nothing: the page moves to the results heading in a browser.
    const scrollIntoView = jest.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    await open('/courses?lifeStage=seniors&page=2');
    backend
      .expectOne((candidate) => candidate.url === '/api/courses')
      .flush({
        items: [courseSummary()],
        total: 44_000,
        totalEstimated: true,
        page: 2,
        pageSize: 20,
        nextCursor: 'cursor-after-page-2',
      });
    await harness.fixture.whenStable();
    const button = (label: string) =>
      (harness.routeNativeElement as HTMLElement).querySelector<HTMLButtonElement>(
        `.mat-mdc-paginator-navigation-${label}`,
      )!;

    button('next').click();
    await navigationSettled();
    const next = backend.expectOne((candidate) => candidate.url === '/api/courses');
    expect(next.request.params.get('page')).toBe('3');
    expect(next.request.params.get('after')).toBe('cursor-after-page-2');
    expect(next.request.params.get('lifeStage')).toBe('seniors');
    next.flush({
      items: [courseSummary()],
      total: 44_000,
      totalEstimated: true,
      page: 3,
      pageSize: 20,
      nextCursor: 'cursor-after-page-3',
    });
    await harness.fixture.whenStable();

    button('previous').click();
    await navigationSettled();
    const back = backend.expectOne((candidate) => candidate.url === '/api/courses');
    expect(back.request.params.get('page')).toBe('2');
    expect(back.request.params.has('after')).toBe(false);
    back.flush({ items: [courseSummary()], total: 44_000, page: 2, pageSize: 20 });
    expect(scrollIntoView).toHaveBeenCalledTimes(2);
  });

  it('gives an exact total without 約', async () => {
    await open('/courses');
    backend
      .expectOne((candidate) => candidate.url === '/api/courses')
      .flush({
        items: [courseSummary()],
        total: 1234,
        totalEstimated: false,
        page: 1,
        pageSize: 20,
      });
    await harness.fixture.whenStable();

    expect(text()).toContain('1,234件の講座が見つかりました');
    expect(text()).toContain('1,234件中 1〜20件');
    expect(text()).not.toContain('約');
  });

  it('keeps 受付中のみ in the URL, asks the API for it, and says on each card whether applications are open', async () => {
    await open('/courses?openNow=true');

    const request = backend.expectOne((candidate) => candidate.url === '/api/courses');
    expect(request.request.params.get('openNow')).toBe('true');
    request.flush({
      items: [
        courseSummary({
          id: 'a',
          titleJa: '受付前の講座',
          applicationState: 'notYetOpen',
          applicationOpensAt: '2026-12-10T00:00:00.000Z',
        }),
        courseSummary({ id: 'b', titleJa: '先着の講座', applicationState: 'open' }),
        courseSummary({ id: 'c', titleJa: '抽選の講座', applicationState: 'lotteryOpen' }),
        courseSummary({ id: 'd', titleJa: '締切の講座', applicationState: 'closed' }),
      ],
      total: 4,
      page: 1,
      pageSize: 20,
    });
    await harness.fixture.whenStable();

    const badges = Array.from(
      (harness.routeNativeElement as HTMLElement).querySelectorAll('.card__application'),
    ).map((badge) => badge.textContent?.trim());
    // in words, not in colour alone
    expect(badges).toEqual(['受付前（12月10日から）', '受付中', '抽選受付中', '受付終了']);
    const checkbox = (harness.routeNativeElement as HTMLElement).querySelector<HTMLInputElement>(
      'tsu-course-filter-panel mat-checkbox input[type=checkbox]',
    );
    expect(checkbox?.checked).toBe(true);

    TestBed.inject(I18nService).setLanguage('en');
    TestBed.tick();
    const english = Array.from(
      (harness.routeNativeElement as HTMLElement).querySelectorAll('.card__application'),
    ).map((badge) => badge.textContent?.trim());
    expect(english).toEqual([
      'Applications open 10 Dec',
      'Open for applications',
      'Lottery entries open',
      'Applications closed',
    ]);
  });

  it('shows an empty state offering to clear the filters', async () => {
    await open('/courses?q=%E7%81%AB%E6%98%9F');

    const request = backend.expectOne((candidate) => candidate.url === '/api/courses');
    expect(request.request.params.get('q')).toBe('火星');
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();

    expect(text()).toContain('条件に合う講座は見つかりませんでした。');
    const clear = Array.from(
      (harness.routeNativeElement as HTMLElement).querySelectorAll('button'),
    ).find(
      (button) =>
        button.textContent?.includes('条件をすべてクリア') &&
        !button.closest('tsu-course-filter-panel'),
    );
    expect(clear).toBeDefined();

    clear!.click();
    await navigationSettled();
    const cleared = backend.expectOne((candidate) => candidate.url === '/api/courses');
    expect(cleared.request.params.keys()).toEqual([]);
    cleared.flush({ items: [courseSummary()], total: 1, page: 1, pageSize: 20 });
  });

  function buttonNamed(label: string): HTMLButtonElement | undefined {
    return Array.from((harness.routeNativeElement as HTMLElement).querySelectorAll('button')).find(
      (button) => button.textContent?.includes(label),
    );
  }

  it('says what was searched, and when no course has every word, offers each word alone', async () => {
    await open('/courses?q=%E3%83%A8%E3%82%AC%20%E5%88%9D%E5%BF%83%E8%80%85');
    backend
      .expectOne((candidate) => candidate.url === '/api/courses')
      .flush({
        items: [],
        total: 0,
        totalEstimated: false,
        noResultHelp: {
          eachWord: [
            { word: 'ヨガ', total: 12, totalEstimated: false },
            { word: '初心者', total: 0, totalEstimated: false },
          ],
          withoutFilters: null,
        },
        page: 1,
        pageSize: 20,
      });
    await harness.fixture.whenStable();

    expect(text()).toContain('「ヨガ 初心者」の検索結果');
    expect(text()).toContain('「ヨガ 初心者」のすべての言葉を含む講座はありませんでした。');
    // A word that finds nothing alone is not offered.
    expect(buttonNamed('「初心者」だけで探す')).toBeUndefined();
    buttonNamed('「ヨガ」だけで探す（12件）')!.click();
    await navigationSettled();
    const alone = backend.expectOne((candidate) => candidate.url === '/api/courses');
    expect(alone.request.params.get('q')).toBe('ヨガ');
    alone.flush({ items: [courseSummary()], total: 1, page: 1, pageSize: 20 });
  });

  it('offers the same words without the filters when the filters leave nothing', async () => {
    await open('/courses?q=%E3%83%A8%E3%82%AC&freeOnly=true&lifeStage=seniors&sort=newest');
    backend
      .expectOne((candidate) => candidate.url === '/api/courses')
      .flush({
        items: [],
        total: 0,
        totalEstimated: false,
        noResultHelp: { eachWord: [], withoutFilters: { total: 1200, totalEstimated: true } },
        page: 1,
        pageSize: 20,
      });
    await harness.fixture.whenStable();

    buttonNamed('条件を外して「ヨガ」で探す（約1,200件）')!.click();
    await navigationSettled();
    const wider = backend.expectOne((candidate) => candidate.url === '/api/courses');
    expect(wider.request.params.get('q')).toBe('ヨガ');
    expect(wider.request.params.get('sort')).toBe('newest');
    expect(wider.request.params.has('freeOnly')).toBe(false);
    expect(wider.request.params.has('lifeStage')).toBe(false);
    wider.flush({ items: [courseSummary()], total: 1, page: 1, pageSize: 20 });
  });

  it('keeps the previous page on screen, dimmed under a progress bar, while a new search loads', async () => {
    await open('/courses');
    backend
      .expectOne((candidate) => candidate.url === '/api/courses')
      .flush({ items: [courseSummary()], total: 1, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('.results__progress mat-progress-bar')).toBeNull();

    await harness.navigateByUrl('/courses?lifeStage=seniors');
    await navigationSettled();
    const next = backend.expectOne((candidate) => candidate.url === '/api/courses');
    harness.fixture.detectChanges();
    expect(text()).toContain('はじめての英会話');
    expect(element.querySelector('ul.card-grid')?.classList).toContain('results__stale');
    expect(element.querySelector('.results__progress mat-progress-bar')).not.toBeNull();
    // The load state's own first-load bar stays away: one bar, above the old page.
    expect(element.querySelectorAll('mat-progress-bar')).toHaveLength(1);

    next.flush({
      items: [courseSummary({ id: 'b', titleJa: 'シニアのスマホ教室', titleEn: '' })],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    await harness.fixture.whenStable();
    expect(text()).toContain('シニアのスマホ教室');
    expect(text()).not.toContain('はじめての英会話');
    expect(element.querySelector('ul.card-grid')?.classList).not.toContain('results__stale');
    expect(element.querySelector('[role=progressbar]')).toBeNull();
  });

  it('offers a retry when the search fails', async () => {
    await open('/courses');

    backend
      .expectOne((candidate) => candidate.url === '/api/courses')
      .flush({ code: 'INTERNAL' }, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    expect(text()).toContain('情報を読み込めませんでした');

    const retry = Array.from(
      (harness.routeNativeElement as HTMLElement).querySelectorAll('button'),
    ).find((button) => button.textContent?.includes('もう一度読み込む'));
    retry!.click();
    await navigationSettled();
    backend
      .expectOne((candidate) => candidate.url === '/api/courses')
      .flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });
});

describe('CourseListPage in English', () => {
  it('translates the date picker and paginator provided by the route', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'courses', children: courseListRoutes }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('ja');
    const backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/courses');
    TestBed.tick();
    backend
      .match(() => true)
      .forEach((request) =>
        request.flush(
          request.request.url === '/api/courses'
            ? { items: [courseSummary()], total: 1, page: 1, pageSize: 20 }
            : request.request.url === '/api/reference'
              ? REFERENCE
              : [],
        ),
      );
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    const toggleLabels = () =>
      Array.from(element.querySelectorAll('mat-datepicker-toggle button')).map((button) =>
        button.getAttribute('aria-label'),
      );

    expect(toggleLabels()).toEqual(['カレンダーを開く', 'カレンダーを開く']);
    expect(element.textContent).toContain('1ページの表示件数');

    i18n.setLanguage('en');
    await harness.fixture.whenStable();
    expect(toggleLabels()).toEqual(['Open calendar', 'Open calendar']);
    expect(element.textContent).toContain('Courses per page');
    backend.verify();
  });
});
