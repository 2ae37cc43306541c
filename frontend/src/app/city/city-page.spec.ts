import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EvaluationDashboard, FigureValue } from '../api/api-types';
import { failure } from '../core/testing/component-testing';
import { I18nService } from '../core/i18n/i18n.service';
import { CityPage } from './city-page';

const figure = (
  key: string,
  ja: string,
  value: number | null,
  unit: 'count' | 'percent' | 'ratio' = 'count',
  parts: [number, number] | null = null,
): FigureValue =>
  ({
    key,
    name: { ja, en: key },
    unit,
    definition: { ja: `${ja}の定義です。`, en: `Definition of ${key}.` },
    value,
    numerator: parts?.[0] ?? null,
    denominator: parts?.[1] ?? null,
    applicable: true,
  }) as FigureValue;

const yearFigures = (participants: number) => [
  figure('courses_held', '実施講座数', 3),
  figure('participants', '実参加者数', participants),
  figure('fill_rate', '定員充足率', 23.5, 'percent', [8, 34]),
  figure('lottery_oversubscription', '抽選倍率', 1.75, 'ratio', [7, 4]),
  figure('room_use_rate', '部屋の利用率', null, 'percent', [0, 0]),
];

const dashboard = {
  fiscalYear: 2026,
  currentFiscalYear: 2026,
  asOf: '2026-12-07T06:07:00.000Z',
  figures: yearFigures(1234),
  // 2022 has no course in the system (a fresh install's older years): "no data", not zeros.
  trend: [2022, 2023, 2024, 2025, 2026].map((fiscalYear, index) => ({
    fiscalYear,
    hasData: index > 0,
    figures: yearFigures(index === 0 ? 0 : 1000 + index * 50),
  })),
  byPillar: [
    {
      key: '1',
      label: { ja: '個人の自立に向けた学習機会の提供', en: 'Pillar one' },
      figures: [figure('courses_held', '実施講座数', 2), figure('participants', '実参加者数', 40)],
    },
  ],
  byLifeStage: [
    {
      key: 'seniors',
      label: { ja: 'シニア', en: 'Seniors' },
      figures: [figure('courses_held', '実施講座数', 1), figure('participants', '実参加者数', 30)],
    },
  ],
  participants: {
    byAgeBand: [{ band: '70_plus', label: { ja: '70歳以上', en: '70+' }, count: 12 }],
    byRelation: [{ relation: 'live', label: { ja: '在住', en: 'Live' }, count: 20 }],
    definition: { ja: '実参加者の内訳の定義。', en: 'Participants definition.' },
  },
  roomUse: [
    {
      facilityId: 'f1',
      name: { ja: '吾妻交流センター', en: 'Azuma' },
      rooms: 2,
      openHours: 576,
      courseHours: 4,
      hireHours: 3,
      rate: 1.2,
    },
  ],
  indicators: [
    {
      id: 'i1',
      name: { ja: '講座の実参加者数', en: 'Participants' },
      pillar: 1,
      unit: { ja: '人', en: ' people' },
      direction: 'higher',
      baselineFiscalYear: 2024,
      baselineValue: 1000,
      targetFiscalYear: 2028,
      targetValue: 1400,
      source: 'figure',
      figureKey: 'participants',
      figureFilters: {},
      figureDefinition: null,
      isDemo: true,
      year: {
        fiscalYear: 2026,
        actual: 1234,
        milestone: 1200,
        achievementRate: 88.1,
        progress: 58.5,
        milestoneProgress: 117,
        grade: 'on_track',
        gradeLabel: { ja: '順調', en: 'On track' },
        manual: null,
      },
      history: [],
    },
  ],
} as unknown as EvaluationDashboard;

