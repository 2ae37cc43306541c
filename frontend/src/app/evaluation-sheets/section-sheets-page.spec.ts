import type { HttpTestingController } from '@angular/common/http/testing';
import { NOW } from '../core/format/browser-clock';
import { render, settle, setUpPage } from '../core/testing/component-testing';
import { SectionSheetsPage } from './section-sheets-page';
import { SECTION_LIST } from './sheet-fixtures.testing';

describe('SectionSheetsPage', () => {
  let http: HttpTestingController;

  beforeEach(
    () =>
      (http = setUpPage('ja', [
        { provide: NOW, useValue: () => new Date('2026-05-11T01:00:00Z') },
      ])),
  );
  afterEach(() => http.verify());

  const tableRows = (element: HTMLElement, index: number) =>
    [...element.querySelectorAll('tsu-data-table')[index].querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim()),
    );

  it('lists every organisation with its state, the counts and the roll-up by pillar', async () => {
    const { fixture, element } = await render(SectionSheetsPage, { year: '2025' });
    http.expectOne('/api/admin/evaluation-sheets?fiscalYear=2025').flush(SECTION_LIST);
    await settle(fixture);
    expect(
      [...element.querySelectorAll('.sheet-count')].map((c) => c.textContent?.replace(/\s+/g, '')),
    ).toEqual(['1未着手', '0作成中', '1提出済み', '0差戻し', '1確認済み']);
    expect(tableRows(element, 0)).toEqual([
      ['つくば市 こども課', '提出済み', '12', '1・4', '2026年5月10日(日) 15:30'],
      ['つくば市 文化財課', '未着手', '0', '—', '—'],
      ['筑波大学', '確認済み', '5', '5', '2026年5月8日(金) 15:30'],
    ]);
    expect(tableRows(element, 1)[1]).toEqual([
      '5. 生涯学習推進体制の強化',
      '5',
      '2',
      '1',
      '1',
      '50.0%',
    ]);
    expect(element.querySelector('a[download]')?.getAttribute('href')).toBe(
      '/api/admin/evaluation-sheets/workbook.xlsx?fiscalYear=2025',
    );
  });

  it('filters by state and kind from the address, with an empty state', async () => {
    const { fixture, element } = await render(SectionSheetsPage, {
      year: '2025',
      state: 'submitted',
      kind: 'partners',
    });
    http.expectOne('/api/admin/evaluation-sheets?fiscalYear=2025').flush(SECTION_LIST);
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'この条件に当てはまる団体はありません。',
    );
    fixture.componentRef.setInput('kind', 'departments');
    await settle(fixture);
    expect(tableRows(element, 0).map((row) => row[0])).toEqual(['つくば市 こども課']);
  });
});
