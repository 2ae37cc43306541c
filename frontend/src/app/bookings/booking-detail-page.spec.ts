import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Booking } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { BookingDetailPage } from './booking-detail-page';

const ID = '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function booking(overrides: Partial<Booking> = {}): Booking {
  return {
    id: ID,
    code: 'K7M2Q9XD',
    status: 'confirmed',
    partySize: 3,
    bookerAttends: true,
    bookerName: '佐藤 花子',
    respondBy: null,
    acceptedAt: null,
    childcareAges: [],
    waitingPosition: null,
    course: {
      id: 'c0ffee00-0000-4000-8000-000000000001',
      titleJa: '親子でリトミック',
      titleEn: 'Rhythm for parents and children',
      bookingRule: 'first_come',
      feeYen: 300,
      status: 'published',
      organisationNameJa: '生涯学習推進課',
      organisationNameEn: 'Lifelong Learning Promotion Division',
      whatToBringJa: 'タオル',
      whatToBringEn: 'A towel',
      childcareOffered: false,
      guardianRule: 'none',
      applicationClosesAt: '2026-11-20T08:00:00Z',
      payment: { method: 'at_door', dueDate: null, deadlineDays: null, noteJa: '', noteEn: '' },
    },
    sessions: [
      {
        id: 's2',
        startsAt: '2026-12-10T01:00:00Z',
        endsAt: '2026-12-10T02:00:00Z',
        status: 'cancelled',
        facilityId: 'f1',
        facilityNameJa: '吾妻交流センター',
        facilityNameEn: 'Azuma Community Centre',
        roomNameJa: '会議室1',
        roomNameEn: 'Meeting Room 1',
      },
      {
        id: 's1',
        startsAt: '2026-12-03T01:00:00Z',
        endsAt: '2026-12-03T02:00:00Z',
        status: 'scheduled',
        facilityId: 'f1',
        facilityNameJa: '吾妻交流センター',
        facilityNameEn: 'Azuma Community Centre',
        roomNameJa: '会議室1',
        roomNameEn: 'Meeting Room 1',
      },
    ],
    participants: [
      { position: 2, familyMemberId: 'm2', name: '佐藤 結衣', birthYear: 2022 },
      { position: 0, familyMemberId: null, name: '佐藤 花子', birthYear: 1988 },
      { position: 1, familyMemberId: 'm1', name: '佐藤 陽太', birthYear: 2019 },
    ],
    createdAt: '2026-11-26T00:30:00Z',
    confirmedAt: '2026-11-26T00:30:00Z',
    promotedAt: null,
    cancelledAt: null,
    cancelledBy: null,
    cancellableUntil: '2026-12-02T01:00:00Z',
    ...overrides,
  };
}

