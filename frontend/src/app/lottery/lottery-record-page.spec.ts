import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';
import type { LotteryRecord } from './lottery-api';
import { LotteryRecordPage } from './lottery-record-page';

const drawn = {
  courseId: 'c-1',
  courseTitleJa: 'はじめての俳句',
  courseTitleEn: 'Haiku',
  state: 'drawn',
  applicationClosesAt: '2026-12-01T08:00:00Z',
  committedAt: '2026-11-01T00:00:00Z',
  commitment: 'ab12',
  priorities: [],
  drawnAt: '2026-12-01T08:00:05Z',
  seed: 'cd34',
  seats: 1,
  algorithm: 'sha256-rank-v1',
  entryCount: 2,
  winnerCount: 1,
  waitlistedCount: 1,
  yourEntryId: null,
  results: [
    { rank: 1, entryId: 'E1', outcome: 'won', partySize: 1, priorityGroup: 0, queuePosition: null },
    {
      rank: 2,
      entryId: 'E2',
      outcome: 'waitlisted',
      partySize: 2,
      priorityGroup: 0,
      queuePosition: 2,
    },
  ],
  howToVerify: {
    ja: '検証できます。',
    en: 'You can check it.',
    recordUrl: 'https://manabi.example.jp/api/courses/c-1/lottery',
    command:
      'node backend/src/lottery/verify-draw.ts https://manabi.example.jp/api/courses/c-1/lottery',
  },
} as unknown as LotteryRecord;

describe('LotteryRecordPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LotteryRecordPage>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function settle() {
    for (let turn = 0; turn < 3; turn++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
  }

  async function render() {
    fixture = TestBed.createComponent(LotteryRecordPage);
    fixture.componentRef.setInput('id', 'c-1');
    await settle();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the results in a narrow named table once the record arrives', async () => {
    const element = await render();
    expect(element.querySelector('[role=progressbar]')).not.toBeNull();
    http.expectOne('/api/courses/c-1/lottery').flush(drawn);
    await settle();
    expect(element.querySelector('h1')?.textContent).toContain('はじめての俳句');
    const region = element.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('抽選結果（抽選順）');
    expect(region.querySelector('table')?.classList).toContain('data-table--narrow');
    expect(region.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('explains the draw in plain words first, the technical check folded beneath', async () => {
    const element = await render();
    http.expectOne('/api/courses/c-1/lottery').flush({ ...drawn, yourEntryId: 'E2' });
    await settle();
    const sections = [...element.querySelectorAll('section')];
    const plain = element.querySelector<HTMLElement>('section[aria-labelledby="plain-heading"]')!;
    const technical = element.querySelector<HTMLElement>(
      'section[aria-labelledby="verify-heading"]',
    )!;
    expect(sections.indexOf(plain)).toBeLessThan(sections.indexOf(technical));
    expect(plain.querySelector('h2')?.textContent).toBe('この抽選が公正だといえる理由');
    const points = [...plain.querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(points[0]).toContain('申込の締切より前（2026年11月1日(日) 09:00）に');
    expect(points[1]).toContain('誰も結果を選べません');
    expect(points[2]).toBe('あなたの申込番号は E2 です。下の表で色をつけて示しています。');
    // No cryptography in the plain words.
    expect(plain.textContent).not.toMatch(/SHA-256|‖|優先グループ/);

    const details = technical.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('詳しい方へ：技術的な確かめ方');
    const data = details.querySelector<HTMLAnchorElement>('a')!;
    expect(data.href).toBe('https://manabi.example.jp/api/courses/c-1/lottery');
    expect(details.textContent).not.toContain('localhost');
  });

  it('names a course without a lottery record under its heading, with the way back', async () => {
    const element = await render();
    http
      .expectOne('/api/courses/c-1/lottery')
      .flush(null, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(element.querySelector('h1')?.textContent).toContain('抽選の記録はありません');
    expect(element.textContent).toContain('この講座は抽選ではないか、公開されていません。');
    expect(element.querySelectorAll('a[href="/courses/c-1"]')).toHaveLength(2);
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });

  it('keeps the page heading over a failure and reads the record again on retry', async () => {
    const element = await render();
    http.expectOne('/api/courses/c-1/lottery').flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(element.querySelector('h1')?.textContent).toContain('抽選の記録');
    element.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle();
    http.expectOne('/api/courses/c-1/lottery').flush(drawn);
    await settle();
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(element.querySelector('h1')?.textContent).toContain('はじめての俳句');
  });
});
