import { HttpTestingController } from '@angular/common/http/testing';
import type { OrganiserCourse } from '../api/api-types';
import { OrganiserCoursesPage } from './organiser-courses-page';
import { failure, render, settle, setUpPage } from '../core/testing/component-testing';

const haiku = {
  id: 'c-1',
  titleJa: 'はじめての俳句',
  titleEn: 'Haiku',
  organisation: { id: 'o-1', nameJa: '生涯学習推進課', nameEn: 'Lifelong Learning Division' },
  status: 'published',
  bookingRule: 'first_come',
  capacity: 12,
  bookedCount: 3,
  feeYen: 0,
  sessionCount: 1,
  firstSessionStartsAt: '2026-12-24T04:30:00Z',
  lastSessionEndsAt: '2026-12-24T06:30:00Z',
  publishedAt: '2026-11-01T00:00:00Z',
} as OrganiserCourse;

describe('OrganiserCoursesPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  it('says there are no courses yet once the empty list arrives', async () => {
    const { fixture, element } = await render(OrganiserCoursesPage);
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();
    http.expectOne('/api/organiser/courses').flush([]);
    await settle(fixture);
    expect(element.querySelector('mat-progress-bar')).toBeNull();
    expect(element.textContent).toContain('まだ講座はありません。');
    expect(element.querySelector('table')).toBeNull();
  });

  it('retries after a failure and shows the courses in a named table', async () => {
    const { fixture, element } = await render(OrganiserCoursesPage);
    http.expectOne('/api/organiser/courses').flush(null, failure(500));
    await settle(fixture);
    expect(element.textContent).not.toContain('まだ講座はありません。');
    element.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle(fixture);
    http.expectOne('/api/organiser/courses').flush([haiku]);
    await settle(fixture);
    const region = element.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('講座の一覧表');
    expect(region.querySelector('a[href="/organiser/courses/c-1"]')?.textContent).toContain(
      'はじめての俳句',
    );
  });
});
