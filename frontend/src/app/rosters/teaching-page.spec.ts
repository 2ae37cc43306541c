import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { TeachingSession } from '../api/api-types';
import { person } from '../core/session/session-fixtures.testing';
import { SessionService } from '../core/session/session.service';
import { settle, setUpPage } from './roster-fixtures.testing';
import { TeachingPage } from './teaching-page';

const session = {
  sessionId: 's-1',
  courseId: 'c-1',
  courseTitleJa: 'はじめての俳句',
  courseTitleEn: 'Haiku',
  startsAt: '2026-12-24T04:30:00Z',
  endsAt: '2026-12-24T06:30:00Z',
  facilityNameJa: '吾妻交流センター',
  facilityNameEn: 'Azuma',
  roomNameJa: '和室',
  roomNameEn: 'Washitsu',
  status: 'scheduled',
} as TeachingSession;

describe('TeachingPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = setUpPage();
    TestBed.inject(SessionService).updated(person({ roles: ['citizen', 'instructor'] }));
  });
  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(TeachingPage);
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('says there is nothing to teach yet once the empty list arrives', async () => {
    const { fixture, element } = await render();
    expect(element.querySelector('[role=progressbar]')).not.toBeNull();
    http.expectOne('/api/instructor/sessions').flush([]);
    await settle(fixture);
    expect(element.querySelector('[role=progressbar]')).toBeNull();
    expect(element.textContent).toContain('担当する回はありません');
    expect(element.querySelector('.teaching')).toBeNull();
  });

  it('retries after a failure and lists the sessions with their links', async () => {
    const { fixture, element } = await render();
    http.expectOne('/api/instructor/sessions').flush(null, { status: 500, statusText: 'Error' });
    await settle(fixture);
    expect(element.textContent).not.toContain('担当する回はありません');
    element.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle(fixture);
    http.expectOne('/api/instructor/sessions').flush([session]);
    await settle(fixture);
    const item = element.querySelector('.teaching__item')!;
    expect(item.textContent).toContain('はじめての俳句');
    expect(item.querySelector('a[href="/rosters/sessions/s-1/check-in"]')).not.toBeNull();
  });
});
