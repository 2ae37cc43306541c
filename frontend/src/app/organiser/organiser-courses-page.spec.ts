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
  phase: 'open',
  applicationWindow: 'open',
  bookingRule: 'first_come',
  capacity: 12,
  bookedCount: 3,
  feeYen: 0,
  sessionCount: 1,
  firstSessionStartsAt: '2026-12-24T04:30:00Z',
  lastSessionEndsAt: '2026-12-24T06:30:00Z',
  publishedAt: '2026-11-01T00:00:00Z',
  applicationOpensAt: '2026-11-01T00:00:00Z',
  applicationClosesAt: '2026-12-20T08:00:00Z',
  waitingCount: 0,
  appliedCount: 0,
  attendanceRate: null,
} as OrganiserCourse;

/** A course that ended in April: still "published", but over. */
const aprilYoga = {
  ...haiku,
  id: 'c-2',
  titleJa: '春のヨガ',
  phase: 'finished',
  applicationWindow: 'closed',
  bookedCount: 12,
  waitingCount: 3,
  attendanceRate: 0.8333,
  firstSessionStartsAt: '2026-04-02T01:00:00Z',
  lastSessionEndsAt: '2026-04-23T02:30:00Z',
} as OrganiserCourse;
const draft = {
  ...haiku,
  id: 'c-3',
  titleJa: '書きかけの講座',
  status: 'draft',
  phase: 'draft',
  firstSessionStartsAt: null,
  lastSessionEndsAt: null,
} as OrganiserCourse;
const running = {
  ...haiku,
  id: 'c-4',
  titleJa: '抽選の陶芸',
  phase: 'running',
  applicationWindow: 'closed',
  appliedCount: 0,
  waitingCount: 0,
  attendanceRate: 1,
} as OrganiserCourse;

describe('OrganiserCoursesPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  it('says there are no courses yet once the empty list arrives', async () => {
    const { fixture, element } = await render(OrganiserCoursesPage);
    expect(element.querySelector('[role=progressbar]')).not.toBeNull();
    http.expectOne('/api/organiser/courses').flush([]);
    await settle(fixture);
    expect(element.querySelector('[role=progressbar]')).toBeNull();
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

  const rowsOf = (element: HTMLElement) =>
    [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );

  it('shows each course by its real state, with booked, waiting and attendance', async () => {
    const { fixture, element } = await render(OrganiserCoursesPage);
    http.expectOne('/api/organiser/courses').flush([haiku, aprilYoga, draft, running]);
    await settle(fixture);
    const rows = rowsOf(element);
    expect(rows[0].slice(1, 6)).toEqual([
      '公開中（開催前）受付中：2026年12月20日(日)まで',
      '2026年12月24日(木)',
      '3／12名',
      '—',
      '—',
    ]);
    // Ended in April: finished, not "公開中".
    expect(rows[1].slice(1, 2)).toEqual(['終了']);
    expect(rows[1].slice(3, 6)).toEqual(['12／12名', '3名', '83%']);
    expect(rows[2][1]).toBe('下書き');
    expect(rows[3].slice(1, 2)).toEqual(['開催中']);

    const tabs = [...element.querySelectorAll('nav[aria-label="講座の状態で絞り込む"] a')];
    expect(tabs.map((tab) => tab.textContent?.trim())).toEqual([
      'すべて（4）',
      '下書き（1）',
      '公開中（開催前）（1）',
      '開催中（1）',
      '終了（1）',
    ]);
    expect(tabs[0].getAttribute('aria-current')).toBe('page');
    expect(tabs[4].getAttribute('href')).toBe('/?phase=finished');
  });

  it('lists only the state named in the address, and says when there is none', async () => {
    const { fixture, element } = await render(OrganiserCoursesPage, { phase: 'finished' });
    http.expectOne('/api/organiser/courses').flush([haiku, aprilYoga, draft]);
    await settle(fixture);
    expect(rowsOf(element).map((row) => row[0])).toEqual(['春のヨガ']);
    const current = element.querySelector('a[aria-current="page"]');
    expect(current?.textContent?.trim()).toBe('終了（1）');
    expect(element.textContent).toContain('1件の講座（1／1ページ）');

    fixture.componentRef.setInput('phase', 'running');
    await settle(fixture);
    expect(element.querySelector('table')).toBeNull();
    expect(element.textContent).toContain('この状態の講座はありません。');
  });

  it('pages a long list twenty at a time, the page in the address', async () => {
    const many = Array.from({ length: 45 }, (_, index) => ({
      ...haiku,
      id: `c-${index}`,
      titleJa: `講座${index + 1}`,
    }));
    const { fixture, element } = await render(OrganiserCoursesPage, { page: '3' });
    http.expectOne('/api/organiser/courses').flush(many);
    await settle(fixture);
    expect(rowsOf(element).map((row) => row[0])).toEqual([
      '講座41',
      '講座42',
      '講座43',
      '講座44',
      '講座45',
    ]);
    expect(element.textContent).toContain('45件の講座（3／3ページ）');
    expect(element.querySelector('nav[aria-label="ページ切り替え"]')?.textContent).toContain(
      '3／3ページ',
    );
  });
});
