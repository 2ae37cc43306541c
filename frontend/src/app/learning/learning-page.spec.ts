import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { LearningRecord, PersonLearningRecord } from '../api/api-types';
import { failure } from '../core/testing/component-testing';
import { I18nService } from '../core/i18n/i18n.service';
import { LearningPage } from './learning-page';

const zero = { coursesCompleted: 0, coursesAttended: 0, sessionsAttended: 0, minutes: 0 };
const pillars = [1, 2, 3, 4, 5].map((pillar) => ({ pillar, ...zero }));
const stages = ['parenting', 'youth', 'career', 'seniors', 'all_ages'].map((lifeStage) => ({
  lifeStage,
  ...zero,
}));

const hanako = {
  person: { key: 'self', kind: 'self', name: '筑波 花子', relationship: null },
  totals: { coursesCompleted: 1, coursesAttended: 2, sessionsAttended: 5, minutes: 450 },
  byPillar: pillars.map((row) =>
    row.pillar === 1
      ? { ...row, coursesAttended: 2, coursesCompleted: 1, sessionsAttended: 5, minutes: 450 }
      : row,
  ),
  byLifeStage: stages.map((row) =>
    row.lifeStage === 'seniors'
      ? { ...row, coursesAttended: 1, sessionsAttended: 3, minutes: 360 }
      : row,
  ),
  courses: [
    {
      courseId: 'c1',
      titleJa: 'シニアのためのスマホ教室',
      titleEn: 'Smartphones for seniors',
      organisationNameJa: '生涯学習推進課',
      organisationNameEn: 'Lifelong Learning Division',
      pillar: 1,
      lifeStages: ['seniors'],
      firstDate: '2026-11-11',
      lastDate: '2026-11-25',
      sessionsAttended: 3,
      sessionsHeld: 3,
      minutes: 360,
      outcome: 'completed',
      certificate: { number: 'TSU-2026-7KQM-3XPA', status: 'valid' },
    },
    {
      courseId: 'c2',
      titleJa: '防災講座',
      titleEn: 'Disaster preparedness',
      organisationNameJa: '危機管理課',
      organisationNameEn: 'Crisis Management Division',
      pillar: 1,
      lifeStages: ['all_ages'],
      firstDate: '2026-06-06',
      lastDate: '2026-06-06',
      sessionsAttended: 1,
      sessionsHeld: 2,
      minutes: 90,
      outcome: 'attended',
      certificate: { number: 'TSU-2026-AAAA-2222', status: 'revoked' },
    },
  ],
} as unknown as PersonLearningRecord;

const haru = {
  person: { key: 'm1', kind: 'family_member', name: '筑波 はる', relationship: 'child' },
  totals: zero,
  byPillar: pillars,
  byLifeStage: stages,
  courses: [],
} as unknown as PersonLearningRecord;

const record = {
  fiscalYear: 2026,
  fiscalYears: [2026, 2025],
  totals: hanako.totals,
  people: [hanako, haru],
} as unknown as LearningRecord;

const held = {
  number: 'TSU-2026-7KQM-3XPA',
  status: 'valid',
  familyNameKnown: true,
  share: { name: 'full', showHours: true },
};