describe('CityPage (計画の評価)', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'city', component: CityPage }], withComponentInputBinding()),
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
    backend.match('/api/auth/session').forEach((request) => request.flush({}));
    backend.match('/api/me').forEach((request) => request.flush(null, failure(401)));
    backend
      .match('/api/evaluation/settings')
      .forEach((request) => request.flush({ onTrackPercent: 100, nearlyOnTrackPercent: 80 }));
  }
  async function open(url: string) {
    await harness.navigateByUrl(url);
    const request = backend.expectOne((r) => r.url === '/api/evaluation/dashboard');
    return request;
  }
  function answerBreakdown() {
    backend
      .match((r) => r.url === '/api/evaluation/breakdown')
      .forEach((request) =>
        request.flush({
          fiscalYear: 2026,
          by: request.request.params.get('by'),
          groups: [
            {
              key: 'org-1',
              label: { ja: '生涯学習推進課', en: 'Lifelong Learning' },
              figures: [
                figure('courses_held', '実施講座数', 2),
                figure('participants', '実参加者数', 4),
                figure('fill_rate', '定員充足率', 50, 'percent', [7, 14]),
              ],
            },
          ],
        }),
      );
  }

  it('shows progress, then indicators with grades, figures with their definitions, and charts with numbers', async () => {
    const request = await open('/city');
    expect(request.request.params.keys()).toEqual([]);
    harness.fixture.detectChanges();
    expect(element().querySelector('[role="status"]')?.textContent).toContain(
      '評価の数値を読み込んでいます',
    );
    request.flush(dashboard);
    await settle();
    answerSide();
    answerBreakdown();
    await settle();

    // Indicators against targets: values with units and years, the grade in words, デモ marked.
    const row = element().querySelector('.city__indicators tbody tr')!;
    const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim());
    expect(cells[0]).toContain('講座の実参加者数');
    expect(cells[0]).toContain('デモ');
    expect(cells.slice(1)).toEqual([
      '1,000人（2024年度）',
      '1,400人（2028年度）',
      '1,234人',
      '88.1%',
      '58.5%',
      '順調',
    ]);
    expect(element().textContent).toContain('目安に対して100%以上は「順調」');

    // Each figure with its value, its parts and its definition beside it.
    const tiles = [...element().querySelectorAll('.figures__tile')];
    const fill = tiles.find((tile) => tile.textContent!.includes('定員充足率'))!;
    expect(fill.querySelector('.figures__value')!.textContent!.trim()).toBe('23.5%');
    expect(fill.querySelector('.figures__parts')!.textContent!.trim()).toBe('8 ÷ 34');
    expect(fill.querySelector('details')!.textContent).toContain('定員充足率の定義です。');
    const ratio = tiles.find((tile) => tile.textContent!.includes('抽選倍率'))!;
    expect(ratio.querySelector('.figures__value')!.textContent!.trim()).toBe('1.75倍');
    const rooms = tiles.find((tile) => tile.textContent!.includes('部屋の利用率'))!;
    expect(rooms.querySelector('.figures__value')!.textContent!.trim()).toBe('—');

    // The trend: an SVG image that says where its numbers are, and the table of them.
    const svg = element().querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toContain('実参加者数の推移');
    // 2022 has no data: no bar, 「データなし」 written where its bar would be, and said under it.
    expect(svg.querySelectorAll('rect')).toHaveLength(4);
    expect(svg.textContent).toContain('データなし');
    expect(element().textContent).toContain('2022年度は、この仕組みに講座の記録がありません');
    const trendRow = [...element().querySelectorAll('.city__trend-table tbody tr')].find((tr) =>
      tr.textContent!.includes('実参加者数'),
    )!;
    expect([...trendRow.querySelectorAll('td')].map((td) => td.textContent!.trim())).toEqual([
      'データなし',
      '1,050',
      '1,100',
      '1,150',
      '1,200',
    ]);

    // Participation and room use as bar tables with their numbers.
    expect(element().textContent).toContain('シニア');
    expect(element().textContent).toContain('70歳以上');
    expect(element().textContent).toContain('吾妻交流センター');
    expect(element().textContent).toContain('1.2%');
  });

  it('drills down from a department to its figures, its participants by age and its courses', async () => {
    (await open('/city?year=2026')).flush(dashboard);
    await settle();
    answerSide();
    answerBreakdown();
    await settle();
    const button = element().querySelector<HTMLButtonElement>('#drill-org-1')!;
    expect(button.getAttribute('aria-label')).toBe('生涯学習推進課の数値と講座を見る');
    button.click();
    await settle();
    // The department's own figures, then its people by age: a chart with its numbers.
    const own = backend.expectOne((r) => r.url === '/api/evaluation/figures');
    expect(own.request.params.get('organisationId')).toBe('org-1');
    expect(own.request.params.get('fiscalYear')).toBe('2026');
    own.flush({
      fiscalYear: 2026,
      filters: { organisationId: 'org-1' },
      asOf: dashboard.asOf,
      // Room use does not break down by department: not applicable, so not shown.
      figures: yearFigures(40).map((f) =>
        f.key === 'room_use_rate' ? { ...f, value: null, applicable: false } : f,
      ),
      participants: {
        byAgeBand: [{ band: '60s', label: { ja: '60代', en: '60s' }, count: 17 }],
        byRelation: [],
        definition: dashboard.participants.definition,
      },
    });
    const courses = backend.expectOne((r) => r.url === '/api/evaluation/courses');
    expect(courses.request.params.get('organisationId')).toBe('org-1');
    expect(courses.request.params.get('fiscalYear')).toBe('2026');
    courses.flush({
      fiscalYear: 2026,
      total: 1,
      courses: [
        {
          courseId: 'c1',
          titleJa: 'スマホ教室',
          titleEn: 'Smartphones',
          organisation: { ja: '生涯学習推進課', en: 'Lifelong Learning' },
          firstDate: '2026-11-11',
          pillar: 1,
          sessionsHeld: 2,
          seatsOffered: 10,
          applicants: 5,
          enrolled: 3,
          participants: 3,
          fillRate: 30,
          attendanceRate: 66.7,
          satisfactionRate: null,
        },
      ],
    });
    await settle();
    expect(element().querySelector('#city-courses-heading')!.textContent).toContain(
      '生涯学習推進課の主な数値',
    );
    const panel = element().querySelector('.city__courses')!;
    const tiles = [...panel.querySelectorAll('.figures__tile')].map((tile) =>
      tile.querySelector('.figures__value')!.textContent!.trim(),
    );
    // The figures that break down by department, each with its value (not the room use).
    expect(tiles).toEqual(['3', '40', '23.5%', '1.75倍']);
    const age = panel.querySelector('table.bars')!;
    expect(age.querySelector('caption')!.textContent).toContain(
      '生涯学習推進課の年齢層ごとの実参加者数',
    );
    expect(age.textContent).toContain('60代');
    expect(age.textContent).toContain('17');
    expect(panel.textContent).toContain('生涯学習推進課の講座');
    const cells = [...element().querySelectorAll('.city__courses table.data-table tbody td')].map(
      (td) => td.textContent!.trim(),
    );
    expect(cells).toEqual(['2026年11月11日(水)', '10', '5', '3', '3', '30%', '66.7%', '—']);
  });

  it('says when the figures cannot be loaded', async () => {
    (await open('/city')).flush(null, failure(503));
    await settle();
    answerSide();
    expect(element().textContent).toContain('評価の数値を読み込めませんでした。');
  });
});
