import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { FacilityAvailability } from '../../api/api-types';
import { I18nService } from '../../core/i18n/i18n.service';
import { SessionEditor } from './session-editor';

const DAY: FacilityAvailability = {
  facilityId: 'fac-1',
  date: '2026-12-08',
  opensAt: '09:00',
  closesAt: '21:30',
  rooms: [
    {
      roomId: 'room-1',
      nameJa: '会議室1',
      nameEn: 'Meeting room 1',
      capacity: 12,
      free: [{ startsAt: '2026-12-08T13:00:00+09:00', endsAt: '2026-12-08T21:30:00+09:00' }],
    },
  ],
};

/** Runs effects and timers without waiting for open requests (resources keep the app unstable). */
async function pump(): Promise<void> {
  TestBed.tick();
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.tick();
}

describe('SessionEditor', () => {
  let fixture: ComponentFixture<SessionEditor>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLanguage('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SessionEditor);
    fixture.componentRef.setInput('courseId', 'course-1');
    fixture.componentRef.setInput('capacity', 20);
    await pump();
    http
      .expectOne((r) => r.url === '/api/facilities')
      .flush([{ id: 'fac-1', nameJa: '吾妻交流センター', nameEn: 'Azuma Community Centre' }]);
  });

  afterEach(() => http.verify());

  async function fillSeries(): Promise<void> {
    const editor = fixture.componentInstance as unknown as {
      form: { patchValue(v: object): void };
    };
    editor.form.patchValue({ date: '2026-12-08', facilityId: 'fac-1' });
    await pump();
    const availability = http.expectOne(
      (r) =>
        r.url === '/api/facilities/fac-1/availability' && r.params.get('date') === '2026-12-08',
    );
    availability.flush(DAY);
    editor.form.patchValue({ roomId: 'room-1' });
    await pump();
  }

  it("shows the room's free times and warns when it holds fewer than the course", async () => {
    await fillSeries();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('13:00–21:30');
    expect(text).toContain("This room holds 12 people, fewer than the course's capacity of 20.");
  });

  it('shows a room conflict as an alert naming what it collides with', async () => {
    await fillSeries();
    const form = (fixture.nativeElement as HTMLElement).querySelector('form')!;
    form.dispatchEvent(new Event('submit'));
    const request = http.expectOne('/api/organiser/courses/course-1/sessions/series');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toMatchObject({ firstDate: '2026-12-08', count: 4 });
    request.flush(
      {
        statusCode: 409,
        code: 'ROOM_ALREADY_RESERVED',
        message: 'The room is already reserved at that time.',
        messages: {
          ja: 'その時間、この部屋はすでに予約されています。',
          en: 'The room is already reserved at that time.',
        },
        conflict: {
          kind: 'course_session',
          nameJa: 'シニアのためのスマートフォン教室',
          nameEn: 'Smartphones for seniors',
          startsAt: '2026-12-08T10:00:00+09:00',
          endsAt: '2026-12-08T12:00:00+09:00',
        },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await pump();
    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The room is already reserved at that time.');
    expect(alert?.textContent).toContain('Collides with: course「Smartphones for seniors」');
    expect(alert?.textContent).toContain('10:00');
  });
});
