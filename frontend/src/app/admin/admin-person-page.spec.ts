import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PersonDetail } from '../api/api-types';
import { AdminPersonPage } from './admin-person-page';
import { settle, setUpPage } from '../core/testing/component-testing';

const hanako = {
  id: 'u-1',
  email: 'hanako@example.jp',
  emailVerified: true,
  familyName: '佐藤',
  givenName: '花子',
  familyNameKana: 'サトウ',
  givenNameKana: 'ハナコ',
  birthYear: 1985,
  phone: null,
  preferredLanguage: 'ja',
  tsukubaRelations: ['live'],
  roles: ['facility_staff'],
  roleAssignments: [
    {
      id: 'ra-1',
      role: 'facility_staff',
      isOrganisationAdmin: false,
      organisation: null,
      facility: { id: 'f-1', nameJa: '吾妻交流センター', nameEn: 'Azuma Community Centre' },
      grantedAt: '2026-11-01T00:00:00Z',
    },
  ],
  createdAt: '2026-04-01T00:00:00Z',
} as unknown as PersonDetail;

describe('AdminPersonPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));

  async function render(answer: (request: ReturnType<typeof http.expectOne>) => void) {
    const fixture = TestBed.createComponent(AdminPersonPage);
    fixture.componentRef.setInput('id', 'u-1');
    await settle(fixture);
    answer(http.expectOne('/api/admin/people/u-1'));
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the person and their roles in a named table', async () => {
    const element = await render((request) => request.flush(hanako));
    expect(element.querySelector('h1')?.textContent).toContain('佐藤 花子');
    const region = element.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('役割');
    expect(region.querySelector('tbody tr')?.textContent).toContain('吾妻交流センター');
  });

  it('says the person was not found, without a retry', async () => {
    const element = await render((request) =>
      request.flush(null, { status: 404, statusText: 'Not Found' }),
    );
    expect(element.textContent).toContain('利用者が見つかりません');
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(element.querySelector('a[href="/admin/people"]')).not.toBeNull();
  });
});
