import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { SessionService } from '../core/session/session.service';
import { applicationWindowState } from './booking-panel';
import { CourseDetailPage } from './course-detail-page';
import { REFERENCE, courseDetail } from './course-fixtures.testing';

const COURSE_URL = '/api/courses/9d7c5a3e-1b2f-4e6d-8c9a-0f1e2d3c4b5a';

describe('CourseDetailPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let i18n: I18nService;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'courses/:id', component: CourseDetailPage }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    i18n = TestBed.inject(I18nService);
    i18n.setLanguage('ja');
    TestBed.inject(SessionService).signedOut();
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/courses/9d7c5a3e-1b2f-4e6d-8c9a-0f1e2d3c4b5a');
    TestBed.tick();
    backend.match('/api/reference').forEach((request) => request.flush(REFERENCE));
  });

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  it('shows the course picture with what it shows, in the page’s language', async () => {
    backend.expectOne(COURSE_URL).flush(
      courseDetail({
        imageUrl: '/api/courses/c/image?v=abc',
        imageAltJa: '筑波山と木々のイラスト',
        imageAltEn: 'Illustration: Mount Tsukuba and trees',
      }),
    );
    await harness.fixture.whenStable();
    const image = element().querySelector<HTMLImageElement>('img.intro__image')!;
    expect(image.getAttribute('src')).toBe('/api/courses/c/image?v=abc');
    expect(image.alt).toBe('筑波山と木々のイラスト');
    i18n.setLanguage('en');
    await harness.fixture.whenStable();
    expect(image.alt).toBe('Illustration: Mount Tsukuba and trees');
  });

  it('has the schedule as a list too, shown where the table would scroll sideways', async () => {
    backend.expectOne(COURSE_URL).flush(courseDetail());
    await harness.fixture.whenStable();
    const list = element().querySelector('ol.schedule__list')!;
    expect(list.getAttribute('aria-label')).toBeTruthy();
    const items = [...list.querySelectorAll('li')].map((li) =>
      [...li.children].map((part) => part.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(items).toHaveLength(2);
    // Whole times (「10:00」, never a cut 「09:」) on their own line, then room and centre.
    expect(items[0]).toEqual([
      '第1回',
      '2026年12月3日(木) 10:00〜12:00',
      expect.stringContaining('研修室1 ·'),
    ]);
    expect(list.querySelector('a')?.getAttribute('href')).toBe(
      '/facilities/0b6f2c7e-5d1a-4c3b-9e8f-7a6b5c4d3e2f',
    );
  });

  it('shows the course, its sessions and how to apply', async () => {
    backend.expectOne(COURSE_URL).flush(courseDetail());
    await harness.fixture.whenStable();

    expect(element().querySelector('h1')?.textContent).toContain('はじめての英会話');
    const rows = element().querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('2026年12月3日(木) 10:00〜12:00');
    expect(rows[0].textContent).toContain('研修室1');
    expect(rows[1].querySelector('a')?.getAttribute('href')).toBe(
      '/facilities/0b6f2c7e-5d1a-4c3b-9e8f-7a6b5c4d3e2f',
    );
    const text = element().textContent ?? '';
    expect(text).toContain('500円');
    expect(text).toContain('18歳以上');
    expect(text).toContain('市内在住・在勤・在学の方を優先');
    expect(text).toContain('筆記用具');
    expect(text).toContain('山田 花子');
    expect(text).toContain('生涯学習推進課');
    // The city's internal word for a department is not for a public page.
    expect(text).not.toContain('市の担当課');
    expect(text).toContain('2026年度');
    expect(text).toContain('残り4席');
    // The plan's priority projects in the plan's words and order, whatever order was picked.
    const projects = [...element().querySelectorAll('.plain-list li')].map((li) =>
      li.textContent?.trim(),
    );
    expect(projects).toEqual([
      'ライフステージに応じた学習機会の提供',
      '多様な主体とのネットワーク行政の推進',
    ]);
    // Each links to the catalogue filtered by that project.
    const links = [...element().querySelectorAll<HTMLAnchorElement>('.plain-list li a')];
    expect(links.map((a) => decodeURIComponent(a.getAttribute('href')!))).toEqual([
      '/courses?priorityProject=life_stage_learning',
      '/courses?priorityProject=partner_network',
    ]);
    expect(links[0]!.getAttribute('aria-label')).toBe(
      '重点事業「ライフステージに応じた学習機会の提供」の講座を探す',
    );
    expect(text).toContain('全3回中2回以上の出席で修了証を発行します');
    expect(text).toContain('2026年11月20日(金) 17:00まで');
    // A visitor is asked to log in and comes back to this course afterwards.
    const logIn = element().querySelector<HTMLAnchorElement>(
      'tsu-booking-panel a[href^="/log-in"]',
    );
    expect(logIn?.textContent).toContain('ログインして申し込む');
    expect(decodeURIComponent(logIn!.getAttribute('href')!)).toBe(
      '/log-in?returnTo=/courses/9d7c5a3e-1b2f-4e6d-8c9a-0f1e2d3c4b5a',
    );
    expect(element().querySelector('tsu-booking-panel button')).toBeNull();
  });

  it('follows a language switch without reloading', async () => {
    backend.expectOne(COURSE_URL).flush(courseDetail());
    await harness.fixture.whenStable();

    i18n.setLanguage('en');
    await harness.fixture.whenStable();

    expect(element().querySelector('h1')?.textContent).toContain(
      'First steps in English conversation',
    );
    expect(element().textContent).toContain('Thu 3 Dec 2026, 10:00–12:00');
    expect(element().textContent).toContain('¥500');
    expect(element().textContent).toContain('Issued for attending at least 2 of 3 sessions');
  });

  it('says a one-session course’s certificate rule and whether late counts', async () => {
    backend.expectOne(COURSE_URL).flush(
      courseDetail({
        completion: { rule: 'all', countsLate: false, sessions: 1, requiredSessions: 1 },
      }),
    );
    await harness.fixture.whenStable();
    expect(element().textContent).toContain(
      '出席された方に修了証を発行します（遅刻は出席に数えません）',
    );
  });

  it('shows no certificate line for a course without certificates', async () => {
    backend.expectOne(COURSE_URL).flush(courseDetail({ completion: null }));
    await harness.fixture.whenStable();
    const terms = [...element().querySelectorAll('dt')].map((dt) => dt.textContent?.trim());
    expect(terms).not.toContain('修了証');
  });

  it('shows Japanese where the organiser wrote no English, marked as Japanese only', async () => {
    backend.expectOne(COURSE_URL).flush(courseDetail({ titleEn: '', descriptionEn: '' }));
    await harness.fixture.whenStable();
    i18n.setLanguage('en');
    await harness.fixture.whenStable();

    const h1 = element().querySelector('h1')!;
    expect(h1.getAttribute('lang')).toBe('ja');
    expect(h1.textContent).toBe(courseDetail().titleJa);
    const description = element().querySelector('.description')!;
    expect(description.getAttribute('lang')).toBe('ja');
    expect(description.textContent?.trim()).toBe(courseDetail().descriptionJa);
    const notes = [...element().querySelectorAll('.japanese-only')];
    expect(notes).toHaveLength(2);
    expect(notes[0].textContent).toBe('日本語のみ / Japanese only');
    expect(notes[0].querySelector('[lang="ja"]')?.textContent).toBe('日本語のみ');

    // In Japanese nothing is a fallback; with English written, nothing is marked either.
    i18n.setLanguage('ja');
    await harness.fixture.whenStable();
    expect(element().querySelector('.japanese-only')).toBeNull();
    expect(element().querySelector('h1')?.hasAttribute('lang')).toBe(false);
  });

  it('shows each registered instructor as a card linking to their profile', async () => {
    backend.expectOne(COURSE_URL).flush(
      courseDetail({
        instructors: [
          {
            id: '6a0c1f9e-2b3d-4c5e-8f70-112233445566',
            kind: 'individual',
            displayName: '星野 昭',
            displayNameEn: 'Akira Hoshino',
            fields: ['science_technology'],
          },
        ],
      }),
    );
    await harness.fixture.whenStable();

    const section = element().querySelector('[aria-labelledby="instructors-heading"]')!;
    const link = section.querySelector<HTMLAnchorElement>('tsu-instructor-card a')!;
    expect(link.textContent?.trim()).toBe('星野 昭');
    expect(link.getAttribute('href')).toBe('/instructors/6a0c1f9e-2b3d-4c5e-8f70-112233445566');
    // No photo made public: the card shows the initial instead, hidden from screen readers.
    expect(section.querySelector('img')).toBeNull();
    expect(section.querySelector('[aria-hidden="true"]')?.textContent).toBe('星');
    // The free-text names still show beside the cards.
    expect(element().querySelector('.facts')?.textContent).toContain('山田 花子');
  });

  it('does not say "no instructor" in the overview when only linked instructors teach', async () => {
    backend.expectOne(COURSE_URL).flush(
      courseDetail({
        instructorNamesJa: '',
        instructorNamesEn: '',
        instructors: [{ id: 'i1', kind: 'group', displayName: '宇宙開発OBの会', fields: [] }],
      }),
    );
    await harness.fixture.whenStable();
    const terms = [...element().querySelectorAll('.facts dt')].map((node) => node.textContent);
    expect(terms).not.toContain('講師');
    expect(element().querySelector('tsu-instructor-card')?.textContent).toContain('宇宙開発OBの会');
  });

  it('shows no instructor section when none is linked', async () => {
    backend.expectOne(COURSE_URL).flush(courseDetail());
    await harness.fixture.whenStable();
    expect(element().querySelector('[aria-labelledby="instructors-heading"]')).toBeNull();
  });

  it('says so when the course does not exist', async () => {
    backend
      .expectOne(COURSE_URL)
      .flush({ code: 'COURSE_NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();

    expect(element().querySelector('h1')?.textContent).toContain(
      'お探しの講座は見つかりませんでした',
    );
    expect(element().textContent).toContain('公開が取り下げられた可能性があります');
    expect(element().querySelector('a[href="/courses"]')).not.toBeNull();
    expect(element().querySelector('[role="alert"]')).toBeNull();
  });

  it('shows a progress bar until the course arrives', async () => {
    expect(element().querySelector('[role="status"] [role=progressbar]')).not.toBeNull();
    expect(element().querySelector('h1')).toBeNull();
    backend.expectOne(COURSE_URL).flush(courseDetail());
    await harness.fixture.whenStable();
    expect(element().querySelector('[role=progressbar]')).toBeNull();
    expect(element().querySelector('h1')?.textContent).toContain('はじめての英会話');
  });

  it('keeps a heading and offers a retry when the course could not be loaded', async () => {
    backend.expectOne(COURSE_URL).flush(null, { status: 503, statusText: 'Service Unavailable' });
    await harness.fixture.whenStable();
    expect(element().querySelector('h1')?.textContent).toContain('講座の詳細');
    const alert = element().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('情報を読み込めませんでした');

    alert.querySelector('button')!.click();
    TestBed.tick();
    backend.expectOne(COURSE_URL).flush(courseDetail());
    await harness.fixture.whenStable();
    expect(element().querySelector('[role="alert"]')).toBeNull();
    expect(element().querySelectorAll('h1')).toHaveLength(1);
    expect(element().querySelector('h1')?.textContent).toContain('はじめての英会話');
  });
});

describe('applicationWindowState', () => {
  const opens = '2026-11-01T00:00:00Z';
  const closes = '2026-11-20T08:00:00Z';

  it('tells before, during and after the window', () => {
    expect(applicationWindowState(opens, closes, new Date('2026-10-31T00:00:00Z'))).toBe('notYet');
    expect(applicationWindowState(opens, closes, new Date('2026-11-10T00:00:00Z'))).toBe('open');
    expect(applicationWindowState(opens, closes, new Date('2026-11-25T00:00:00Z'))).toBe('closed');
  });

  it('handles a window without ends', () => {
    expect(applicationWindowState(null, null, new Date())).toBe('none');
    expect(applicationWindowState(null, closes, new Date('2026-11-01T00:00:00Z'))).toBe('open');
  });
});
