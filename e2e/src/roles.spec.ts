import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { createVerifiedResident, openUserMenu, signIn, uniqueEmail } from './support/accounts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { findCourses } from './support/catalogue-api';

test('the organiser of 生涯学習推進課 opens her course and is refused a 筑波大学 course', async ({
  page,
  request,
}) => {
  // The university's course id, found the way anyone could: through the public catalogue.
  const { items } = await findCourses(request, { q: '筑波大学' });
  const universityCourse = items.find((course) => course.organisation.nameJa.endsWith('筑波大学'));
  expect(universityCourse, 'a course of 筑波大学 in the demo data').toBeDefined();

  await signIn(page, 'organiser@example.jp');
  // Log-in lands on the organiser's start page, not the public home page.
  await expect(page).toHaveURL(/\/organiser$/);
  await openUserMenu(page);
  await page.getByRole('link', { name: '主催者' }).click();
  await expect(page.getByRole('heading', { name: '主催者の講座', level: 1 })).toBeVisible();
  const courses = page.getByRole('region', { name: '講座の一覧表' });
  await expect(
    courses.getByRole('cell', { name: 'つくば市 生涯学習推進課' }).first(),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'organiser courses');

  // One of her seeded courses (other journeys add courses of hers while this one runs, so the
  // first row of the list is not a fixed course).
  const own = await findCourses(request, { q: '生涯学習推進課' });
  const ownCourse = own.items.find((course) =>
    course.organisation.nameJa.endsWith('生涯学習推進課'),
  );
  expect(ownCourse, 'a course of 生涯学習推進課 in the demo data').toBeDefined();
  await page.goto(`/organiser/courses/${ownCourse?.id}`);
  await expect(page.getByRole('heading', { name: ownCourse?.titleJa, level: 1 })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'organiser course detail');

  await page.goto(`/organiser/courses/${universityCourse?.id}`);
  await expect(
    page.getByRole('heading', {
      name: 'この講座を表示する権限がないか、講座が存在しません',
      level: 1,
    }),
  ).toBeVisible();
  await expect(page.getByText(universityCourse?.titleJa ?? '')).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page, 'organiser refused');

  // Not an administrator: the console answers with the polite 403 at its own address.
  await page.goto('/admin');
  await expect(
    page.getByRole('heading', { name: 'このページを表示する権限がありません', level: 1 }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/admin$/);
});

test('the administrator makes a resident facility staff of 吾妻交流センター, who then sees it', async ({
  browser,
  page,
  baseURL,
}) => {
  const resident = {
    email: uniqueEmail('new-staff'),
    familyName: '高橋',
    givenName: '健',
    password: 'azuma-centre-desk-2026',
  };
  await createVerifiedResident(baseURL ?? '', resident);

  await signIn(page, 'admin@example.jp');
  await expect(page).toHaveURL(/\/admin\/people$/);
  await openUserMenu(page);
  await page.getByRole('link', { name: '管理' }).click();
  await expect(page.getByRole('heading', { name: '利用者と役割', level: 1 })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'admin people');

  const grant = page.getByRole('region', { name: '役割を付与する' });
  await grant.getByLabel('メールアドレス', { exact: true }).fill(resident.email);
  await grant.getByRole('combobox', { name: '役割' }).click();
  await page.getByRole('option', { name: '施設スタッフ' }).click();
  await grant.getByRole('combobox', { name: '施設' }).click();
  await page.getByRole('option', { name: '吾妻交流センター', exact: true }).click();
  await grant.getByRole('button', { name: '付与する' }).click();
  await expect(grant.getByRole('status')).toHaveText(
    `${resident.email} に「施設スタッフ」を付与しました。`,
  );
  await expectNoSeriousAccessibilityViolations(page, 'admin grant');

  // The person's page lists the role; the grant is in the audit log.
  await page.getByLabel('氏名・メールアドレスで検索').fill(resident.email);
  await page.getByRole('button', { name: '検索' }).click();
  await page.getByRole('link', { name: '高橋 健' }).click();
  await expect(page.getByRole('heading', { name: '高橋 健', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: '吾妻交流センター', exact: true })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'admin person');
  await page
    .getByRole('navigation', { name: '管理メニュー' })
    .getByRole('link', { name: '操作記録' })
    .click();
  await expect(page.getByRole('cell', { name: '役割を付与' }).first()).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'admin audit log');

  // Readable, filtered, exported: the grant by name, the person from the table, the action
  // from the list, all kept in the address; the CSV holds the same rows and is itself recorded.
  await page.getByRole('link', { name: '高橋 健の記録だけを表示' }).first().click();
  await expect(page).toHaveURL(/[?&]person=[0-9a-f-]{36}/);
  await expect(page.getByText('人: 高橋 健')).toBeVisible();
  await page.getByRole('combobox', { name: '操作' }).click();
  await page.getByRole('option', { name: '役割を付与' }).click();
  await page.getByRole('button', { name: '絞り込む' }).click();
  await expect(page).toHaveURL(/[?&]action=role\.granted/);
  const log = page.getByRole('region', { name: '操作記録の一覧表' });
  await expect(log.getByRole('row')).toHaveCount(2);
  await expect(log.getByRole('cell', { name: '施設職員（吾妻交流センター）' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1件' })).toBeVisible();
  await page.reload();
  await expect(log.getByRole('cell', { name: '施設職員（吾妻交流センター）' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'admin audit log filtered');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSVをダウンロード' }).click(),
  ]);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFF日時,操作した人')).toBe(true);
  expect(csv).toContain('役割を付与,高橋 健,施設職員（吾妻交流センター）,role.granted');
  expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
  await page.getByRole('button', { name: '条件をすべて解除' }).click();
  await expect(log.getByRole('cell', { name: '操作記録をCSVで書き出し' }).first()).toBeVisible();

  // Her own browser: a separate context, with the suite's Japanese locale and time zone.
  const residentContext = await browser.newContext({
    baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  });
  try {
    const residentPage = await residentContext.newPage();
    await signIn(residentPage, resident.email, resident.password);
    await openUserMenu(residentPage);
    await residentPage.getByRole('link', { name: '施設スタッフ' }).click();
    // Staff start on today's sessions; their facilities are one link away.
    await expect(residentPage.getByRole('heading', { name: '今日の受付', level: 1 })).toBeVisible();
    await residentPage.getByRole('link', { name: '担当の施設・予約カレンダー' }).click();
    await expect(residentPage.getByRole('heading', { name: '担当の施設', level: 1 })).toBeVisible();
    await expect(
      residentPage.getByRole('heading', { name: '吾妻交流センター', level: 2 }),
    ).toBeVisible();
    await expectNoSeriousAccessibilityViolations(residentPage, 'staff facilities');
  } finally {
    await residentContext.close();
  }
});
