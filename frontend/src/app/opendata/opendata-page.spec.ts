import type { HttpTestingController } from '@angular/common/http/testing';
import type { OpenEventList } from '../api/api-types';
import { failure, render, settle, setUpPage } from '../core/testing/component-testing';
import { REFERENCE } from '../courses/course-fixtures.testing';
import { OpendataPage } from './opendata-page';

const LIST = {
  municipalityCode: '082201',
  licence: {
    name: 'クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0)',
    nameEn: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
    attribution: '出典：つくば市 生涯学習講座（tsumugu）',
  },
  lastModified: '2027-05-10T01:30:00.000Z',
  from: '2027-04-01',
  columns: [
    { header: 'イベント名', field: 'name', required: true },
    { header: 'イベント名_カナ', field: 'nameKana', required: true },
    { header: '連絡先内線番号', field: 'contactExtension', required: false },
  ],
  items: [{ name: '書道入門', nameKana: 'ショドウニュウモン', contactExtension: '' }],
} as unknown as OpenEventList;

const CENTRES = [
  {
    id: 'f-azuma',
    nameJa: '吾妻交流センター',
    nameEn: 'Azuma Community Centre',
    kind: 'community_centre',
  },
];

describe('open-data page', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    backend = setUpPage('ja');
  });
  afterEach(() => backend.verify());

  async function open() {
    const page = await render(OpendataPage);
    backend.expectOne('/api/reference').flush(REFERENCE);
    return page;
  }

  it('says what the dataset holds, where to fetch it, and shows each column with an example', async () => {
    const { fixture, element } = await open();
    backend.expectOne('/api/opendata/events').flush(LIST);
    backend.expectOne((request) => request.url === '/api/facilities').flush(CENTRES);
    await settle(fixture);

    const text = element.textContent ?? '';
    expect(text).toContain('1件');
    expect(text).toContain('2027年4月1日');
    expect(text).toContain('082201');
    const links = [...element.querySelectorAll<HTMLAnchorElement>('a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual(
      expect.arrayContaining([
        '/api/opendata/events.csv',
        '/api/opendata/events',
        '/api/docs',
        '/api/opendata/calendars/life-stages/seniors.ics',
        '/api/opendata/calendars/facilities/f-azuma.ics',
        'https://creativecommons.org/licenses/by/4.0/deed.ja',
      ]),
    );
    const rows = [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td, th')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['1', 'イベント名', '必須', 'name', '書道入門'],
      ['2', 'イベント名_カナ', '必須', 'nameKana', 'ショドウニュウモン'],
      ['3', '連絡先内線番号', '', 'contactExtension', '（空欄）'],
    ]);
  });

  it('copies a feed’s full URL and says so', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { fixture, element } = await open();
    backend.expectOne('/api/opendata/events').flush(LIST);
    backend.expectOne((request) => request.url === '/api/facilities').flush(CENTRES);
    await settle(fixture);

    const button = element.querySelector<HTMLButtonElement>(
      'button[aria-label="シニアのカレンダーのURLをコピー"]',
    )!;
    button.click();
    await settle(fixture);
    expect(writeText).toHaveBeenCalledWith(
      `${location.origin}/api/opendata/calendars/life-stages/seniors.ics`,
    );
    expect(button.textContent).toContain('コピーしました');
  });

  it('keeps the links and feeds when the dataset cannot be read, and says so', async () => {
    const { fixture, element } = await open();
    backend.expectOne('/api/opendata/events').flush(null, failure(503));
    backend.expectOne((request) => request.url === '/api/facilities').flush(CENTRES);
    await settle(fixture);
    expect(element.textContent).toContain('データを読み込めませんでした。');
    expect(element.querySelector('a[href="/api/opendata/events.csv"]')).not.toBeNull();
    expect(element.querySelector('tbody')).toBeNull();
  });
});
