import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { findCourses } from './support/catalogue-api';

test.describe('a senior looks for a smartphone course', () => {
  test('finds one at her community centre with the filters, switches to English and opens it', async ({
    page,
    request,
  }) => {
    // The demo data decides which centre holds an upcoming smartphone course for seniors.
    const { items } = await findCourses(request, { q: 'スマホ', lifeStage: 'seniors' });
    expect(items.length).toBeGreaterThan(0);
    const course = items[0];

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page, 'home');

    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '講座をさがす' })
      .click();
    await expect(page).toHaveURL(/\/courses/);
    await expect(page.getByRole('heading', { name: '講座をさがす', level: 1 })).toBeVisible();

    await page.getByLabel('キーワード').fill('スマホ');
    await expect(page).toHaveURL(/q=%E3%82%B9%E3%83%9E%E3%83%9B/);

    await page.getByRole('combobox', { name: 'ライフステージ' }).click();
    await page.getByRole('option', { name: 'シニア' }).click();
    await expect(page).toHaveURL(/lifeStage=seniors/);

    await page.getByRole('combobox', { name: '施設' }).click();
    await page.getByRole('option', { name: course.facility.nameJa, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`facilityId=${course.facility.id}`));

    const result = page.getByRole('link', { name: course.titleJa });
    await expect(result).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page, 'catalogue with filters');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Find a course', level: 1 })).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page, 'catalogue in English');

    await page.getByRole('link', { name: course.titleEn }).click();
    await expect(page).toHaveURL(new RegExp(`/courses/${course.id}`));
    await expect(page.getByRole('heading', { name: course.titleEn, level: 1 })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page, 'course detail in English');

    // The language choice survives a reload; the filters survive going back.
    await page.reload();
    await expect(page.getByRole('heading', { name: course.titleEn, level: 1 })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/lifeStage=seniors/);
    await expect(page.getByRole('link', { name: course.titleEn })).toBeVisible();
  });

  test('a shared catalogue link opens with its filters applied', async ({ page }) => {
    await page.goto('/courses?lifeStage=parenting&childcare=true');
    await expect(page.getByRole('combobox', { name: 'ライフステージ' })).toContainText(
      '子育て世代',
    );
    await expect(page.getByRole('checkbox', { name: '保育ありの講座のみ' })).toBeChecked();
    await expect(page.getByText(/件の講座が見つかりました/)).toBeVisible();
  });

  test('filters that match nothing say so and offer to clear them', async ({ page }) => {
    await page.goto('/courses?q=zzzqqq');
    await expect(page.getByText('条件に合う講座は見つかりませんでした。')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page, 'empty catalogue');
    await page.getByRole('button', { name: '条件をすべてクリア' }).first().click();
    await expect(page).not.toHaveURL(/q=/);
    await expect(page.getByText(/件の講座が見つかりました/)).toBeVisible();
  });
});

test.describe('on a phone, several words', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the keyword box is in sight, the words stay visible, and a miss offers each word alone', async ({
    page,
    request,
  }) => {
    // Every word must match: the demo's yoga course does not say 初心者 (it says はじめて).
    expect((await findCourses(request, { q: 'ヨガ 初心者' })).total).toBe(0);
    const yoga = await findCourses(request, { q: 'ヨガ' });
    expect(yoga.total).toBeGreaterThan(0);

    await page.goto('/courses');
    // Not folded away with the other filters.
    const keyword = page.getByLabel('キーワード');
    await expect(keyword).toBeVisible();
    await keyword.fill('ヨガ 初心者');
    await keyword.press('Enter');
    await expect(page.getByText('「ヨガ 初心者」の検索結果')).toBeVisible();
    await expect(
      page.getByText('「ヨガ 初心者」のすべての言葉を含む講座はありませんでした。', {
        exact: false,
      }),
    ).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page, 'catalogue: no course has every word');

    await page.getByRole('button', { name: /「ヨガ」だけで探す/ }).click();
    await expect(page).toHaveURL(/q=%E3%83%A8%E3%82%AC(&|$)/);
    await expect(page.getByText('「ヨガ」の検索結果')).toBeVisible();
    await expect(page.getByRole('link', { name: yoga.items[0].titleJa }).first()).toBeVisible();
    await expect(keyword).toHaveValue('ヨガ');
  });

  test('a child of 8 does not find adults’ courses without an age range', async ({ request }) => {
    const forChild = await findCourses(request, { age: '8', pageSize: '100' });
    const titles = forChild.items.map((item) => item.titleJa);
    expect(titles.some((title) => title.includes('簿記'))).toBe(false);
    expect(titles.some((title) => title.includes('囲碁'))).toBe(false);
    expect(forChild.total).toBeGreaterThan(0);
  });
});
