import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { findCourses } from './support/catalogue-api';
import { screenshots } from './support/organiser-api';

const SCREENSHOTS = 'test-results/opendata-screens';

/** The root font size, as the app's text-size setting sets it (特大 is 137.5 %). */
function setRootFontSize(page: Page, value: string): Promise<void> {
  return page.evaluate((size) => {
    const root = globalThis as unknown as {
      document: { documentElement: { style: { fontSize: string } } };
    };
    root.document.documentElement.style.fontSize = size;
  }, value);
}

test.beforeAll(async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(SCREENSHOTS, { recursive: true });
});

test('a developer finds the open data from the footer: the page passes axe and every link answers', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'オープンデータ' }).click();
  await expect(page.getByRole('heading', { name: 'オープンデータ', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '講座の一覧（イベント一覧）' })).toBeVisible();
  // The dataset's facts come from the same JSON anyone may fetch.
  await expect(page.getByText(/\d+件/).first()).toBeVisible();
  const columns = page.getByRole('region', { name: 'イベント一覧の項目' });
  await expect(columns.getByRole('row')).toHaveCount(33);
  await expect(columns.getByRole('rowheader', { name: 'イベント名_カナ' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'the open-data page');

  // The CSV: UTF-8 with a BOM, CRLF, the national header first.
  const csvHref = await page.getByRole('link', { name: 'CSVをダウンロード' }).getAttribute('href');
  const csv = await request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['last-modified']).toBeTruthy();
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.split('\r\n')[0]).toMatch(
    /^都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,イベント名_カナ,/,
  );
  expect(text.split('\r\n')[1]).toMatch(/^082201,1,茨城県,つくば市,/);
  const again = await request.get(csvHref!, {
    headers: { 'If-None-Match': csv.headers()['etag'] },
  });
  expect(again.status()).toBe(304);

  const json = await request.get(
    (await page.getByRole('link', { name: 'JSONを開く' }).getAttribute('href'))!,
  );
  expect(json.status()).toBe(200);
  const list = await json.json();
  expect(list.items.length).toBeGreaterThan(0);
  expect(list.items[0].nameKana).toMatch(/^[ァ-ヶー・ ]+$/);

  // Every calendar link on the page answers with a calendar.
  const feeds = page.getByRole('link', { name: /のカレンダー（\.ics）$/ });
  expect(await feeds.count()).toBeGreaterThan(5);
  for (const href of await feeds.evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')),
  )) {
    const feed = await request.get(href!);
    expect([href, feed.status(), feed.headers()['content-type']]).toEqual([
      href,
      200,
      'text/calendar; charset=utf-8',
    ]);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
  }

  // At 1280 and 390 px, standard text and 特大: screenshots to look at, and no sideways scroll.
  for (const fontSize of ['100%', '137.5%']) {
    await setRootFontSize(page, fontSize);
    await screenshots(
      page,
      SCREENSHOTS,
      `opendata-${fontSize === '100%' ? 'standard' : 'extra-large'}`,
    );
    await page.setViewportSize({ width: 390, height: 844 });
    const sideways = await page.locator('html').evaluate((root) => {
      const html = root as unknown as { scrollWidth: number; clientWidth: number };
      return html.scrollWidth - html.clientWidth;
    });
    expect([fontSize, sideways]).toEqual([fontSize, 0]);
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await setRootFontSize(page, '100%');
});

test('a course link pasted into LINE shows the course: the server-sent HTML carries its cards and JSON-LD', async ({
  request,
}) => {
  const { items } = await findCourses(request, { pageSize: '1' });
  const course = items[0];
  const response = await request.get(`/courses/${course.id}`, {
    headers: { Accept: 'text/html', 'Accept-Language': 'ja' },
  });
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain(`<meta property="og:title" content="${course.titleJa}" />`);
  expect(html).toMatch(/<meta property="og:description" content="[^"]+" \/>/);
  const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  const document = JSON.parse(block![1]);
  expect(document['@type']).toBe('Course');
  expect(document.hasCourseInstance[0].location.address.addressLocality).toBe('つくば市');

  const unknown = await request.get('/courses/00000000-0000-4000-8000-000000000000', {
    headers: { Accept: 'text/html' },
  });
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).not.toContain('og:title');
});
