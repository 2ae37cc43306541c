import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NOW } from '../../core/format/browser-clock';
import { I18nService } from '../../core/i18n/i18n.service';
import { setUpPage, settle } from '../../core/testing/component-testing';
import { WeeklyClosuresPanel } from './weekly-closures-panel';

const URL = '/api/staff/facilities/fac-1/weekly-closures';
const monday = {
  id: 'w-1',
  weekday: 1,
  from: '2027-04-05',
  to: null,
  reasonJa: '毎週月曜日休館',
  reasonEn: 'Closed every Monday',
};

describe('WeeklyClosuresPanel', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    // 7 December 2026, 23:30 in Japan: the form's first day is the Japan day.
    http = setUpPage('ja', [{ provide: NOW, useValue: () => new Date('2026-12-07T14:30:00Z') }]);
  });

  afterEach(() => http.verify());

  async function render(rules: object[] = [monday]) {
    const fixture = TestBed.createComponent(WeeklyClosuresPanel);
    fixture.componentRef.setInput('facilityId', 'fac-1');
    await settle(fixture, { turns: 4, pause: 10 });
    http.expectOne(URL).flush(rules);
    await settle(fixture, { turns: 4, pause: 10 });
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  function fill(element: HTMLElement, name: string, value: string): void {
    const input = element.querySelector(`input[formControlName=${name}]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('lists each rule once with its weekday and dates, open ended said so', async () => {
    const { fixture, element } = await render([
      monday,
      {
        ...monday,
        id: 'w-2',
        weekday: 4,
        from: '2027-01-07',
        to: '2027-03-25',
        reasonJa: '冬季は木曜休館',
      },
    ]);
    const items = [...element.querySelectorAll('li.closure .closure__text')].map((text) =>
      [...text.children].map((part) => part.textContent?.trim()),
    );
    expect(items).toEqual([
      ['毎週月曜日', '2027年4月5日(月)から（終了日なし）', '毎週月曜日休館'],
      ['毎週木曜日', '2027年1月7日(木)〜2027年3月25日(木)', '冬季は木曜休館'],
    ]);
    // Each date stays whole on a narrow screen: the line may break only after the 〜.
    const pieces = [...element.querySelectorAll('li.closure')][1]!.querySelectorAll(
      'tsu-date-range .date-range__piece',
    );
    expect([...pieces].map((piece) => piece.textContent)).toEqual([
      '2027年1月7日(木)〜',
      '2027年3月25日(木)',
    ]);
    expect(element.querySelector('li.closure button')?.getAttribute('aria-label')).toBe(
      '毎週月曜日 2027年4月5日(月)から（終了日なし）の休館を削除',
    );

    TestBed.inject(I18nService).setLanguage('en');
    await settle(fixture, { turns: 2 });
    expect(element.querySelector('li.closure')?.textContent).toContain('Every Monday');
    expect(element.querySelector('li.closure')?.textContent).toContain(
      'from Mon 5 Apr 2027 (no end)',
    );
  });

  it('sends one rule (no last day, no reasons: the API words them) and empties the form without errors', async () => {
    const { fixture, element } = await render([]);
    expect(element.textContent).toContain('毎週の休館日はありません。');
    expect((element.querySelector('input[formControlName=from]') as HTMLInputElement).value).toBe(
      '2026-12-07',
    );
    fill(element, 'from', '2027-04-05');
    (element.querySelector('button[type=submit]') as HTMLButtonElement).click();
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ weekday: 1, from: '2027-04-05' });
    request.flush(monday);
    await settle(fixture, { turns: 4, pause: 10 });
    http.expectOne(URL).flush([monday]);
    await settle(fixture, { turns: 4, pause: 10 });
    expect(element.querySelector('.notice')?.textContent).toContain('毎週の休館日を登録しました。');
    expect(element.querySelectorAll('mat-error')).toHaveLength(0);
    expect(element.querySelectorAll('li.closure')).toHaveLength(1);
  });

  it('shows the reservations in the way when the rule would close reserved days', async () => {
    const { fixture, element } = await render([]);
    (element.querySelector('button[type=submit]') as HTMLButtonElement).click();
    http.expectOne(URL).flush(
      {
        statusCode: 409,
        code: 'CLOSURE_HAS_RESERVATIONS',
        message: 'この期間には予約が1件入っています：…',
        messages: {
          ja: 'この期間には予約が1件入っています：…',
          en: '1 reservation falls in this period: …',
        },
        conflicts: [
          {
            kind: 'hire',
            nameJa: '吾妻コーラスの会',
            nameEn: '吾妻コーラスの会',
            startsAt: '2026-12-14T01:00:00.000Z',
            endsAt: '2026-12-14T02:00:00.000Z',
            roomNameJa: '音楽室',
            roomNameEn: 'Music room',
          },
        ],
        conflictCount: 1,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture, { turns: 4, pause: 10 });
    const alert = element.querySelector('tsu-reservations-in-the-way [role=alert]')!;
    expect(alert.textContent).toContain('吾妻コーラスの会');
    expect(element.querySelectorAll('[role=alert]')).toHaveLength(1);
  });

  it('asks before removing a rule, then removes it', async () => {
    const { fixture, element } = await render();
    (element.querySelector('li.closure button') as HTMLButtonElement).click();
    await settle(fixture, { turns: 2 });
    const group = element.querySelector('[role=group]')!;
    expect(group.textContent).toContain('その曜日は予約できるようになります。');
    (group.querySelector('button.danger') as HTMLButtonElement).click();
    const request = http.expectOne(`${URL}/w-1`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture, { turns: 4, pause: 10 });
    http.expectOne(URL).flush([]);
    await settle(fixture, { turns: 4, pause: 10 });
    expect(element.querySelector('.notice')?.textContent).toContain('毎週の休館日を削除しました。');
  });
});
