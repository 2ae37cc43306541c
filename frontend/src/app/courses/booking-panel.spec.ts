import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { Booking, BookingOptions, CourseDetail } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { SessionService } from '../core/session/session.service';
import { person } from '../core/session/session-fixtures.testing';
import { BookingPanel } from './booking-panel';
import { RETRY_BUDGET_MS, RETRY_TIMING } from './booking-retry';
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
    maxAttendees: 3,
    guardianRule: 'none',
    childcareOffered: false,
    householdReasons: [],
    cancellableUntil: '2026-12-02T01:00:00Z',
    payment: null,
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

  /** The retry loop's waits, on a fake clock: recorded, and over at once. */
  let waits: number[];
  let fakeNow: number;

  beforeEach(async () => {
    localStorage.clear();
    waits = [];
    fakeNow = 0;
    TestBed.configureTestingModule({
      providers: [
        {
          provide: RETRY_TIMING,
          useValue: {
            now: () => fakeNow,
            sleep: async (ms: number) => {
              waits.push(ms);
              fakeNow += ms;
            },
            random: () => 0.5,
          },
        },
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
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
  /** Presses the main button: through the review step first when still choosing. */
  async function press() {
    if (button().textContent?.includes('内容を確認する')) {
      button().click();
      await settle();
    }
    button().click();
    await settle();
  }

  /**
   * The options read again after a refusal. Not `settle()`: the app is not stable while the
   * resource's request is open, so this turns the event loop until the request is there.
   */
  async function reloadedOptions() {
    for (let tries = 0; tries < 10; tries += 1) {
      const requests = backend.match(optionsUrl);
      if (requests.length > 0) return requests[0]!;
      fixture.detectChanges();
      await new Promise((resolve) => setTimeout(resolve));
    }
    throw new Error('the options were not read again');
  }
  /** The panel's next booking request, after it has waited (on the fake clock) to retry. */
  async function nextBooking() {
    for (let tries = 0; tries < 10; tries += 1) {
      await settle();
      const requests = backend.match(bookUrl);
      if (requests.length > 0) return requests[0]!;
    }
    throw new Error('no booking request was sent');
  }

  it('lists the family with reasons for who cannot come, and books with an Idempotency-Key', async () => {
    backend.expectOne(optionsUrl).flush(options());
    await settle();

    const text = element().textContent ?? '';
    expect(text).toContain('佐藤 花子（1988年生まれ）（ご本人）');
    expect(text).toContain('参加できません: 対象年齢は3歳以上です。');
    const boxes = element().querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes).toHaveLength(3);
    expect(boxes[0]!.checked).toBe(true);
    expect(boxes[2]!.disabled).toBe(true);
    expect(button().textContent).toContain('内容を確認する');

    boxes[1]!.click();
    await settle();
    expect(element().textContent).toContain('2人が参加します。');

    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await press();
    expect(button().disabled).toBe(true);
    const request = backend.expectOne(bookUrl);
    expect(request.request.body).toEqual({
      bookerAttends: true,
      companionIds: ['c1'],
      joinWaitlist: false,
    });
    const key = request.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    request.flush({ id: 'b1', status: 'confirmed' } as Booking, {
      status: 201,
      statusText: 'Created',
    });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/bookings', 'b1'], { state: { justBooked: true } });
  });

  it('retries a request that got no answer by itself with the same key, and shows a designed error with its code', async () => {
    backend.expectOne(optionsUrl).flush(options());
    await settle();

    await press();
    const first = backend.expectOne(bookUrl);
    first.error(new ProgressEvent('error'));
    const second = await nextBooking();
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
    // The options are read again after "full"; the panel then offers the waiting list.
    (await reloadedOptions()).flush(options({ seatsLeft: 0, queueLength: 3 }));
    await settle();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      '満席です。（エラーコード: COURSE_FULL）',
    );
    expect(element().textContent).toContain('キャンセル待ち 3人');
    expect(button().textContent).toContain('キャンセル待ちに登録');

    await press();
    const third = backend.expectOne(bookUrl);
    expect(third.request.body).toEqual({
      bookerAttends: true,
      companionIds: [],
      joinWaitlist: true,
    });
    expect(third.request.headers.get('Idempotency-Key')).not.toBe(
      first.request.headers.get('Idempotency-Key'),
    );
    third.flush({ id: 'b2', status: 'waiting' } as Booking);
  });

  describe('when the outcome of a booking is unknown (5xx, no answer)', () => {
    const serverError = (status: number) =>
      status === 503
        ? [
            {
              statusCode: 503,
              code: 'SERVICE_UNAVAILABLE',
              messages: { ja: '混み合っています。', en: 'Busy.' },
            },
            { status, statusText: 'Service Unavailable' },
          ]
        : ['<html>Bad Gateway</html>', { status, statusText: 'Bad Gateway' }];
    const status = () => element().querySelector('[role="status"]')!;

    it('keeps the key, retries with growing jittered waits, says so politely, and books', async () => {
      backend.expectOne(optionsUrl).flush(options());
      await settle();
      const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
      expect(status().getAttribute('aria-live')).toBe('polite');

      await press();
      const first = backend.expectOne(bookUrl);
      const key = first.request.headers.get('Idempotency-Key');
      first.flush(...(serverError(503) as [object, { status: number; statusText: string }]));
      const second = await nextBooking();
      expect(status().textContent).toContain('通信が不安定です。予約を確認しています…');
      expect(element().querySelector('[role="alert"]')).toBeNull();
      second.error(new ProgressEvent('error'));
      const third = await nextBooking();
      third.flush(...(serverError(502) as [string, { status: number; statusText: string }]));
      const fourth = await nextBooking();
      for (const retry of [second, third, fourth]) {
        expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
      }
      // The server answers the repeated key with the booking the first request made.
      fourth.flush({ id: 'b1', status: 'confirmed' } as Booking, {
        status: 201,
        statusText: 'Created',
      });
      await settle();
      await settle();
      expect(waits).toEqual([750, 1500, 3000]);
      expect(navigate).toHaveBeenCalledWith(['/bookings', 'b1'], { state: { justBooked: true } });
      expect(status().textContent?.trim()).toBe('');

      // A definite answer came: the next press is a new attempt with a fresh key.
      await press();
      const next = backend.expectOne(bookUrl);
      expect(next.request.headers.get('Idempotency-Key')).not.toBe(key);
      next.flush({ id: 'b1', status: 'confirmed' } as Booking);
      await settle();
    });

    it('gives up within the time bound, says it could not find out, and keeps the key for the next press', async () => {
      backend.expectOne(optionsUrl).flush(options());
      await settle();
      await press();
      const keys: (string | null)[] = [];
      let pending = backend.match(bookUrl);
      while (pending.length === 1) {
        keys.push(pending[0]!.request.headers.get('Idempotency-Key'));
        pending[0]!.flush(
          ...(serverError(503) as [object, { status: number; statusText: string }]),
        );
        await settle();
        await settle();
        pending = backend.match(bookUrl);
      }
      expect(pending).toHaveLength(0);
      // 1 s doubling up to 8 s, jittered (half way here), until the next wait would pass 30 s.
      expect(waits).toEqual([750, 1500, 3000, 6000, 6000, 6000, 6000]);
      expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(RETRY_BUDGET_MS);
      expect(keys).toHaveLength(8);
      expect(new Set(keys).size).toBe(1);
      expect(element().querySelector('[role="alert"]')?.textContent).toContain(
        '予約できたかどうか確認できませんでした',
      );

      await press();
      const again = backend.expectOne(bookUrl);
      expect(again.request.headers.get('Idempotency-Key')).toBe(keys[0]);
      again.flush({ id: 'b1', status: 'confirmed' } as Booking);
      await settle();
    });

    it('shows the existing booking, not an error, when a retry hears ALREADY_BOOKED', async () => {
      backend.expectOne(optionsUrl).flush(options());
      await settle();
      await press();
      backend
        .expectOne(bookUrl)
        .flush(...(serverError(502) as [string, { status: number; statusText: string }]));
      const retry = await nextBooking();
      retry.flush(
        {
          statusCode: 409,
          code: 'ALREADY_BOOKED',
          messages: { ja: 'すでに予約済みです。', en: 'Already booked.' },
        },
        { status: 409, statusText: 'Conflict' },
      );
      (await reloadedOptions()).flush(
        options({ activeBooking: { id: 'b7', status: 'confirmed' } as Booking, seatsLeft: 3 }),
      );
      await settle();
      expect(element().querySelector('[role="alert"]')).toBeNull();
      expect(status().textContent).toContain('お申し込みは受け付けられていました。');
      expect(element().textContent).toContain('この講座は予約済みです。');
      expect(element().querySelector('a[href="/bookings/b7"]')).not.toBeNull();
    });
  });

  it('shows a progress bar until the options arrive, and a retry when they could not be read', async () => {
    expect(
      element().querySelector('.panel__action [role="status"] [role=progressbar]'),
    ).not.toBeNull();
    backend.expectOne(optionsUrl).flush(null, { status: 500, statusText: 'Internal Server Error' });
    await settle();
    const alert = element().querySelector('.panel__action [role="alert"]')!;
    expect(alert.textContent).toContain('お申し込みの情報を読み込めませんでした。');
    expect(element().querySelector('.panel__button')).toBeNull();

    alert.querySelector('button')!.click();
    TestBed.tick();
    backend.expectOne(optionsUrl).flush(options());
    await settle();
    expect(element().querySelector('.panel__action [role="alert"]')).toBeNull();
    expect(button().textContent).toContain('内容を確認する');
  });

  it('offers the lottery', async () => {
    backend.expectOne(optionsUrl).flush(options({ bookingRule: 'lottery', queueLength: 12 }));
    await settle();
    expect(element().textContent).toContain('現在の申込 12件');
    button().click();
    await settle();
    expect(button().textContent).toContain('抽選に申し込む');
    expect(element().textContent).toContain('申込締切（');
    expect(element().textContent).toContain('のあとに抽選し、結果をメールでお知らせします。');
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

  it('says once, with the reasons, that nobody of the household may book: no waiting list, no button', async () => {
    backend.expectOne(optionsUrl).flush(
      options({
        seatsLeft: 0,
        householdReasons: [{ ja: '市内在住の方が対象です。', en: 'For residents only.' }],
      }),
    );
    await settle();
    const text = element().textContent ?? '';
    expect(text).toContain('この講座にはお申し込みいただけません。');
    expect(text).toContain('市内在住の方が対象です。');
    expect(text).not.toContain('キャンセル待ちとして登録できます');
    expect(element().querySelector('button.panel__button')).toBeNull();
  });

  it('lets a parent book a child alone when she is outside the ages, and restates it for review', async () => {
    const tooOld = [{ ja: '対象年齢は6〜9歳です（2027年に39歳）。', en: 'Ages 6 to 9.' }];
    backend.expectOne(optionsUrl).flush(
      options({
        maxAttendees: 1,
        guardianRule: 'children_alone',
        childcareOffered: true,
        payment: {
          method: 'at_door',
          dueDate: null,
          deadlineDays: null,
          noteJa: 'おつりのないようご用意ください。',
          noteEn: '',
        },
        self: {
          familyMemberId: null,
          name: '佐藤 花子',
          birthYear: 1988,
          eligible: false,
          reasons: tooOld,
        },
      }),
    );
    fixture.componentInstance.course.set(courseDetail({ bookingRule: 'first_come', feeYen: 500 }));
    await settle();
    expect(element().textContent).toContain('お子さんだけで参加する講座です');
    expect(element().textContent).toContain('1件の予約につき1人です');
    const boxes = element().querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes[0]!.disabled).toBe(true);
    expect(boxes[0]!.checked).toBe(false);
    expect(button().disabled).toBe(true);
    expect(element().textContent).toContain('参加する人を1人以上選んでください。');
    boxes[1]!.click();
    await settle();
    expect(button().disabled).toBe(false);
    button().click();
    await settle();
    const review = element().querySelector('.panel__review')!.textContent ?? '';
    expect(review).toContain('佐藤 陽太');
    expect(review).toContain('佐藤 花子（参加しません）');
    expect(review).toContain('500円');
    expect(review).toContain(
      '当日、会場の受付でお支払いください。 おつりのないようご用意ください。',
    );
    expect(review).toContain('まで、予約ページからキャンセルできます。');
    button().click();
    await settle();
    const request = backend.expectOne(bookUrl);
    expect(request.request.body).toEqual({
      bookerAttends: false,
      companionIds: ['c1'],
      joinWaitlist: false,
    });
    request.flush({ id: 'b3', status: 'confirmed' } as Booking);
    await settle();
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
    // Nobody chosen yet (the caller may not attend): the button waits for a choice.
    expect(element().textContent).toContain('参加する人を1人以上選んでください。');
    expect(button().disabled).toBe(true);
  });
});
