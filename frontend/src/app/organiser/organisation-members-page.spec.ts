import { HttpTestingController } from '@angular/common/http/testing';
import type { OrganisationMembers } from '../api/api-types';
import { OrganisationMembersPage } from './organisation-members-page';
import { failure, render, settle, setUpPage } from '../core/testing/component-testing';

const members = {
  organisation: { id: 'o-1', nameJa: '生涯学習推進課', nameEn: 'Lifelong Learning Division' },
  members: [
    {
      assignmentId: 'ra-1',
      userId: 'u-1',
      familyName: '佐藤',
      givenName: '花子',
      email: 'hanako@example.jp',
      isOrganisationAdmin: true,
      since: '2026-04-01T00:00:00Z',
    },
  ],
  invitations: [],
} as unknown as OrganisationMembers;

describe('OrganisationMembersPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  const open = () => render(OrganisationMembersPage, { id: 'o-1' });
  const membersRequest = () => http.expectOne('/api/organisations/o-1/members');

  it('tells someone who is not the organisation’s admin so, without a retry', async () => {
    const { fixture, element } = await open();
    membersRequest().flush(null, failure(403));
    await settle(fixture);
    expect(element.querySelector('h1')?.textContent).toContain(
      'このページを表示する権限がありません',
    );
    expect(element.textContent).toContain('この団体のメンバーを管理する権限がありません。');
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });

  it('keeps the heading over a failure, retries, then lists the members in a named table', async () => {
    const { fixture, element } = await open();
    membersRequest().flush(null, failure(500));
    await settle(fixture);
    expect(element.querySelector('h1')?.textContent).toContain('団体のメンバー');
    element.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle(fixture);
    membersRequest().flush(members);
    await settle(fixture);
    const region = element.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('メンバーの一覧表');
    expect(region.querySelector('tbody tr')?.textContent).toContain('hanako@example.jp');
  });
});
