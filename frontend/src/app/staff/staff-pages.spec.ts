import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { StaffCalendar } from '../api/api-types';
import { REFERENCE } from '../courses/course-fixtures.testing';
import { CENTRE_ID, facilityDetail } from '../facilities/facility-fixtures.testing';
import { I18nService } from '../core/i18n/i18n.service';
import { StaffCalendarPage } from './calendar/staff-calendar-page';
import { FacilitySettingsPage } from './facility-settings/facility-settings-page';
import { StaffFacilitiesPage } from './staff-facilities-page';

const FACILITY_URL = `/api/staff/facilities/${CENTRE_ID}`;

function calendar(): StaffCalendar {
  return {
    facilityId: CENTRE_ID,
    from: '2026-12-07',
    days: 1,
    opensAt: '09:00',
    closesAt: '21:30',
    closures: [],
    reservations: [],
  };
}

describe('staff pages', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'staff', component: StaffFacilitiesPage },
          { path: 'staff/facilities/:id/calendar', component: StaffCalendarPage },
          { path: 'staff/facilities/:id/settings', component: FacilitySettingsPage },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const alert = () => element().querySelector<HTMLElement>('[role="alert"]');

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url);
    TestBed.tick();
    backend.match('/api/reference').forEach((request) => request.flush(REFERENCE));
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
  }

  /** Lets the view catch up while a request is still open (the page is not stable then). */
  async function turn(): Promise<void> {
    for (let i = 0; i < 4; i++) {
      harness.fixture.detectChanges();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  describe('their facilities', () => {
    it('shows a progress bar, then each facility with its rooms in a named scrolling table', async () => {
      await open('/staff');
      expect(element().querySelector('[role="status"] [role=progressbar]')).not.toBeNull();

      backend.expectOne('/api/staff/facilities').flush([facilityDetail()]);
      await settle();
      expect(element().querySelector('[role=progressbar]')).toBeNull();
      const region = element().querySelector('[role="region"]')!;
      expect(region.getAttribute('aria-label')).toBe('吾妻交流センターの部屋');
      expect(region.querySelector('tbody th')?.textContent).toContain('研修室1');
    });

    it('offers a retry when the list could not be loaded', async () => {
      await open('/staff');
      backend
        .expectOne('/api/staff/facilities')
        .flush(null, { status: 500, statusText: 'Internal Server Error' });
      await settle();
      expect(alert()?.textContent).toContain('情報を読み込めませんでした');

      alert()!.querySelector('button')!.click();
      TestBed.tick();
      backend.expectOne('/api/staff/facilities').flush([facilityDetail()]);
      await settle();
      expect(alert()).toBeNull();
      expect(element().querySelector('h2')?.textContent).toContain('吾妻交流センター');
    });

    it('says so when the person is staff of no facility', async () => {
      await open('/staff');
      backend.expectOne('/api/staff/facilities').flush([]);
      await settle();
      expect(element().querySelector('[role="status"]')?.textContent).toContain(
        '担当の施設はまだありません。',
      );
      expect(element().querySelector('table')).toBeNull();
    });
  });

  describe('the calendar', () => {
    it('offers a retry when the reservations could not be loaded, and asks only for them again', async () => {
      await open(`/staff/facilities/${CENTRE_ID}/calendar`);
      backend.expectOne(FACILITY_URL).flush(facilityDetail());
      backend
        .expectOne((request) => request.url === `${FACILITY_URL}/calendar`)
        .flush(null, { status: 503, statusText: 'Service Unavailable' });
      await settle();
      expect(alert()?.textContent).toContain('情報を読み込めませんでした');
      expect(element().querySelector('section.day')).toBeNull();

      alert()!.querySelector('button')!.click();
      TestBed.tick();
      backend.expectNone(FACILITY_URL);
      backend.expectOne((request) => request.url === `${FACILITY_URL}/calendar`).flush(calendar());
      await settle();
      expect(alert()).toBeNull();
      const day = element().querySelector('section.day')!;
      expect(day.querySelector('.grid__room')?.textContent).toContain('研修室1');
      expect(day.textContent).toContain('予約なし');
    });
  });

  describe('the week', () => {
    const weekCalendar = (): StaffCalendar => ({
      ...calendar(),
      days: 7,
      closures: [
        {
          id: 'w-1',
          from: '2026-12-14',
          to: '2026-12-14',
          kind: 'weekly',
          reasonJa: '毎週月曜日休館',
          reasonEn: 'Closed every Monday',
        },
      ],
      from: '2026-12-09',
      reservations: [
        {
          id: 'res-1',
          kind: 'course_session',
          roomId: 'r1',
          roomNameJa: '研修室1',
          roomNameEn: 'Seminar room 1',
          startsAt: '2026-12-10T01:00:00Z',
          endsAt: '2026-12-10T03:00:00Z',
          course: { id: 'c-1', titleJa: 'はじめての俳句', titleEn: 'Haiku', sessionId: 's-1' },
          purpose: '',
        },
      ],
    });

    it('reads view and date from the address and shows rooms down, days across', async () => {
      await open(`/staff/facilities/${CENTRE_ID}/calendar?view=week&date=2026-12-09`);
      backend.expectOne(FACILITY_URL).flush(facilityDetail());
      const request = backend.expectOne((r) => r.url === `${FACILITY_URL}/calendar`);
      expect(request.request.params.get('from')).toBe('2026-12-09');
      expect(request.request.params.get('days')).toBe('7');
      request.flush(weekCalendar());
      await settle();

      const table = element().querySelector('.week table')!;
      const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
      expect(heads[0]).toBe('部屋');
      expect(heads[1]).toBe('12月9日(水)');
      expect(heads[6]).toContain('12月14日(月)');
      expect(heads[6]).toContain('休館：毎週月曜日休館');
      // One row per room, seven days across: not seven stacked day grids.
      const rows = table.querySelectorAll('tbody tr');
      expect(rows).toHaveLength(1);
      expect(rows[0].querySelector('th')?.textContent).toContain('研修室1');
      const cells = rows[0].querySelectorAll('td');
      expect(cells).toHaveLength(7);
      expect(cells[1].textContent).toContain('10:00〜12:00');
      const link = cells[1].querySelector('a')!;
      expect(link.getAttribute('href')).toBe('/rosters/sessions/s-1');
      // Named by what it shows (WCAG 2.5.3): no other label to disagree with it.
      expect(link.hasAttribute('aria-label')).toBe(false);
      expect(link.textContent).toContain('10:00〜12:00');
      expect(link.textContent).toContain('講座・はじめての俳句');
      expect(cells[5].textContent).toContain('休館');
      expect(element().querySelectorAll('section.day')).toHaveLength(0);
      // The phone's list is there too (shown by width): each day with its reservations.
      expect(element().querySelectorAll('.week-list section')).toHaveLength(7);
    });

    it('puts each change of view or date in the address, so back and reload keep it', async () => {
      await open(`/staff/facilities/${CENTRE_ID}/calendar?date=2026-12-09`);
      backend.expectOne(FACILITY_URL).flush(facilityDetail());
      backend.expectOne((r) => r.url === `${FACILITY_URL}/calendar`).flush(calendar());
      await settle();
      const button = (text: string) =>
        [...element().querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

      button('週').click();
      await turn();
      const router = TestBed.inject(Router);
      expect(router.url).toBe(`/staff/facilities/${CENTRE_ID}/calendar?date=2026-12-09&view=week`);
      backend.expectOne((r) => r.url === `${FACILITY_URL}/calendar`).flush(weekCalendar());
      await settle();

      button('次へ').click();
      await turn();
      expect(router.url).toBe(`/staff/facilities/${CENTRE_ID}/calendar?date=2026-12-16&view=week`);
      const next = backend.expectOne((r) => r.url === `${FACILITY_URL}/calendar`);
      expect(next.request.params.get('from')).toBe('2026-12-16');
      next.flush(weekCalendar());
      await settle();
    });
  });

  describe('the settings', () => {
    it('waits for the rooms and the opening hours, and offers a retry when the hours failed', async () => {
      await open(`/staff/facilities/${CENTRE_ID}/settings`);
      backend.expectOne(FACILITY_URL).flush(facilityDetail());
      await turn();
      // The rooms are in, the hours not yet: still loading, nothing half shown.
      expect(element().querySelector('[role="status"] [role=progressbar]')).not.toBeNull();
      expect(element().querySelector('#rooms-heading')).toBeNull();

      backend
        .expectOne(`${FACILITY_URL}/hours`)
        .flush(null, { status: 500, statusText: 'Internal Server Error' });
      await settle();
      alert()!.querySelector('button')!.click();
      TestBed.tick();
      backend.expectOne(`${FACILITY_URL}/hours`).flush({
        opensAt: '09:00',
        closesAt: '21:30',
        closedOnPublicHolidays: true,
      });
      // The closures panels ask for their own lists once the settings are shown.
      await turn();
      backend.expectOne((request) => request.url === `${FACILITY_URL}/closures`).flush([]);
      backend.expectOne(`${FACILITY_URL}/weekly-closures`).flush([]);
      await settle();
      expect(element().querySelector('#weekly-heading')?.textContent).toContain('毎週の休館日');
      expect(alert()).toBeNull();
      expect(element().querySelector('#rooms-heading')?.textContent).toContain('部屋');
      expect(element().querySelector('.room__name')?.textContent).toContain('研修室1');
    });
  });
});
