import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { formatDateRange } from '../../core/format/date-format';
import { ClosuresPanel } from './closures-panel';
import { settle } from '../../core/testing/component-testing';

/** Lets signals, resources and the view catch up (a pending request keeps it "unstable"). */
const refusal = {
  statusCode: 409,
  code: 'CLOSURE_HAS_RESERVATIONS',
  message: 'この期間には予約が4件入っています：…',
  messages: {
    ja: 'この期間には予約が4件入っています：1月19日（火）13:30〜15:00 研修室1 講座「はじめてのスマホ教室」ほか3件。先に予約を移動するか取り消してから、休館日を登録してください。',
    en: '4 reservations fall in this period: …',
  },
  conflicts: [
    {
      kind: 'course_session',
      nameJa: 'はじめてのスマホ教室',
      nameEn: 'Smartphones for beginners',
      startsAt: '2027-01-19T04:30:00.000Z',
      endsAt: '2027-01-19T06:00:00.000Z',
      roomNameJa: '研修室1',
      roomNameEn: 'Seminar room 1',
    },
    {
      kind: 'hire',
      nameJa: '吾妻コーラスの会',
      nameEn: '吾妻コーラスの会',
      startsAt: '2027-01-19T10:00:00.000Z',
      endsAt: '2027-01-19T12:00:00.000Z',
      roomNameJa: '音楽室',
      roomNameEn: 'Music room',
    },
  ],
  conflictCount: 4,
};

describe('formatDateRange', () => {
  it('names one day, or first and last day, with the weekday', () => {
    expect(formatDateRange('2027-01-19', '2027-01-19', 'ja')).toBe('2027年1月19日(火)');
    expect(formatDateRange('2026-12-29', '2027-01-03', 'ja')).toBe(
      '2026年12月29日(火)〜2027年1月3日(日)',
    );
    expect(formatDateRange('2026-12-29', '2027-01-03', 'en')).toBe(
      'Tue 29 Dec 2026 – Sun 3 Jan 2027',
    );
  });
});

describe('ClosuresPanel', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(ClosuresPanel);
    fixture.componentRef.setInput('facilityId', 'fac-1');
    await settle(fixture, { turns: 4, pause: 10 });
    http
      .expectOne((request) => request.url === '/api/staff/facilities/fac-1/closures')
      .flush([
        {
          id: 'c-1',
          from: '2026-12-29',
          to: '2027-01-03',
          kind: 'year_end',
          reasonJa: '年末年始休館（12月29日〜1月3日）',
          reasonEn: 'Closed for the New Year (29 Dec – 3 Jan)',
        },
        {
          id: 'c-2',
          from: '2027-02-15',
          to: '2027-02-16',
          kind: 'maintenance',
          reasonJa: '空調設備点検のため休館',
          reasonEn: 'Closed for air-conditioning maintenance',
        },
      ]);
    await settle(fixture, { turns: 4, pause: 10 });
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  function fill(element: HTMLElement, name: string, value: string): void {
    const input = element.querySelector(`[formControlName=${name}]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('lists closures, marking generated ones, which cannot be removed here', async () => {
    const { element } = await render();
    const items = [...element.querySelectorAll('li.closure')];
    expect(items.map((item) => item.querySelector('.closure__kind')?.textContent?.trim())).toEqual([
      '年末年始（自動）',
      '保守・点検',
    ]);
    expect(items[0].querySelector('button')).toBeNull();
    expect(items[1].querySelector('button')?.getAttribute('aria-label')).toBe(
      '2027年2月15日(月)〜2027年2月16日(火)の休館日を削除',
    );
  });

  it('shows a refusal listing every reservation in the way, with time, room and what it is', async () => {
    const { fixture, element } = await render();
    fill(element, 'from', '2027-01-19');
    fill(element, 'to', '2027-01-19');
    fill(element, 'reasonJa', '空調設備点検のため休館');
    fill(element, 'reasonEn', 'Closed for air-conditioning maintenance');
    (element.querySelector('button[type=submit]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/staff/facilities/fac-1/closures');
    expect(request.request.body).toEqual({
      from: '2027-01-19',
      to: '2027-01-19',
      kind: 'maintenance',
      reasonJa: '空調設備点検のため休館',
      reasonEn: 'Closed for air-conditioning maintenance',
    });
    request.flush(refusal, { status: 409, statusText: 'Conflict' });
    await settle(fixture, { turns: 4, pause: 10 });
    const alert = element.querySelector('tsu-reservations-in-the-way [role=alert]')!;
    expect(alert.textContent).toContain(refusal.messages.ja);
    expect(alert.textContent).toContain('支障のある予約（2件／全4件）');
    expect(
      [...alert.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual([
      '2027年1月19日(火) 13:30〜15:00 研修室1 — 講座「はじめてのスマホ教室」',
      '2027年1月19日(火) 19:00〜21:00 音楽室 — 吾妻コーラスの会（貸出）',
    ]);
    // The refusal is said once: not again in the form's own alert.
    expect(element.querySelectorAll('[role=alert]')).toHaveLength(1);
  });
});
