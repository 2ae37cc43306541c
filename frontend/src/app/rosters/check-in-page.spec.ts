import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CheckInResult } from '../api/api-types';
import { CheckInPage } from './check-in-page';
import { I18nService } from '../core/i18n/i18n.service';
import { hanako, roster, settle, setUpPage } from './roster-fixtures.testing';

describe('CheckInPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    http = setUpPage();
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(CheckInPage);
    fixture.componentRef.setInput('id', 's-1');
    await settle(fixture);
    http.expectOne('/api/sessions/s-1/roster').flush(roster([hanako]));
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector<HTMLInputElement>('input.door__code')!;
    return { fixture, element, input };
  }

  async function type(fixture: ComponentFixture<unknown>, input: HTMLInputElement, text: string) {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  it('upper-cases the code with its hyphen as typed, sends it and announces who came', async () => {
    const { fixture, element, input } = await render();
    await type(fixture, input, 'k7m2q9xd');
    expect(input.value).toBe('K7M2-Q9XD');
    input.form!.requestSubmit();
    await settle(fixture);
    const request = http.expectOne('/api/sessions/s-1/check-ins');
    expect(request.request.body).toEqual({ code: 'K7M2Q9XD' });
    const result: CheckInResult = {
      alreadyCheckedIn: false,
      entry: { ...hanako, attendance: null },
      messageJa: '佐藤 花子さん（3名）の受付が完了しました。',
      messageEn: 'Sato Hanako (party of 3) is checked in.',
    };
    request.flush(result);
    await settle(fixture);
    http.expectOne('/api/sessions/s-1/roster').flush(roster([hanako]));
    await settle(fixture);
    const live = element.querySelector('.door__live[aria-live="polite"]')!;
    expect(live.textContent).toContain('受付しました');
    expect(live.textContent).toContain('佐藤 花子さん（3名）の受付が完了しました。');
    expect(live.textContent).toContain(
      '参加する人: 佐藤 花子（本人）、佐藤 ひなた（4歳）、佐藤 そら（1歳）',
    );
    // The list was reloaded; the field is empty for the next person, without a "required" error.
    expect(input.value).toBe('');
    expect(element.querySelector('mat-error')).toBeNull();
  });

  it("does not send what cannot be a code, and shows the API's refusal in the banner", async () => {
    const { fixture, element, input } = await render();
    await type(fixture, input, 'K7M2-Q9X0');
    input.form!.requestSubmit();
    await settle(fixture);
    http.expectNone('/api/sessions/s-1/check-ins');
    expect(element.textContent).toContain('予約番号は英数字8文字です');

    await type(fixture, input, 'Z2Z3Z4Z5');
    input.form!.requestSubmit();
    await settle(fixture);
    // Even an API that named the other course (as it once did) does not get the name shown.
    const messages = {
      ja: 'この予約番号は別の講座「親子料理教室」の予約です。会場と日時をご確認ください。',
      en: 'This code is a booking for another course.',
    };
    http
      .expectOne('/api/sessions/s-1/check-ins')
      .flush(
        { statusCode: 409, code: 'CHECK_IN_OTHER_COURSE', message: messages.ja, messages },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    const live = element.querySelector('.door__live[aria-live="polite"]')!;
    expect(live.textContent).toContain('受付できません');
    expect(live.textContent).toContain('この回の予約ではありません');
    expect(live.textContent).not.toContain('親子料理教室');
  });
});

describe('CheckInPage on another day than the session', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function renderAt(now: string) {
    localStorage.clear();
    const http = setUpPage(new Date(now));
    const fixture = TestBed.createComponent(CheckInPage);
    fixture.componentRef.setInput('id', 's-1');
    await settle(fixture);
    http.expectOne('/api/sessions/s-1/roster').flush(roster([hanako]));
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement, http };
  }

  it('warns before any check-in that the session is 17 days away, naming its day', async () => {
    // 7 December, 23:30 in Japan (14:30 UTC): the Japan day, not the UTC one, counts.
    const { fixture, element, http } = await renderAt('2026-12-07T14:30:00Z');
    const warning = element.querySelector('.door__not-today[role="alert"]');
    expect(warning?.textContent).toContain('この回は今日ではありません');
    expect(warning?.textContent).toContain('2026年12月24日(木)（17日後）');
    // The warning comes before the code field, so it is read before anyone is checked in.
    const field = element.querySelector('input.door__code')!;
    expect(warning!.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    http.expectNone('/api/sessions/s-1/check-ins');

    TestBed.inject(I18nService).setLanguage('en');
    await settle(fixture);
    expect(element.querySelector('.door__not-today')?.textContent).toContain(
      'This session is on Thu 24 Dec 2026 (in 17 days)',
    );
  });

  it('says "yesterday" the day after, and nothing on the day itself from midnight in Japan', async () => {
    const after = await renderAt('2026-12-24T15:00:00Z'); // 25 December, 00:00 in Japan
    expect(after.element.querySelector('.door__not-today')?.textContent).toContain('（昨日）');
    after.fixture.destroy();
    TestBed.resetTestingModule();

    const onTheDay = await renderAt('2026-12-23T15:00:00Z'); // 24 December, 00:00 in Japan
    expect(onTheDay.element.querySelector('.door__not-today')).toBeNull();
    expect(onTheDay.element.querySelector('input.door__code')).not.toBeNull();
  });
});
