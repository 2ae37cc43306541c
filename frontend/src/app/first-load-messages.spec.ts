import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from './app.routes';
import { App } from './app';
import { I18nService, preloadCatalogue } from './core/i18n/i18n.service';
import { ja } from './core/i18n/messages-ja';
import { jaPages } from './core/i18n/messages-ja-pages';
import { SessionService } from './core/session/session.service';
import { person } from './core/session/session-fixtures.testing';
import { preloadPageIcons } from './core/layout/icon';
import { PAGE_ICON_PATHS } from './core/layout/page-icons';
import { type FakeViewport, installFakeViewport } from './core/testing/fake-viewport';
import { REFERENCE, courseSummary } from './courses/course-fixtures.testing';
import { facility } from './facilities/facility-fixtures.testing';

/**
 * A first visit to the home page downloads only the shell's and the home page's Japanese
 * messages and icons (messages-ja.ts, icons.ts); every other page's route fetches the rest with
 * its code. These render the shell and the home page — every kind of course card, a signed-in
 * menu — with the first load's alone, and fail on any message or icon they would be missing.
 */
describe("the first load's messages and icons", () => {
  let backend: HttpTestingController;
  let viewport: FakeViewport;
  let missing: string[];

  beforeEach(() => {
    localStorage.clear();
    // What the browser has after the first load: no page's messages or icons yet.
    preloadCatalogue('ja', ja);
    preloadPageIcons({});
    viewport = installFakeViewport();
    missing = [];
    jest.spyOn(console, 'error').mockImplementation((message: unknown) => {
      missing.push(String(message));
    });
    TestBed.configureTestingModule({
      providers: [provideRouter(routes), provideHttpClient(), provideHttpClientTesting()],
    });
    void TestBed.inject(I18nService).setLanguage('ja');
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    viewport.uninstall();
    jest.restoreAllMocks();
    preloadCatalogue('ja', { ...ja, ...jaPages });
    preloadPageIcons(PAGE_ICON_PATHS);
  });

  /** Answers every request the page sends, a few turns long, with data for each branch. */
  async function answerAll(harness: RouterTestingHarness): Promise<void> {
    for (let turn = 0; turn < 5; turn++) {
      viewport.scrollAllIntoView();
      TestBed.tick();
      harness.detectChanges();
      await new Promise((resolve) => setTimeout(resolve, 10));
      for (const request of backend.match(() => true)) {
        const path = request.request.url;
        if (path === '/api/courses') {
          const items = [
            courseSummary({ id: 'a', applicationState: 'open', seatsLeft: 3 }),
            courseSummary({ id: 'b', applicationState: 'open', seatsLeft: 0 }),
            courseSummary({ id: 'c', applicationState: 'notYetOpen', childcareOffered: false }),
            courseSummary({ id: 'd', applicationState: 'lotteryOpen', feeYen: 0 }),
            courseSummary({ id: 'e', applicationState: 'closed', sessionCount: 1 }),
          ];
          request.flush({ items, total: items.length, page: 1, pageSize: 30 });
        } else if (path === '/api/reference') request.flush(REFERENCE);
        else if (path === '/api/facilities') request.flush([facility()]);
        else request.flush(null, { status: 404, statusText: 'Not Found' });
      }
    }
  }

  it('are enough for the shell and the home page, signed in, every kind of card on it', async () => {
    TestBed.inject(SessionService).signedIn(person({ roles: ['citizen', 'organiser'] }));
    const shell = TestBed.createComponent(App);
    const harness = await RouterTestingHarness.create('/');
    await answerAll(harness);
    shell.detectChanges();

    const page = harness.routeNativeElement!;
    expect(page.querySelectorAll('tsu-course-card')).toHaveLength(5);
    expect(page.querySelector('a.centre')).not.toBeNull();
    expect(missing).toEqual([]);
    expect(shell.nativeElement.textContent).toContain('講座をさがす');
    // The signed-in menu (a chunk of its own, fetched once signed in) with its workspaces.
    const menu = (shell.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      '.user-menu__button',
    );
    menu!.click();
    shell.detectChanges();
    expect(shell.nativeElement.textContent).toContain(ja['layout.nav.organiser']);
    expect(missing).toEqual([]);
  });

  it("are followed by the pages' when a page's route is opened", async () => {
    const harness = await RouterTestingHarness.create('/');
    await answerAll(harness);
    await harness.navigateByUrl('/courses');
    await answerAll(harness);

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toContain(
      jaPages['courses.heading'],
    );
    expect(harness.routeNativeElement?.querySelectorAll('tsu-course-card')).toHaveLength(5);
    expect(missing).toEqual([]);
    // The catalogue's route loads its Material code: slow on a busy machine.
  }, 30_000);
});
