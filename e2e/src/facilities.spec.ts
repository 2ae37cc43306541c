import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';

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
});
