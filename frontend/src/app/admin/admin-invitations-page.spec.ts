import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Invitation } from '../api/api-types';
import { AdminInvitationsPage } from './admin-invitations-page';
import { failure, settle, setUpPage } from '../core/testing/component-testing';

const invitation = {
  id: 'i-1',
  email: 'new.staff@example.jp',
  role: 'facility_staff',
  isOrganisationAdmin: false,
  organisation: null,
  facility: { id: 'f-1', nameJa: '吾妻交流センター', nameEn: 'Azuma Community Centre' },
  createdAt: '2026-12-01T00:00:00Z',
  expiresAt: '2026-12-15T00:00:00Z',
} as unknown as Invitation;

describe('AdminInvitationsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(AdminInvitationsPage);
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('says no invitation is waiting, with no table', async () => {
    const { fixture, element } = await render();
    expect(element.querySelector('[role=progressbar]')).not.toBeNull();
    http.expectOne('/api/admin/invitations').flush([]);
    await settle(fixture);
    expect(element.textContent).toContain('承諾待ちの招待はありません。');
    expect(element.querySelector('table')).toBeNull();
  });

  it('retries after a failure and then lists the invitation', async () => {
    const { fixture, element } = await render();
    http.expectOne('/api/admin/invitations').flush(null, failure(500));
    await settle(fixture);
    element.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle(fixture);
    http.expectOne('/api/admin/invitations').flush([invitation]);
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')).toBeNull();
    const region = element.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('招待の一覧表');
    expect(region.textContent).toContain('new.staff@example.jp');
  });
});
