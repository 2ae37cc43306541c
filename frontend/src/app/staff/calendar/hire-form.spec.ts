import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { HireForm } from './hire-form';
import { settle } from '../../core/testing/component-testing';

const conflictBody = {
  statusCode: 409,
  code: 'ROOM_ALREADY_RESERVED',
  message: '研修室1は12月1日 10:00〜12:00に「シニアのためのスマホ教室」の予約があります。',
  messages: {
    ja: '研修室1は12月1日 10:00〜12:00に「シニアのためのスマホ教室」の予約があります。',
    en: 'Seminar Room 1 is reserved on 1 Dec 10:00–12:00 for “Smartphones for seniors”.',
  },
  conflict: {
    kind: 'course_session',
    nameJa: 'シニアのためのスマホ教室',
    nameEn: 'Smartphones for seniors',
    startsAt: '2026-12-01T01:00:00Z',
    endsAt: '2026-12-01T03:00:00Z',
  },
};

describe('HireForm', () => {
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
    const fixture = TestBed.createComponent(HireForm);
    fixture.componentRef.setInput('facilityId', 'fac-1');
    fixture.componentRef.setInput('rooms', [
      { id: 'room-1', name: '研修室1' },
      { id: 'room-2', name: '和室' },
    ]);
    fixture.componentRef.setInput('date', '2026-12-01');
    const created = jest.fn();
    fixture.componentInstance.created.subscribe(created);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatSelectHarness)).clickOptions({ text: '研修室1' });
    await (
      await loader.getHarness(
        MatInputHarness.with({ placeholder: '', selector: '[formControlName="groupName"]' }),
      )
    ).setValue('吾妻コーラスの会');
    return { fixture, created, loader };
  }

  it('sends the hire in Tokyo time and reports the reservation made', async () => {
    const { fixture, created, loader } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: '予約する' }))).click();
    const request = http.expectOne('/api/staff/facilities/fac-1/reservations');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      roomId: 'room-1',
      startsAt: '2026-12-01T10:00:00+09:00',
      endsAt: '2026-12-01T12:00:00+09:00',
      groupName: '吾妻コーラスの会',
    });
    request.flush({ id: 'res-1', groupName: '吾妻コーラスの会' });
    await settle(fixture, { turns: 1, stable: true });
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ id: 'res-1' }));
    expect(fixture.nativeElement.querySelector('[role="alert"]')).toBeNull();
  });

  it('empties the group for the next hire without calling it missing, keeping room and times', async () => {
    const { fixture, loader } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: '予約する' }))).click();
    http
      .expectOne('/api/staff/facilities/fac-1/reservations')
      .flush({ id: 'res-1', groupName: '吾妻コーラスの会' });
    await settle(fixture, { turns: 1, stable: true });

    expect(fixture.nativeElement.querySelectorAll('mat-error')).toHaveLength(0);
    expect(fixture.nativeElement.textContent).not.toContain('入力してください');
    const group = await loader.getHarness(
      MatInputHarness.with({ selector: '[formControlName="groupName"]' }),
    );
    expect(await group.getValue()).toBe('');
    expect(await (await loader.getHarness(MatSelectHarness)).getValueText()).toBe('研修室1');
    const start = await loader.getHarness(
      MatInputHarness.with({ selector: '[formControlName="startsAt"]' }),
    );
    expect(await start.getValue()).toBe('10:00');
  });

  it('shows a refusal as an alert naming what the hire collides with', async () => {
    const { fixture, created, loader } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: '予約する' }))).click();
    http
      .expectOne('/api/staff/facilities/fac-1/reservations')
      .flush(conflictBody, { status: 409, statusText: 'Conflict' });
    await settle(fixture, { turns: 1, stable: true });
    // Focus moves once the alert is on screen.
    await settle(fixture, { turns: 1, stable: true });

    const alert: HTMLElement = fixture.nativeElement.querySelector('[role="alert"]');
    expect(alert.textContent).toContain('この時間は予約できません');
    expect(alert.textContent).toContain(conflictBody.messages.ja);
    expect(alert.textContent).toContain('重なっているのは講座の回です');
    expect(document.activeElement).toBe(alert);
    expect(created).not.toHaveBeenCalled();

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      'Smartphones for seniors',
    );
  });

  it('puts the API field messages under their fields', async () => {
    const { fixture, loader } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: '予約する' }))).click();
    http.expectOne('/api/staff/facilities/fac-1/reservations').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '入力内容を確認してください。',
        messages: { ja: '入力内容を確認してください。', en: 'Please check the form.' },
        fields: [
          { field: 'endsAt', ja: '終了は開始より後にしてください。', en: 'End after start.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture, { turns: 1, stable: true });
    const errors = [...fixture.nativeElement.querySelectorAll('mat-error')].map((e: Element) =>
      e.textContent?.trim(),
    );
    expect(errors).toContain('終了は開始より後にしてください。');
    expect(fixture.nativeElement.querySelector('[role="alert"]')).toBeNull();
  });
});