describe('LearningPage (学びの記録)', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'learning', component: LearningPage }], withComponentInputBinding()),
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
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }
  async function open(url: string, certificates: unknown[] = []) {
    await harness.navigateByUrl(url);
    answerReference();
    backend.expectOne('/api/me/certificates').flush(certificates);
  }
  function answerReference() {
    backend.match('/api/reference').forEach((request) =>
      request.flush({
        pillars: [{ number: 1, ja: '個人の自立に向けた学習機会の提供', en: 'Independence' }],
        lifeStages: [{ code: 'seniors', ja: 'シニア', en: 'Seniors' }],
        audiences: [],
        bookingRules: [],
        categories: [],
        facilityKinds: [],
        organisationKinds: [],
        roomEquipment: [],
        timesOfDay: [],
      }),
    );
  }

  it('shows progress, then the year’s figures, charts with numbers and courses', async () => {
    await open('/learning', [held]);
    const request = backend.expectOne((r) => r.url === '/api/me/learning');
    expect(request.request.params.keys()).toEqual([]);
    harness.fixture.detectChanges();
    expect(element().querySelector('[role="status"]')?.textContent).toContain(
      '学びの記録を読み込んでいます',
    );
    request.flush(record);
    await settle();

    const tiles = [...element().querySelectorAll('.figures__tile')].map(
      (tile) =>
        `${tile.querySelector('dt')!.textContent!.trim()} ${tile.querySelector('dd')!.textContent!.trim()}`,
    );
    expect(tiles).toEqual([
      '修了した講座 1講座',
      '参加した講座 2講座',
      '出席した回 5回',
      '学習時間 7.5時間',
    ]);
    expect(element().querySelector('h2')?.textContent).toContain('2026年度の学び');

    // The chart is a table: each row's numbers are text beside its bar.
    const pillarTable = element().querySelectorAll('table')[0]!;
    expect(pillarTable.querySelector('caption')?.textContent).toContain('基本施策の柱ごと');
    const firstRow = [...pillarTable.querySelectorAll('tbody tr')[0]!.children].map((cell) =>
      cell.textContent!.trim(),
    );
    expect(firstRow).toEqual(['個人の自立に向けた学習機会の提供', '2', '5', '7.5']);
    expect(pillarTable.querySelector('.breakdown__track')?.getAttribute('aria-hidden')).toBe(
      'true',
    );

    const courses = element().querySelectorAll('.course');
    expect(courses).toHaveLength(2);
    expect(courses[0]!.textContent).toContain('シニアのためのスマホ教室');
    expect(courses[0]!.querySelector('.badge')?.textContent?.trim()).toBe('修了');
    expect(courses[0]!.textContent).toContain('2026年11月11日(水)〜2026年11月25日(水)');
    // Each date stays whole on a narrow screen: the line may break only after the 〜.
    const dates = [...courses[0]!.querySelectorAll('tsu-date-range .date-range__piece')];
    expect(dates.map((piece) => piece.textContent)).toEqual([
      '2026年11月11日(水)〜',
      '2026年11月25日(水)',
    ]);
    expect(courses[0]!.textContent).toContain('3回（全3回）');
    // The certificate's files and its verification page; a revoked one says so in words.
    const certificate = courses[0]!.querySelector('.certificate')!;
    expect(certificate.textContent).toContain('TSU-2026-7KQM-3XPA');
    const actions = [...certificate.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(actions).toEqual([
      '/api/me/certificates/TSU-2026-7KQM-3XPA/pdf?lang=ja',
      '/api/me/certificates/TSU-2026-7KQM-3XPA/credential',
      '/verify?n=TSU-2026-7KQM-3XPA',
    ]);
    // What the certificate shares: the holder's choice, saved at once.
    const share = certificate.querySelector('tsu-certificate-share')!;
    expect(share.querySelector('summary')?.textContent).toContain('修了証に載せる内容');
    share.querySelector<HTMLInputElement>('mat-radio-button[value="family_name"] input')!.click();
    share.querySelector<HTMLInputElement>('mat-checkbox input')!.click();
    share.querySelector<HTMLButtonElement>('button')!.click();
    const put = backend.expectOne('/api/me/certificates/TSU-2026-7KQM-3XPA/share');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ name: 'family_name', showHours: false });
    put.flush({ ...held, share: { name: 'family_name', showHours: false } });
    await settle();
    expect(share.querySelector('[role="status"]')?.textContent).toContain('保存しました。');
    expect(courses[1]!.querySelector('.badge')?.textContent?.trim()).toBe('参加');
    expect(courses[1]!.querySelector('.certificate a')).toBeNull();
    expect(courses[1]!.querySelector('.certificate')?.textContent).toContain(
      '修了証 TSU-2026-AAAA-2222 は、出席記録の訂正などにより取り消されました。',
    );
    expect(courses[1]!.textContent).toContain('1.5時間');

    // A tab per person, the CSV of the one shown, the instructor bank for the learner herself.
    const tabs = [...element().querySelectorAll('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent!.trim())).toEqual([
      '筑波 花子（ご本人）',
      '筑波 はる（お子さま）',
    ]);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    const csv = element().querySelector<HTMLAnchorElement>('.learning__actions a[download]');
    expect(csv?.getAttribute('href')).toBe(
      '/api/me/learning/record.csv?fiscalYear=2026&person=self',
    );
    expect(element().querySelector('.teach a')?.getAttribute('href')).toBe('/teach');
    const years = [...element().querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(years).toEqual(['2026年度', '2025年度']);
  });

  it('shows a family member’s own record, with an empty year that leads to the catalogue', async () => {
    await open('/learning?year=2025&person=m1');
    const request = backend.expectOne((r) => r.url === '/api/me/learning');
    expect(request.request.params.get('fiscalYear')).toBe('2025');
    request.flush({ ...record, fiscalYear: 2025 });
    await settle();

    const selected = element().querySelector('[role="tab"][aria-selected="true"]');
    expect(selected?.textContent?.trim()).toBe('筑波 はる（お子さま）');
    expect(element().textContent).toContain('2025年度の記録はありません。');
    expect(element().querySelector('.state-message a')?.getAttribute('href')).toBe('/courses');
    expect(element().querySelector('.teach')).toBeNull();
    expect(element().querySelector('.learning__actions a[download]')?.getAttribute('href')).toBe(
      '/api/me/learning/record.csv?fiscalYear=2025&person=m1',
    );
  });

  it('says so when there is no record at all, and leads to the catalogue', async () => {
    await open('/learning');
    backend
      .expectOne((r) => r.url === '/api/me/learning')
      .flush({
        fiscalYear: 2026,
        fiscalYears: [],
        totals: zero,
        people: [{ ...haru, person: hanako.person }],
      });
    await settle();
    const empty = element().querySelector('[role="status"]')!;
    expect(empty.textContent).toContain('学びの記録はまだありません。');
    expect(empty.querySelector('a')?.getAttribute('href')).toBe('/courses');
    expect(element().querySelector('.figures')).toBeNull();
  });

  it('offers a retry when the record cannot be loaded', async () => {
    await open('/learning');
    backend
      .expectOne((r) => r.url === '/api/me/learning')
      .flush({ code: 'DATABASE_UNAVAILABLE' }, failure(503));
    await settle();
    const alert = element().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('学びの記録を読み込めませんでした。');
    alert.querySelector('button')!.click();
    TestBed.tick();
    backend.expectOne((r) => r.url === '/api/me/learning').flush(record);
    await settle();
    expect(element().querySelectorAll('.course')).toHaveLength(2);
  });

  it('speaks English', async () => {
    TestBed.inject(I18nService).setLanguage('en');
    await open('/learning');
    backend.expectOne((r) => r.url === '/api/me/learning').flush(record);
    await settle();
    expect(element().querySelector('h1')?.textContent).toBe('My learning record');
    expect(element().textContent).toContain('Learning in FY2026');
    expect(element().querySelector('.course .badge')?.textContent?.trim()).toBe('Completed');
    expect(element().textContent).toContain('3 of 3 sessions');
  });
});
