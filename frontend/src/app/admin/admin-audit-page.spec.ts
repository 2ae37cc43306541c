import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { AuditEntry, AuditLogPage } from '../api/api-types';
import { AdminAuditPage } from './admin-audit-page';
import { render, settle, setUpPage, type } from '../core/testing/component-testing';

const staff = {
  id: 'u-staff',
  familyName: '鈴木',
  givenName: '一郎',
  email: 'staff@example.jp',
  deleted: false,
};
const hanako = { ...staff, id: 'u-hanako', familyName: '佐藤', givenName: '花子' };

const rosterViewed: AuditEntry = {
  id: '41',
  occurredAt: '2026-12-03T01:05:00Z',
  action: 'roster.viewed',
  actionLabel: { ja: '名簿を閲覧', en: 'Viewed a roster' },
  actor: staff,
  subject: null,
  targetType: 'course_session',
  targetId: 's-1',
  targetName: {
    ja: 'はじめてのスマホ教室（2026年12月3日(木) 10:00）',
    en: 'Smartphone basics (Thu 3 Dec 2026, 10:00)',
  },
  details: {},
};
const personViewed: AuditEntry = {
  ...rosterViewed,
  id: '40',
  action: 'person.viewed',
  actionLabel: { ja: '利用者の情報を閲覧', en: 'Viewed a person' },
  subject: hanako,
  targetType: 'user',
  targetId: hanako.id,
  targetName: { ja: '佐藤 花子', en: '花子 佐藤' },
};

const page = (items: AuditEntry[], total = items.length): AuditLogPage => ({
  items,
  total,
  page: 1,
  pageSize: 50,
});

describe('AdminAuditPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));

  const log = () => http.expectOne((request) => request.url === '/api/admin/audit-log');
  const actions = () => http.expectOne('/api/admin/audit-log/actions');

  it('names actions, people and objects instead of codes and ids', async () => {
    const { fixture, element } = await render(AdminAuditPage);
    actions().flush([{ code: 'roster.viewed', label: rosterViewed.actionLabel }]);
    log().flush(page([rosterViewed, personViewed]));
    await settle(fixture);

    const rows = [...element.querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');
    expect(rows[0]).toContain('名簿を閲覧');
    expect(rows[0]).toContain('はじめてのスマホ教室（2026年12月3日(木) 10:00）');
    expect(rows[0]).not.toContain('roster.viewed');
    expect(rows[0]).not.toContain('course_session');
    expect(rows[1]).toContain('利用者の情報を閲覧');
    expect(rows[1]).toContain('佐藤 花子');
    expect(element.textContent).toContain('2件');
    // The filter offers the actions by name.
    expect(element.querySelector('mat-select')).not.toBeNull();
  });

  it('reads the filters from the address and downloads the same filters as CSV', async () => {
    const { fixture, element } = await render(AdminAuditPage, {
      person: 'u-hanako',
      action: 'person.viewed',
      from: '2026-12-01',
      to: '2026-12-07',
      page: '2',
    });
    actions().flush([]);
    const request = log();
    expect(request.request.params.get('personUserId')).toBe('u-hanako');
    expect(request.request.params.get('action')).toBe('person.viewed');
    expect(request.request.params.get('from')).toBe('2026-12-01');
    expect(request.request.params.get('to')).toBe('2026-12-07');
    expect(request.request.params.get('page')).toBe('2');
    request.flush(page([personViewed], 51));
    await settle(fixture);

    expect(element.textContent).toContain('人: 佐藤 花子');
    const csv = element.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(csv.textContent).toContain('CSVをダウンロード');
    expect(csv.getAttribute('href')).toBe(
      '/api/admin/audit-log.csv?personUserId=u-hanako&action=person.viewed&from=2026-12-01&to=2026-12-07&lang=ja',
    );
    const from = element.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(from.value).toBe('2026-12-01');
  });

  it('puts the chosen dates in the address, and refuses an end before the start', async () => {
    const { fixture, element } = await render(AdminAuditPage);
    actions().flush([]);
    log().flush(page([]));
    await settle(fixture);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const [from, to] = element.querySelectorAll<HTMLInputElement>('input[type="date"]');

    type(from, '2026-12-07');
    type(to, '2026-12-01');
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(navigate).not.toHaveBeenCalled();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      '終了日は開始日以降にしてください。',
    );

    type(to, '2026-12-31');
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith([], {
      queryParams: { action: null, from: '2026-12-07', to: '2026-12-31', page: null },
      queryParamsHandling: 'merge',
    });
  });

  it('filters by a person from their name in the table', async () => {
    const { fixture, element } = await render(AdminAuditPage);
    actions().flush([]);
    log().flush(page([personViewed]));
    await settle(fixture);
    const link = element.querySelector<HTMLAnchorElement>(
      'tbody a[aria-label="鈴木 一郎の記録だけを表示"]',
    )!;
    expect(link.getAttribute('href')).toBe('/?person=u-staff');
  });

  it('says when nothing matches', async () => {
    const { fixture, element } = await render(AdminAuditPage, { action: 'walk_in.removed' });
    actions().flush([]);
    log().flush(page([]));
    await settle(fixture);
    expect(element.textContent).toContain('記録はありません。');
    expect(element.querySelector('table')).toBeNull();
    expect(element.textContent).toContain('条件をすべて解除');
  });
});
