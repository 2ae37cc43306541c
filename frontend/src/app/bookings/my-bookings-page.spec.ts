import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Booking } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { MyBookingsPage } from './my-bookings-page';

const waiting = {
  id: 'b1',
  code: 'W4YTNGXX',
  status: 'waiting',
  partySize: 2,
  waitingPosition: 3,
  course: { titleJa: '簿記3級', titleEn: 'Bookkeeping' },
  sessions: [
    {
      id: 's1',
      startsAt: '2099-12-02T10:00:00Z',
      endsAt: '2099-12-02T12:00:00Z',
      status: 'scheduled',
      facilityId: 'f1',
      facilityNameJa: '大穂交流センター',
      facilityNameEn: 'Oho Community Centre',
      roomNameJa: '研修室2',
      roomNameEn: 'Training Room 2',
    },
  ],
} as unknown as Booking;

describe('MyBookingsPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'bookings', component: MyBookingsPage }],
          withComponentInputBinding(),
        ),
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
  async function open(url: string) {
    await harness.navigateByUrl(url);
    backend
      .expectOne('/api/me/calendar-feed')
      .flush({ exists: false, createdAt: null, lastUsedAt: null });
  }
  async function settle() {
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  it('loads the view named in the address and shows a card per booking with its position', async () => {
    await open('/bookings?view=waiting');
    backend.expectOne('/api/me/bookings?view=waiting').flush([waiting]);
    await settle();

    const selected = element().querySelector('[role="tab"][aria-selected="true"]');
    expect(selected?.textContent?.trim()).toBe('キャンセル待ち・抽選');
    const card = element().querySelector('.card')!;
    expect(card.querySelector('a')?.getAttribute('href')).toBe('/bookings/b1');
    expect(card.textContent).toContain('キャンセル待ち 3番目');
    expect(card.textContent).toContain('2人');
    expect(card.textContent).toContain('次回');
    expect(card.textContent).toContain('大穂交流センター 研修室2');
    expect(card.textContent).toContain('予約番号 W4YT-NGXX');
  });

  it('names no "next" session for a cancelled booking, and calls a course that is over finished', async () => {
    await open('/bookings?view=past');
    const cancelled = { ...waiting, id: 'b2', status: 'cancelled', waitingPosition: null };
    const over = {
      ...waiting,
      id: 'b3',
      status: 'confirmed',
      waitingPosition: null,
      sessions: [
        {
          ...waiting.sessions[0]!,
          startsAt: '2001-12-02T10:00:00Z',
          endsAt: '2001-12-02T12:00:00Z',
        },
      ],
    };
    backend.expectOne('/api/me/bookings?view=past').flush([cancelled, over]);
    await settle();
    const [first, second] = Array.from(element().querySelectorAll('.card'));
    expect(first!.textContent).toContain('キャンセル済み');
    expect(first!.textContent).toContain('予定していた日程');
    expect(first!.textContent).not.toContain('次回');
    expect(second!.textContent).toContain('終了（受講済み）');
    expect(second!.textContent).not.toContain('確定');
  });

  it('says there is nothing yet and links to the catalogue', async () => {
    await open('/bookings');
    backend.expectOne('/api/me/bookings?view=upcoming').flush([]);
    await settle();
    expect(element().textContent).toContain('予定の予約はありません。');
    expect(element().querySelector('a[href="/courses"]')).not.toBeNull();
    expect(element().textContent).toContain('まだ連携用のURLはありません。');
  });
});
