import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PeoplePage } from '../api/api-types';
import { AdminPeoplePage } from './admin-people-page';
import { failure, settle, setUpPage } from '../core/testing/component-testing';

const hanako = {
  id: 'u-1',
  email: 'hanako@example.jp',
  emailVerified: true,
  familyName: '佐藤',
  givenName: '花子',
  familyNameKana: 'サトウ',
  givenNameKana: 'ハナコ',
  roles: ['organiser'],
  createdAt: '2026-04-01T00:00:00Z',
} as PeoplePage['items'][number];

const page = (items: PeoplePage['items']): PeoplePage => ({
  items,
  page: 1,
  pageSize: 50,
  total: items.length,
});

describe('AdminPeoplePage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));

  async function render() {
    const fixture = TestBed.createComponent(AdminPeoplePage);
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const people = () => http.expectOne((request) => request.url === '/api/admin/people');

  it('shows a progress bar until the people arrive, then their table in a named scroller', async () => {
    const { fixture, element } = await render();
    expect(element.querySelector('[role=progressbar]')).not.toBeNull();
    expect(element.querySelector('table')).toBeNull();

    people().flush(page([hanako]));
    await settle(fixture);
    expect(element.querySelector('[role=progressbar]')).toBeNull();
    const region = element.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('利用者の一覧表');
    expect(region.querySelector('tbody tr')?.textContent).toContain('佐藤 花子');
    expect(element.textContent).toContain('1人');
  });

  it('offers a retry after a failure, which reads the people again', async () => {
    const { fixture, element } = await render();
    people().flush(null, failure(500));
    await settle(fixture);
    const alert = element.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('読み込めませんでした');
    expect(element.querySelector('table')).toBeNull();

    alert.querySelector('button')!.click();
    await settle(fixture);
    people().flush(page([hanako]));
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(element.querySelector('tbody tr')?.textContent).toContain('佐藤 花子');
  });

  it('says nobody matches, with the count, and shows no table', async () => {
    const { fixture, element } = await render();
    people().flush(page([]));
    await settle(fixture);
    expect(element.textContent).toContain('0人');
    expect(element.textContent).toContain('該当する利用者はいません。');
    expect(element.querySelector('table')).toBeNull();
  });
});
