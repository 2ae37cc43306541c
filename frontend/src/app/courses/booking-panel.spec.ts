import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { Booking, BookingOptions, CourseDetail } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { provideIcons } from '../core/layout/icons';
import { SessionService } from '../core/session/session.service';
import { person } from '../core/session/session-fixtures.testing';
import { BookingPanel } from './booking-panel';
import { REFERENCE, courseDetail } from './course-fixtures.testing';

@Component({
  imports: [BookingPanel],
  template: `<tsu-booking-panel [course]="course()" />`,
})
class Host {
  readonly course = signal<CourseDetail>(courseDetail({ bookingRule: 'first_come' }));
}

function options(overrides: Partial<BookingOptions> = {}): BookingOptions {
  return {
    courseId: courseDetail().id,
    bookingRule: 'first_come',
    state: 'open',
    opensAt: '2026-11-01T00:00:00Z',
    closesAt: '2026-11-20T08:00:00Z',
    capacity: 20,
    seatsLeft: 4,
    queueLength: 0,
    maxCompanions: 2,
    self: { familyMemberId: null, name: '佐藤 花子', birthYear: 1988, eligible: true, reasons: [] },
    familyMembers: [
      { familyMemberId: 'c1', name: '佐藤 陽太', birthYear: 2019, eligible: true, reasons: [] },
      {
        familyMemberId: 'c2',
        name: '佐藤 結衣',
        birthYear: 2024,
        eligible: false,
        reasons: [{ ja: '対象年齢は3歳以上です。', en: 'This course is for ages 3 and over.' }],
      },
    ],
    activeBooking: null,
    notice: null,
    ...overrides,
  };
}

describe('BookingPanel (signed in)', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;
  const optionsUrl = `/api/courses/${courseDetail().id}/booking-options`;
  const bookUrl = `/api/courses/${courseDetail().id}/bookings`;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideIcons(),
      ],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    TestBed.inject(SessionService).signedIn(person());
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    backend.match('/api/reference').forEach((request) => request.flush(REFERENCE));
  });

  afterEach(() => backend.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const button = () => element().querySelector<HTMLButtonElement>('.panel__button')!;
  async function settle() {
    await fixture.whenStable();
    fixture.detectChanges();
  }

  it('lists the family with reasons for who cannot come, and books with an Idempotency-Key', async () => {
    backend.expectOne(optionsUrl).flush(options());
    await settle();

    const text = element().textContent ?? '';
    expect(text).toContain('佐藤 花子（1988年生まれ）（ご本人）');
    expect(text).toContain('参加できません: 対象年齢は3歳以上です。');
    const boxes = element().querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes).toHaveLength(2);
    expect(boxes[1].disabled).toBe(true);
    expect(button().textContent).toContain('予約する');

    boxes[0].click();
    await settle();
    expect(element().textContent).toContain('2人で申し込みます。');

    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    button().click();
    await settle();
    expect(button().disabled).toBe(true);
    const request = backend.expectOne(bookUrl);
    expect(request.request.body).toEqual({ companionIds: ['c1'], joinWaitlist: false });
    const key = request.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    request.flush({ id: 'b1', status: 'confirmed' } as Booking, {
      status: 201,
      statusText: 'Created',
    });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/bookings', 'b1'], { state: { justBooked: true } });
  });

  it('retries a request that got no answer with the same key, and shows a designed error with its code', async () => {
    backend.expectOne(optionsUrl).flush(options());
    await settle();

    button().click();
    await settle();
    const first = backend.expectOne(bookUrl);
    first.error(new ProgressEvent('error'));
    await settle();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      '送信できませんでした',
    );

    button().click();
    await settle();
    const second = backend.expectOne(bookUrl);
    expect(second.request.headers.get('Idempotency-Key')).toBe(
      first.request.headers.get('Idempotency-Key'),
    );
    second.flush(
      {
        statusCode: 409,
        code: 'COURSE_FULL',
        messages: { ja: '満席です。', en: 'The course is full.' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    // The options are read again after "full"; the panel then offers the waiting list.
    backend.expectOne(optionsUrl).flush(options({ seatsLeft: 0, queueLength: 3 }));
    await settle();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      '満席です。（エラーコード: COURSE_FULL）',
    );
    expect(element().textContent).toContain('キャンセル待ち 3人');
    expect(button().textContent).toContain('キャンセル待ちに登録');

    button().click();
    await settle();
    const third = backend.expectOne(bookUrl);
    expect(third.request.body).toEqual({ companionIds: [], joinWaitlist: true });
    expect(third.request.headers.get('Idempotency-Key')).not.toBe(
      first.request.headers.get('Idempotency-Key'),
    );
    third.flush({ id: 'b2', status: 'waiting' } as Booking);
  });

  it('offers the lottery', async () => {
    backend.expectOne(optionsUrl).flush(options({ bookingRule: 'lottery', queueLength: 12 }));
    await settle();
    expect(button().textContent).toContain('抽選に申し込む');
    expect(element().textContent).toContain('現在の申込 12件');
  });

  it('shows an existing booking with a link to it instead of a button', async () => {
    backend
      .expectOne(optionsUrl)
      .flush(
        options({ activeBooking: { id: 'b9', status: 'waiting', waitingPosition: 2 } as Booking }),
      );
    await settle();
    expect(element().textContent).toContain('キャンセル待ちに登録済みです（2番目）。');
    expect(element().querySelector('a[href="/bookings/b9"]')).not.toBeNull();
    expect(element().querySelector('button.panel__button')).toBeNull();
  });

  it('refuses to send when the person is not eligible, saying why', async () => {
    backend.expectOne(optionsUrl).flush(
      options({
        self: {
          familyMemberId: null,
          name: '佐藤 花子',
          birthYear: 1988,
          eligible: false,
          reasons: [{ ja: '市内在住の方が対象です。', en: 'For residents only.' }],
        },
      }),
    );
    await settle();
    expect(element().textContent).toContain('市内在住の方が対象です。');
    expect(element().textContent).toContain('ご本人がこの講座の対象外のため');
    expect(button().disabled).toBe(true);
  });
});
