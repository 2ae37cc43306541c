import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from './core/i18n/i18n.service';
import { type FakeViewport, installFakeViewport } from './core/testing/fake-viewport';
import { REFERENCE, courseSummary } from './courses/course-fixtures.testing';
import { courseListRoutes } from './courses/course-list.routes';
import pages from './first-load-pages.json';
import { HomePage } from './home/home-page';

/**
 * The server names each listed page's first API requests in its index.html so the browser asks
 * for them alongside the scripts (frontend/scripts/page-preloads.mjs). A preload is only used
 * when the page then asks for exactly that address: these check the list against the pages.
 */
describe('first-load page list', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let viewport: FakeViewport;

  beforeEach(async () => {
    localStorage.clear();
    viewport = installFakeViewport();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: '', pathMatch: 'full', component: HomePage },
            { path: 'courses', children: courseListRoutes },
          ],
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

  afterEach(() => {
    backend.verify();
    viewport.uninstall();
  });

  /**
   * Every address the page asks for until it shows its courses, each answered (the reader
   * scrolls down, so that sections loaded near the screen ask too).
   */
  async function requestsOf(url: string): Promise<string[]> {
    await harness.navigateByUrl(url);
    const asked: string[] = [];
    for (let turn = 0; turn < 4; turn++) {
      viewport.scrollAllIntoView();
      TestBed.tick();
      harness.detectChanges();
      await new Promise((resolve) => setTimeout(resolve, 10));
      for (const request of backend.match(() => true)) {
        asked.push(request.request.urlWithParams);
        const path = request.request.url;
        request.flush(
          path === '/api/courses'
            ? { items: [courseSummary()], total: 1, page: 1, pageSize: 20 }
            : path === '/api/reference'
              ? REFERENCE
              : [],
        );
      }
    }
    return asked;
  }

  it.each(Object.entries(pages))(
    '%s asks first for exactly the listed addresses',
    async (path, page) => {
      const asked = await requestsOf(path);
      expect(harness.routeNativeElement?.querySelector('tsu-course-card')).not.toBeNull();
      expect([...asked].sort()).toEqual([...page.fetches].sort());
    },
  );

  it('lists the modules the routes load', async () => {
    const { homeRoute, pageRoutes } = await import('./app.routes');
    const source = [homeRoute, ...pageRoutes].map((route) =>
      String(route.loadComponent ?? route.loadChildren ?? ''),
    );
    for (const page of Object.values(pages)) {
      const module = page.module.replace('frontend/src/app/', './').replace(/\.ts$/, '');
      expect(source.some((loader) => loader.includes(module))).toBe(true);
    }
  });

  it("names what every page but the home page loads beside its code: the pages' messages and icons", () => {
    expect(pages['/']).not.toHaveProperty('alsoLoads');
    for (const [path, page] of Object.entries(pages)) {
      if (path !== '/') {
        expect(page).toHaveProperty('alsoLoads', [
          'frontend/src/app/core/i18n/messages-ja-pages.ts',
          'frontend/src/app/core/layout/page-icons.ts',
        ]);
      }
    }
  });
});
