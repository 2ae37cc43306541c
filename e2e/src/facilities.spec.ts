import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { signIn } from './support/accounts';

/** `date` plus `days`, both `YYYY-MM-DD`. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('a resident looks up the 吾妻 community centre (吾妻交流センター): rooms, access and upcoming courses', async ({
  page,
}) => {
  await page.goto('/facilities');
  await expect(page.getByRole('heading', { name: '施設', level: 1 })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'facilities');

  await page
    .getByRole('link', { name: /吾妻交流センター/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: /吾妻交流センター/, level: 1 })).toBeVisible();
  const rooms = page.getByRole('table');
  await expect(rooms).toBeVisible();
  await expect(rooms.getByRole('row')).not.toHaveCount(1);
  await expectNoSeriousAccessibilityViolations(page, 'facility detail');
});

test('staff enter 毎週月曜休館 once, and the public page of the centre shows it', async ({
  page,
}) => {
  await signIn(page, 'staff@example.jp');
  await page.goto('/staff');
  await page.getByRole('link', { name: '部屋・開館時間・休館日の設定' }).first().click();
  await expect(page.getByRole('heading', { name: '毎週の休館日', level: 2 })).toBeVisible();

  // Three years ahead, for four weeks: beyond the demo's programmes, so no booking is in the way.
  const monday = (() => {
    let date = addDays(new Date().toISOString().slice(0, 10), 3 * 365);
    while (new Date(`${date}T00:00:00Z`).getUTCDay() !== 1) date = addDays(date, 1);
    return date;
  })();
  const form = page.locator('tsu-weekly-closures-panel form');
  await expect(form.getByRole('combobox', { name: '曜日' })).toContainText('毎週月曜日');
  await form.getByLabel('開始日').fill(monday);
  await form.getByLabel('終了日（任意）').fill(addDays(monday, 27));
  await form.getByRole('button', { name: '毎週の休館日を登録' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '毎週の休館日を登録しました。' }),
  ).toBeVisible();
  const rules = page.getByRole('list', { name: '毎週の休館日の一覧' });
  await expect(rules).toContainText('毎週月曜日');
  await expect(rules).toContainText('毎週月曜日休館');
  // The emptied form says nothing is missing.
  await expect(form.locator('mat-error')).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(
    page,
    'the staff settings with a weekly closing day',
  );

  const facilityId = /\/staff\/facilities\/([^/]+)\/settings/.exec(page.url())?.[1];
  await page.goto(`/facilities/${facilityId}`);
  const closures = page.getByRole('region', { name: '休館日' });
  await expect(closures.getByRole('heading', { name: '毎週の休館日' })).toBeVisible();
  await expect(closures).toContainText('毎週月曜日');
  await expect(closures).toContainText('毎週月曜日休館');
  await expectNoSeriousAccessibilityViolations(page, 'a facility page with its closures');
});

test('staff see the week as rooms × days, kept in the address through reload and back', async ({
  page,
}) => {
  await signIn(page, 'staff@example.jp');
  await page.goto('/staff');
  await page.getByRole('link', { name: '予約カレンダー' }).first().click();
  await expect(page.locator('section.day').first()).toBeVisible();

  await page
    .getByRole('radio', { name: '週' })
    .or(page.getByRole('button', { name: '週', exact: true }))
    .click();
  await expect(page).toHaveURL(/view=week/);
  const week = page.getByRole('region', { name: /の部屋ごとの予約$/ });
  await expect(week.getByRole('columnheader')).toHaveCount(8);
  await expect(page.locator('section.day')).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page, 'the staff week');

  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
  const address = page.url();
  await page.reload();
  await expect(page).toHaveURL(address);
  await expect(page.getByRole('region', { name: /の部屋ごとの予約$/ })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/view=week/);
  await expect(page).not.toHaveURL(/date=/);
  await page.goBack();
  await expect(page).not.toHaveURL(/view=week/);
  await expect(page.locator('section.day').first()).toBeVisible();
});

test('an unknown course shows a helpful not-found page', async ({ page }) => {
  await page.goto('/courses/00000000-0000-4000-8000-000000000000');
  await expect(
    page.getByRole('heading', { name: 'お探しの講座は見つかりませんでした' }),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'course not found');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the home page leads by life stage to the catalogue', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('link', { name: /シニア/ })
      .first()
      .click();
    await expect(page).toHaveURL(/lifeStage=seniors/);
    await expect(page.getByText(/件の講座が見つかりました/)).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page, 'catalogue on a phone');
  });

  test('at the largest text size a course page scrolls only down: the schedule is a list, ログイン clear of the motto', async ({
    page,
  }) => {
    await page.goto('/courses');
    await page
      .getByRole('radio', { name: '特大' })
      .or(page.getByRole('button', { name: '特大', exact: true }))
      .click();
    await page.locator('tsu-course-card a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const schedule = page.getByRole('list', { name: /日程/ });
    await expect(schedule).toBeVisible();
    await expect(schedule.getByRole('listitem').first()).toContainText(/\d{2}:\d{2}〜\d{2}:\d{2}/);
    await expect(page.locator('.schedule__table')).toBeHidden();
    const sideways = await page.locator('html').evaluate((root) => {
      const html = root as unknown as { scrollWidth: number; clientWidth: number };
      return html.scrollWidth - html.clientWidth;
    });
    expect(sideways).toBeLessThanOrEqual(0);

    const logIn = await page.getByRole('link', { name: 'ログイン', exact: true }).boundingBox();
    const motto = await page.locator('.mark__motto').boundingBox();
    const mark = await page.locator('.mark').boundingBox();
    expect(logIn && motto && mark).toBeTruthy();
    const apart = (a: typeof logIn, b: typeof logIn) =>
      !!a &&
      !!b &&
      (a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y);
    expect(apart(logIn, motto)).toBe(true);
    expect(apart(logIn, mark)).toBe(true);
    await expectNoSeriousAccessibilityViolations(page, 'a course page on a phone at 特大');
  });
});
