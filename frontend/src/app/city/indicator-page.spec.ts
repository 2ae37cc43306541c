import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { failure, type } from '../core/testing/component-testing';
import { I18nService } from '../core/i18n/i18n.service';
import type { Me } from '../api/api-types';
import { SessionService } from '../core/session/session.service';
import { IndicatorPage } from './indicator-page';

const figures = {
  fiscalYear: 2026,
  filters: {},
  asOf: null,
  figures: [
    {
      key: 'participants',
      name: { ja: '実参加者数', en: 'Unique participants' },
      unit: 'count',
      definition: { ja: '1回以上出席した人の数。', en: 'People who attended.' },
      value: 10,
      numerator: null,
      denominator: null,
      applicable: true,
    },
  ],
  participants: { byAgeBand: [], byRelation: [], definition: { ja: '', en: '' } },
};

describe('IndicatorPage (成果指標)', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'city/indicators/:id', component: IndicatorPage },
            { path: 'city', children: [] },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    // The section's evaluation staff: the only ones who edit indicators.
    TestBed.inject(SessionService).signedIn({
      roles: ['citizen', 'plan_evaluator'],
      preferredLanguage: 'ja',
    } as unknown as Me);
    TestBed.inject(I18nService).setLanguage('ja');
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  const element = () => harness.routeNativeElement as HTMLElement;
  async function settle() {
    for (let turn = 0; turn < 3; turn++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
      harness.fixture.detectChanges();
    }
  }
  function answerSide() {
    backend.match('/api/reference').forEach((request) =>
      request.flush({
        pillars: [{ number: 1, ja: '個人の自立に向けた学習機会の提供', en: 'Independence' }],
        lifeStages: [],
        audiences: [],
        bookingRules: [],
        categories: [],
        facilityKinds: [],
        organisationKinds: [],
        roomEquipment: [],
        timesOfDay: [],
      }),
    );
    backend.match('/api/evaluation/figures').forEach((request) => request.flush(figures));
  }
  const field = (label: string) =>
    [...element().querySelectorAll('mat-form-field')]
      .find((f) => f.querySelector('mat-label')?.textContent?.trim() === label)!
      .querySelector('input, select') as HTMLInputElement;

  it('sets a new indicator with its target, starting from last year, and shows the API’s field messages', async () => {
    await harness.navigateByUrl('/city/indicators/new');
    await settle();
    answerSide();
    await settle();
    expect(element().querySelector('h1')!.textContent).toContain('成果指標を追加');
    // Years default from the server's fiscal year: last year's baseline, a target four years on.
    expect(field('基準年度').value).toBe('2025');
    expect(field('目標年度').value).toBe('2029');
    // The chosen figure's definition sits under its choice.
    expect(element().textContent).toContain('1回以上出席した人の数。');

    type(field('指標名（日本語）'), '講座の実参加者数');
    type(field('指標名（英語）'), 'Unique participants');
    type(field('基準値'), '100');
    type(field('目標値'), '90');
    element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    const post = backend.expectOne('/api/evaluation/indicators');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toMatchObject({
      nameJa: '講座の実参加者数',
      pillar: 1,
      direction: 'higher',
      baselineFiscalYear: 2025,
      baselineValue: 100,
      targetFiscalYear: 2029,
      targetValue: 90,
      source: 'figure',
      figureKey: 'participants',
      figureFilters: {},
    });
    post.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        fields: [
          {
            field: 'targetValue',
            ja: '「高いほどよい」指標の目標値は基準値より大きくしてください。',
            en: 'x',
          },
        ],
      },
      failure(400),
    );
    await settle();
    expect(element().textContent).toContain('保存できませんでした。入力を確かめてください。');
    expect(element().textContent).toContain(
      '「高いほどよい」指標の目標値は基準値より大きくしてください。',
    );
    backend.verify();
  });
});
