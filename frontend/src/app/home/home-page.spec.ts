import type { CourseSummary } from '../api/api-types';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { REFERENCE, courseSummary } from '../courses/course-fixtures.testing';
import { facility } from '../facilities/facility-fixtures.testing';
import { I18nService } from '../core/i18n/i18n.service';
import { type FakeViewport, installFakeViewport } from '../core/testing/fake-viewport';
import { HomePage } from './home-page';

describe('HomePage', () => {
  let fixture: ComponentFixture<HomePage>;
  let backend: HttpTestingController;
  let viewport: FakeViewport;

  beforeEach(async () => {
    localStorage.clear();
    viewport = installFakeViewport();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HomePage);
    fixture.detectChanges();
    TestBed.tick();
  });

  afterEach(() => {
    backend.verify();
    viewport.uninstall();
  });

  /** The reader scrolls down to the sections below the search: their code loads. */
  async function scrollDown(): Promise<void> {
    viewport.scrollAllIntoView();
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      TestBed.tick();
      fixture.detectChanges();
    }
  }

  /** Lets the view catch up; a course card asks for the reference lists when first shown. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      fixture.detectChanges();
      await new Promise((resolve) => setTimeout(resolve, 10));
      backend.match('/api/reference').forEach((request) => request.flush(REFERENCE));
    }
    await fixture.whenStable();
  }

  const section = (heading: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(
      `section[aria-labelledby="${heading}"]`,
    )!;
  const soonRequest = () => backend.expectOne((request) => request.url === '/api/courses');
  const centresRequest = () =>
    backend.expectOne(
      (request) =>
        request.url === '/api/facilities' && request.params.get('kind') === 'community_centre',
    );

  it('loads the code of the sections below the search only as they near the screen', async () => {
    // Their data is asked for at once (index.html preloads it); the cards' code is not needed yet.
    soonRequest().flush({ items: [courseSummary()], total: 1, page: 1, pageSize: 6 });
    centresRequest().flush([facility()]);
    await settle();
    expect(viewport.watched()).toBe(2);
    expect(section('soon-heading').querySelector('tsu-course-card')).toBeNull();
    expect(
      section('soon-heading').querySelector('[role="status"] [role=progressbar]'),
    ).not.toBeNull();

    await scrollDown();
    await settle();
    expect(section('soon-heading').querySelector('tsu-course-card')?.textContent).toContain(
      'はじめての英会話',
    );
    expect(section('centres-heading').querySelector('a.centre')).not.toBeNull();
    expect(viewport.watched()).toBe(0);
  });

  it('shows a progress bar in each section until its answer arrives, then the courses and centres', async () => {
    await scrollDown();
    expect(
      section('soon-heading').querySelector('[role="status"] [role=progressbar]'),
    ).not.toBeNull();
    expect(
      section('centres-heading').querySelector('[role="status"] [role=progressbar]'),
    ).not.toBeNull();

    const soon = soonRequest();
    expect(soon.request.params.get('sort')).toBe('soonest');
    soon.flush({ items: [courseSummary()], total: 1, page: 1, pageSize: 6 });
    centresRequest().flush([facility()]);
    await settle();

    expect(section('soon-heading').querySelector('[role=progressbar]')).toBeNull();
    expect(section('soon-heading').querySelector('tsu-course-card')?.textContent).toContain(
      'はじめての英会話',
    );
    expect(section('centres-heading').querySelector('a.centre')?.textContent).toContain(
      '吾妻交流センター',
    );
  });

  it('leads まもなく開催 with what a person can still book, then the rest, soonest first in each', async () => {
    await scrollDown();
    const soon = soonRequest();
    const course = (id: string, fields: Partial<CourseSummary>) =>
      courseSummary({ id, titleJa: id, ...fields });
    soon.flush({
      items: [
        course('満席A', { applicationState: 'open', seatsLeft: 0 }),
        course('締切B', { applicationState: 'closed' }),
        course('受付前C', { applicationState: 'notYetOpen' }),
        course('空きD', { applicationState: 'open', seatsLeft: 3 }),
        course('抽選E', { applicationState: 'lotteryOpen', seatsLeft: 0 }),
        course('空きF', { applicationState: 'open', seatsLeft: 1 }),
        course('締切G', { applicationState: 'closed' }),
        course('空きH', { applicationState: 'open', seatsLeft: 9 }),
      ],
      total: 8,
      page: 1,
      pageSize: 30,
    });
    centresRequest().flush([]);
    await settle();

    const titles = Array.from(section('soon-heading').querySelectorAll('tsu-course-card h3')).map(
      (title) => title.textContent?.trim(),
    );
    expect(titles).toEqual(['空きD', '抽選E', '空きF', '空きH', '満席A', '締切B']);
  });

  it('gives the search form one submit button, named by its words (drawn without Material)', async () => {
    const form = (fixture.nativeElement as HTMLElement).querySelector('form[role="search"]')!;
    const buttons = form.querySelectorAll('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0].type).toBe('submit');
    expect(buttons[0].textContent?.trim()).toBe(TestBed.inject(I18nService).t('home.searchButton'));
    expect(buttons[0].classList).not.toContain('mat-mdc-button-base');
    soonRequest().flush({ items: [], total: 0, page: 1, pageSize: 6 });
    centresRequest().flush([]);
    await settle();
  });

  it('says so when no course is coming up', async () => {
    await scrollDown();
    soonRequest().flush({ items: [], total: 0, page: 1, pageSize: 6 });
    centresRequest().flush([facility()]);
    await settle();
    expect(section('soon-heading').querySelector('[role="status"]')?.textContent).toContain(
      '近日開催の講座は現在ありません。',
    );
  });

  it('offers a retry in the section whose list failed, and keeps the other', async () => {
    await scrollDown();
    soonRequest().flush({ items: [courseSummary()], total: 1, page: 1, pageSize: 6 });
    centresRequest().flush(null, { status: 500, statusText: 'Internal Server Error' });
    await settle();

    expect(section('soon-heading').querySelector('[role="alert"]')).toBeNull();
    expect(section('soon-heading').querySelector('tsu-course-card')).not.toBeNull();
    const alert = section('centres-heading').querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('情報を読み込めませんでした');

    alert.querySelector('button')!.click();
    TestBed.tick();
    centresRequest().flush([facility()]);
    await settle();
    expect(section('centres-heading').querySelector('[role="alert"]')).toBeNull();
    expect(section('centres-heading').querySelector('a.centre')?.textContent).toContain(
      '吾妻交流センター',
    );
  });
});
