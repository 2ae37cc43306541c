import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { signIn } from './support/accounts';
import { screenshotsAtTextSizes } from './support/organiser-api';

/**
 * The lifelong-learning section's side of the plan: evaluator@example.jp (demo, plan_evaluator)
 * lands on 計画の評価 (/city), reads the demo's indicators against their targets, the year's
 * figures with their definitions, the trend chart with its table, participation and room use;
 * sets a new indicator with a target on a computed figure, graded with the others, and enters a
 * survey value by hand with its source.
 */

const SCREENSHOTS = 'test-results/city-screens';

/** Each page at 1280 and 390 px, at the standard text size and at 特大. */
const screenshots = (page: Page, name: string) => screenshotsAtTextSizes(page, SCREENSHOTS, name);

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(SCREENSHOTS, { recursive: true });
});

test('the section reads the dashboard, sets a target and enters a survey value', async ({
  page,
}) => {
  await signIn(page, 'evaluator@example.jp');
  // Every role lands on its own start page: the section on 計画の評価.
  await expect(page).toHaveURL(/\/city$/);
  await expect(page.getByRole('heading', { name: '計画の評価', level: 1 })).toBeVisible();

  // The demo's figures and indicators are computed in the background after the demo is seeded.
  const indicators = page.getByRole('table', { name: /の成果指標の実績と評価$/ });
  await expect(async () => {
    await page.reload();
    await expect(indicators.getByRole('row')).toHaveCount(8, { timeout: 2_000 });
  }).toPass({ timeout: 120_000, intervals: [2_000] });
  await expect(indicators).toContainText('デモ');
  await expect(
    indicators.getByText(/^(順調|概ね順調|努力を要する|実績なし)$/).first(),
  ).toBeVisible();
  await expect(page.getByText(/時点の集計$/)).toBeVisible();

  // Each figure beside its definition; the trend as an image that points to its table.
  const participants = page.locator('.figures__tile', { hasText: '実参加者数' });
  await expect(participants.locator('.figures__value')).toHaveText(/^[\d,]+$/);
  await participants.getByText('定義').click();
  await expect(participants).toContainText('1回以上出席');
  await expect(
    page.getByRole('img', { name: /推移の棒グラフ。数値は下の表にあります。$/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: '主な数値の年度ごとの推移' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: '地域交流センターごとの部屋の利用率' }),
  ).toContainText('交流センター');
  await expectNoSeriousAccessibilityViolations(page, 'the city dashboard');
  await screenshots(page, 'city');

  // A new indicator with its target, on a computed figure.
  await page.getByRole('link', { name: '指標を追加' }).click();
  await expect(page.getByRole('heading', { name: '成果指標を追加', level: 1 })).toBeVisible();
  await page.getByLabel('指標名（日本語）').fill('講座への申込者数');
  await page.getByLabel('指標名（英語）').fill('Applicants to courses');
  await page.getByLabel('単位（日本語）').fill('人');
  await page.getByLabel('単位（英語）').fill('people');
  await page.getByLabel('基準値').fill('1000');
  await page.getByLabel('目標値').fill('1500');
  await page.getByLabel('集計値').selectOption({ label: '申込者数' });
  await expect(page.getByText(/後で取り消した申込や落選も含みます/)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'a new indicator');
  await screenshots(page, 'indicator-new');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page).toHaveURL(/\/city\/indicators\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { name: '講座への申込者数', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: /年度ごとの目安・実績・評価$/ })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'an indicator');

  // Back on the dashboard, the new indicator is graded with the others.
  await page.getByRole('link', { name: '計画の評価へ戻る' }).click();
  const added = indicators.getByRole('row', { name: /講座への申込者数/ });
  await expect(added).toContainText('1,500人');

  // A survey value entered by hand, with its source.
  await indicators.getByRole('link', { name: '生涯学習をしている市民の割合' }).click();
  await expect(page.getByRole('heading', { name: '実績値の入力' })).toBeVisible();
  await page.getByRole('spinbutton', { name: '実績値' }).fill('44.2');
  await page.getByLabel('出典（日本語）').fill('市民意識調査（e2e）');
  await page.getByLabel('出典（英語）').fill('Citizen survey (e2e)');
  await page.getByRole('button', { name: '実績値を保存' }).click();
  await expect(page.getByText(/の実績値を保存しました。$/)).toBeVisible();
  await expect(page.getByRole('table', { name: /年度ごとの目安・実績・評価$/ })).toContainText(
    '市民意識調査（e2e）',
  );
  await expectNoSeriousAccessibilityViolations(page, 'a manual indicator');
  await screenshots(page, 'indicator-manual');
});

test('the section drills from a pillar to its figures and courses, and prints the dashboard on A4', async ({
  page,
}) => {
  await signIn(page, 'evaluator@example.jp');
  await expect(page).toHaveURL(/\/city$/);
  // The demo's figures are computed in the background after the demo and its earlier years are
  // seeded, then its indicators: once they show, the figures are the whole demo's.
  const drillTable = page.getByRole('table', { name: '施策の柱ごとの数値' });
  const indicators = page.getByRole('table', { name: /の成果指標の実績と評価$/ });
  await expect(async () => {
    await page.reload();
    await expect(indicators).toBeVisible({ timeout: 2_000 });
    expect(await indicators.getByRole('row').count()).toBeGreaterThanOrEqual(8);
  }).toPass({ timeout: 150_000, intervals: [2_000] });

  // The five-year trend: every year of the demo has figures (no 「データなし」).
  const trend = page.getByRole('table', { name: '主な数値の年度ごとの推移' });
  await expect(trend.getByRole('columnheader')).toHaveCount(6);
  await expect(trend).not.toContainText('データなし');

  // A pillar → its own figures, its people by age (a chart with its numbers), its courses.
  await page.getByLabel('内訳の種類').selectOption({ label: '施策の柱' });
  await expect(drillTable.getByRole('row').nth(1)).toBeVisible();
  const first = drillTable.getByRole('button', { name: /の数値と講座を見る$/ }).first();
  const pillar = (await first.textContent())!.trim();
  await first.click();
  const heading = page.getByRole('heading', { name: `${pillar}の主な数値`, level: 3 });
  await expect(heading).toBeFocused();
  const panel = page.locator('.city__courses');
  await expect(
    panel.locator('.figures__tile', { hasText: '実参加者数' }).locator('.figures__value'),
  ).toHaveText(/^[\d,]+$/);
  const byAge = page.getByRole('table', { name: `${pillar}の年齢層ごとの実参加者数` });
  await expect(byAge.getByRole('row', { name: /70歳以上/ })).toContainText(/\d/);
  const courses = page.getByRole('table', { name: `${pillar}の講座ごとの数値` });
  await expect(courses.getByRole('row').nth(1)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'a pillar’s figures and courses');
  await screenshots(page, 'city-drill-pillar');

  // The print view (A4 landscape): no site navigation, no controls, the definitions printed.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('tsu-site-header')).toBeHidden();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '印刷', exact: true })).toBeHidden();
  await expect(page.locator('.city__definitions')).toBeVisible();
  await expect(page.getByRole('heading', { name: '計画の評価', level: 1 })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'the dashboard as printed');
  await page.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 dpi
  await page.screenshot({ path: `${SCREENSHOTS}/city-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});