describe('BookingDetailPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'bookings/:id', component: BookingDetailPage }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/bookings/${ID}`);
  });

  afterEach(() => backend.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  async function settle() {
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  it('shows the code hyphenated, the QR named by it, the sessions in order and the party', async () => {
    backend.expectOne(`/api/me/bookings/${ID}`).flush(booking());
    await settle();

    expect(element().querySelector('.ticket__code')?.textContent).toBe('K7M2-Q9XD');
    const qr = element().querySelector('img.ticket__qr');
    expect(qr?.getAttribute('src')).toBe(`/api/me/bookings/${ID}/qr.svg`);
    expect(qr?.getAttribute('alt')).toBe('予約番号 K7M2-Q9XD のQRコード');
    expect(element().querySelector('a[download]')?.getAttribute('href')).toBe(
      `/api/me/bookings/${ID}/calendar.ics?lang=ja`,
    );
    const sessions = [...element().querySelectorAll('.sessions li')].map((li) => li.textContent);
    expect(sessions[0]).toContain('2026年12月3日(木) 10:00〜11:00');
    expect(sessions[1]).toContain('中止');
    const people = [...element().querySelectorAll('.participants li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(people).toEqual([
      '佐藤 花子 （ご本人）',
      '佐藤 陽太 （2019年生まれ）',
      '佐藤 結衣 （2022年生まれ）',
    ]);
    expect(element().textContent).toContain('300円');
    expect(element().textContent).toContain('2026年12月2日(水) 10:00までキャンセルできます。');
  });

  it('cancels only after a confirmation, then shows the booking as cancelled', async () => {
    backend.expectOne(`/api/me/bookings/${ID}`).flush(booking());
    await settle();

    element().querySelector<HTMLButtonElement>('#cancel-button')!.click();
    await settle();
    backend.expectNone(`/api/me/bookings/${ID}/cancel`);
    expect(element().textContent).toContain('本当にキャンセルしますか？');

    element().querySelector<HTMLButtonElement>('#cancel-confirm-yes')!.click();
    await settle();
    const request = backend.expectOne(`/api/me/bookings/${ID}/cancel`);
    expect(request.request.method).toBe('POST');
    request.flush(
      booking({
        status: 'cancelled',
        cancelledAt: '2026-11-27T03:00:00Z',
        cancelledBy: 'citizen',
        cancellableUntil: null,
      }),
    );
    await settle();
    expect(element().textContent).toContain('キャンセル済み');
    expect(element().textContent).toContain(
      'この予約は2026年11月27日(金) 12:00にキャンセルされました。',
    );
    expect(element().querySelector('#cancel-button')).toBeNull();
    expect(element().querySelector('a[download]')).toBeNull();
  });

  it('shows a lottery application without code, QR or calendar, with the draw and what comes next', async () => {
    backend
      .expectOne(`/api/me/bookings/${ID}`)
      .flush(booking({ status: 'applied', confirmedAt: null }));
    await settle();
    expect(element().querySelector('.ticket__code')).toBeNull();
    expect(element().querySelector('img.ticket__qr')).toBeNull();
    expect(element().querySelector('a[download]')).toBeNull();
    expect(element().textContent).not.toContain('受付でこの番号かQRコードをお見せください');
    expect(element().textContent).toContain('まだ席は確保されていません');
    expect(element().textContent).toContain('申込締切（2026年11月20日(金) 17:00）のあとに抽選');
  });

  it('says who booked for whom, the childcare and how to pay', async () => {
    const forChild = booking({
      bookerAttends: false,
      partySize: 1,
      participants: [{ position: 1, familyMemberId: 'm1', name: '佐藤 陽太', birthYear: 2019 }],
      childcareAges: [1, 3],
    });
    forChild.course.payment = {
      method: 'in_advance',
      dueDate: '2026-11-26',
      deadlineDays: 7,
      noteJa: '窓口で現金でお支払いください。',
      noteEn: 'In cash at the counter.',
    };
    backend.expectOne(`/api/me/bookings/${ID}`).flush(forChild);
    await settle();
    const text = element().textContent ?? '';
    expect(text).toContain('佐藤 花子（参加しません）');
    expect(text).toContain('2人（1歳・3歳）');
    expect(text).toContain(
      '2026年11月26日(木)までに事前にお支払いください。 窓口で現金でお支払いください。',
    );
  });

  it('asks a promoted person to answer by the due time, and takes the answer', async () => {
    backend
      .expectOne(`/api/me/bookings/${ID}`)
      .flush(booking({ promotedAt: '2026-11-26T00:00:00Z', respondBy: '2026-11-28T00:00:00Z' }));
    await settle();
    expect(element().textContent).toContain('キャンセル待ちから繰り上がりました');
    expect(element().textContent).toContain(
      '2026年11月28日(土) 09:00までに「参加する」か「辞退する」',
    );
    const accept = [...element().querySelectorAll<HTMLButtonElement>('.promotion button')].find(
      (button) => button.textContent?.includes('参加する'),
    )!;
    accept.click();
    await settle();
    const request = backend.expectOne(`/api/me/bookings/${ID}/accept`);
    expect(request.request.method).toBe('POST');
    request.flush(
      booking({ promotedAt: '2026-11-26T00:00:00Z', acceptedAt: '2026-11-26T01:00:00Z' }),
    );
    await settle();
    expect(element().querySelector('.promotion')).toBeNull();
  });

  it('after the deadline, says whom to contact instead of offering to cancel', async () => {
    backend.expectOne(`/api/me/bookings/${ID}`).flush(booking({ cancellableUntil: null }));
    await settle();
    expect(element().querySelector('#cancel-button')).toBeNull();
    expect(element().textContent).toContain('主催者（生涯学習推進課）へご連絡ください');
  });

  it("says so when the booking is not found (someone else's)", async () => {
    backend
      .expectOne(`/api/me/bookings/${ID}`)
      .flush(
        { statusCode: 404, code: 'BOOKING_NOT_FOUND', messages: { ja: 'x', en: 'x' } },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();
    expect(element().textContent).toContain('予約が見つかりません。');
  });
});
