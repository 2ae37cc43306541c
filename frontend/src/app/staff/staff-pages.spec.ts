import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { StaffCalendar } from '../api/api-types';
import { REFERENCE } from '../courses/course-fixtures.testing';
import { CENTRE_ID, facilityDetail } from '../facilities/facility-fixtures.testing';
import { I18nService } from '../core/i18n/i18n.service';
import { provideIcons } from '../core/layout/icons';
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
        provideIcons(),
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
      expect(element().querySelector('[role="status"] mat-progress-bar')).not.toBeNull();

      backend.expectOne('/api/staff/facilities').flush([facilityDetail()]);
      await settle();
      expect(element().querySelector('mat-progress-bar')).toBeNull();
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

  describe('the settings', () => {
    it('waits for the rooms and the opening hours, and offers a retry when the hours failed', async () => {
      await open(`/staff/facilities/${CENTRE_ID}/settings`);
      backend.expectOne(FACILITY_URL).flush(facilityDetail());
      await turn();
      // The rooms are in, the hours not yet: still loading, nothing half shown.
      expect(element().querySelector('[role="status"] mat-progress-bar')).not.toBeNull();
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
