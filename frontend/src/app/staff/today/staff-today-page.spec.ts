import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { DoorSession, DoorSessions } from '../../api/api-types';
import { NOW } from '../../core/format/browser-clock';
import { I18nService } from '../../core/i18n/i18n.service';
import { failure, render, settle, setUpPage } from '../../core/testing/component-testing';
import { StaffTodayPage } from './staff-today-page';

const AZUMA = 'f-azuma';

function session(id: string, startsAt: string, endsAt: string, extra: Partial<DoorSession> = {}) {
  return {
    sessionId: id,
    courseId: `c-${id}`,
    courseTitleJa: 'はじめての俳句',
    courseTitleEn: 'Haiku for beginners',
    startsAt,
    endsAt,
    status: 'scheduled',
    facilityId: AZUMA,
    facilityNameJa: '吾妻交流センター',
    facilityNameEn: 'Azuma Community Centre',
    roomNameJa: '和室',
    roomNameEn: 'Japanese-style room',
    people: 12,
    checkedIn: 5,
    childcareOffered: false,
    childcareChildren: 0,
    ...extra,
  } satisfies DoorSession;
}

function sessions(list: DoorSession[]): DoorSessions {
  return { today: '2026-12-07', tomorrow: '2026-12-08', sessions: list };
}

describe('StaffTodayPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    // 7 December 2026, 10:30 in Japan.
    http = setUpPage('ja', [{ provide: NOW, useValue: () => new Date('2026-12-07T01:30:00Z') }]);
  });

  afterEach(() => http.verify());

  it("lists today's and tomorrow's sessions, each one tap from its check-in", async () => {
    const { fixture, element } = await render(StaffTodayPage);
    http.expectOne('/api/staff/sessions').flush(
      sessions([
        session('s-1', '2026-12-07T01:00:00Z', '2026-12-07T03:00:00Z'),
        session('s-2', '2026-12-07T05:00:00Z', '2026-12-07T06:30:00Z', {
          courseTitleJa: '親子料理教室',
          status: 'cancelled',
        }),
        // 8 December, 00:30 in Japan (still 7 December in UTC): tomorrow.
        session('s-3', '2026-12-07T15:30:00Z', '2026-12-07T16:30:00Z', {
          courseTitleJa: '夜の星空観察',
          childcareOffered: true,
          childcareChildren: 3,
        }),
      ]),
    );
    await settle(fixture, { stable: true });

    const days = [...element.querySelectorAll('section')];
    expect(days.map((day) => day.querySelector('h2')?.textContent?.trim())).toEqual([
      '今日 2026年12月7日(月)',
      '明日 2026年12月8日(火)',
    ]);
    const today = days[0]!.querySelectorAll('li');
    expect(today).toHaveLength(2);
    expect(today[0]!.textContent).toContain('10:00〜12:00');
    expect(today[0]!.textContent).toContain('開催中');
    expect(today[0]!.textContent).toContain('予約 12名・受付済み 5名');
    // Childcare is said only for a course that offers it: the nursery room to prepare.
    expect(today[0]!.querySelector('.today__childcare')).toBeNull();
    expect(days[1]!.querySelector('.today__childcare')?.textContent).toBe('保育 3人');
    const checkIn = today[0]!.querySelector<HTMLAnchorElement>('a.today__check-in')!;
    expect(checkIn.getAttribute('href')).toBe('/rosters/sessions/s-1/check-in');
    expect(checkIn.textContent?.trim()).toBe('受付する');
    // The name read out begins with what is shown, then says which session.
    expect(checkIn.getAttribute('aria-label')).toBe('受付する（10:00〜12:00 はじめての俳句）');
    // A cancelled session: said so, no check-in.
    expect(today[1]!.textContent).toContain('中止');
    expect(today[1]!.querySelector('a.today__check-in')).toBeNull();
    expect(days[1]!.textContent).toContain('夜の星空観察');
    // One centre: the room alone says where.
    expect(element.textContent).not.toContain('吾妻交流センター 和室');
  });

  it('names the centre when the person works at several, and says when a day has none', async () => {
    const { fixture, element } = await render(StaffTodayPage);
    http.expectOne('/api/staff/sessions').flush(
      sessions([
        session('s-1', '2026-12-07T01:00:00Z', '2026-12-07T03:00:00Z'),
        session('s-2', '2026-12-07T04:00:00Z', '2026-12-07T05:00:00Z', {
          facilityId: 'f-oho',
          facilityNameJa: '大穂交流センター',
        }),
      ]),
    );
    await settle(fixture, { stable: true });
    expect(element.textContent).toContain('吾妻交流センター 和室');
    expect(element.textContent).toContain('大穂交流センター 和室');
    const tomorrow = element.querySelectorAll('section')[1]!;
    expect(tomorrow.textContent).toContain('この日に開かれる講座はありません。');

    TestBed.inject(I18nService).setLanguage('en');
    await settle(fixture, { stable: true });
    expect(element.querySelector('h2')?.textContent).toContain('Today, Mon 7 Dec 2026');
    expect(element.textContent).toContain('Booked 12 · checked in 5');
  });

  it('offers a retry when the sessions could not be loaded', async () => {
    const { fixture, element } = await render(StaffTodayPage);
    http.expectOne('/api/staff/sessions').flush(null, failure(503));
    await settle(fixture, { stable: true });
    const alert = element.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('情報を読み込めませんでした');
    alert.querySelector('button')!.click();
    await settle(fixture);
    http.expectOne('/api/staff/sessions').flush(sessions([]));
    await settle(fixture, { stable: true });
    expect(element.querySelectorAll('section')).toHaveLength(2);
  });
});
