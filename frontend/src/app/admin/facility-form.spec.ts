import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { AdminFacility } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { FacilityForm } from './facility-form';
import { settle } from '../core/testing/component-testing';

const AZUMA: AdminFacility = {
  id: 'fac-1',
  kind: 'community_centre',
  nameJa: '吾妻交流センター',
  nameEn: 'Azuma Community Centre',
  postalCode: '305-0031',
  addressJa: 'つくば市吾妻1-10-1',
  addressEn: '1-10-1 Azuma, Tsukuba',
  phone: '029-851-0001',
  latitude: 36.0835,
  longitude: 140.1114,
  opensAt: '09:00',
  closesAt: '21:30',
  accessJa: 'つくば駅から徒歩10分',
  accessEn: '10 minutes on foot from Tsukuba Station',
  parkingJa: '',
  parkingEn: '',
  closedNoteJa: '月曜日',
  closedNoteEn: 'Mondays',
  roomCount: 5,
  staffCount: 1,
};

/** Lets the submit's promise chain finish, then renders. */
const field = (loader: HarnessLoader, name: string) =>
  loader.getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));

describe('FacilityForm', () => {
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

  async function render(facility: AdminFacility | null) {
    const fixture = TestBed.createComponent(FacilityForm);
    fixture.componentRef.setInput('facility', facility);
    const saved = jest.fn();
    const cancelled = jest.fn();
    fixture.componentInstance.saved.subscribe(saved);
    fixture.componentInstance.cancelled.subscribe(cancelled);
    TestBed.tick();
    // The kinds come from the reference lists (the backend's list is the only one).
    http.expectOne('/api/reference').flush({
      facilityKinds: [{ code: 'community_centre', ja: '交流センター', en: 'Community centre' }],
    });
    await fixture.whenStable();
    return { fixture, saved, cancelled, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('adds a facility: trimmed text, coordinates as numbers, optional notes empty', async () => {
    const { fixture, saved, loader } = await render(null);
    const values: Record<string, string> = {
      nameJa: ' 新しい交流センター ',
      nameEn: 'New Community Centre',
      postalCode: '305-0032',
      phone: '029-851-0002',
      addressJa: 'つくば市竹園1-1-1',
      addressEn: '1-1-1 Takezono, Tsukuba',
      latitude: '36.0821',
      longitude: '140.1120',
      opensAt: '08:30',
      closesAt: '22:00',
    };
    for (const [name, value] of Object.entries(values)) {
      await (await field(loader, name)).setValue(value);
    }
    await (await loader.getHarness(MatButtonHarness.with({ text: '保存する' }))).click();

    const request = http.expectOne('/api/admin/facilities');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      kind: 'community_centre',
      nameJa: '新しい交流センター',
      nameEn: 'New Community Centre',
      postalCode: '305-0032',
      phone: '029-851-0002',
      addressJa: 'つくば市竹園1-1-1',
      addressEn: '1-1-1 Takezono, Tsukuba',
      latitude: 36.0821,
      longitude: 140.112,
      opensAt: '08:30',
      closesAt: '22:00',
      accessJa: '',
      accessEn: '',
      parkingJa: '',
      parkingEn: '',
      closedNoteJa: '',
      closedNoteEn: '',
    });
    const created = { ...AZUMA, ...request.request.body, id: 'fac-2', roomCount: 0, staffCount: 0 };
    request.flush(created);
    await settle(fixture, { turns: 1, stable: true });
    expect(saved).toHaveBeenCalledWith(created);
  });

  it('does not send a facility with a malformed postcode or time, and says which field', async () => {
    const { fixture, loader } = await render(null);
    await (await field(loader, 'postalCode')).setValue('3050031');
    await (await field(loader, 'opensAt')).setValue('9時');
    await (await loader.getHarness(MatButtonHarness.with({ text: '保存する' }))).click();
    await fixture.whenStable();
    http.expectNone('/api/admin/facilities');
    const errors = [...fixture.nativeElement.querySelectorAll('mat-error')].map(
      (element: HTMLElement) => element.textContent?.trim(),
    );
    expect(errors).toContain('入力してください');
    expect(errors).toContain('郵便番号は 305-0031 の形で入力してください');
    expect(errors).toContain('24時間制で 09:00 の形で入力してください');
    expect(errors.length).toBeGreaterThanOrEqual(8);
  });

  it('edits the given facility and shows the API refusal under the field it names', async () => {
    const { fixture, saved, loader } = await render(AZUMA);
    expect(await (await field(loader, 'latitude')).getValue()).toBe('36.0835');
    await (await field(loader, 'closesAt')).setValue('08:00');
    await (await loader.getHarness(MatButtonHarness.with({ text: '保存する' }))).click();

    const request = http.expectOne('/api/admin/facilities/fac-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toMatchObject({ closesAt: '08:00', latitude: 36.0835 });
    expect(request.request.body.id).toBeUndefined();
    expect(request.request.body.roomCount).toBeUndefined();
    request.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '入力内容に誤りがあります。',
        messages: { ja: '入力内容に誤りがあります。', en: 'Some values are not valid.' },
        fields: [
          {
            field: 'closesAt',
            ja: '閉館時刻は 21:30 の形で、開館時刻より後にしてください。',
            en: 'Enter the closing time as 21:30, after the opening time.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture, { turns: 1, stable: true });
    expect(saved).not.toHaveBeenCalled();
    expect(fixture.nativeElement.querySelector('mat-error')?.textContent).toContain(
      '開館時刻より後にしてください',
    );
  });

  it('lets the administrator cancel', async () => {
    const { cancelled, loader } = await render(AZUMA);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'やめる' }))).click();
    expect(cancelled).toHaveBeenCalled();
  });
});
