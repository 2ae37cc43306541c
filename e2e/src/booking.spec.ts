import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { createVerifiedResident, DEMO_PASSWORD, signIn, uniqueEmail } from './support/accounts';
import {
  japanTime,
  publishTestCourse,
  screenshots as screenshotsIn,
} from './support/organiser-api';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';

/**
 * The citizen's booking journeys. Each books a course that an organiser makes for the test
 * through the organiser API (a fresh title, a free room weeks ahead, applications open now), so
 * the journeys do not depend on the demo catalogue's seats.
 */

const SCREENSHOTS = 'test-results/booking-screens';
const screenshots = (page: Page, name: string) => screenshotsIn(page, SCREENSHOTS, name);

/** A first-come course of 生涯学習推進課, open for applications now, one session weeks ahead. */
function publishCourse(
  baseURL: string,
  course: { titleJa: string; capacity: number; maxCompanions: number },
): Promise<string> {
  return publishTestCourse(baseURL, {
    ...course,
    summaryJa: '親子で一緒に参加できる講座です。',
    summaryEn: 'A course for parents and children together.',
    bookingRule: 'first_come',
    feeYen: 300,
    whatToBringJa: 'タオル、飲み物',
    whatToBringEn: 'A towel and something to drink',
    applicationClosesAt: japanTime(20, '17:00'),
    sessionHour: 13,
  });
}

// Each journey makes a course, accounts and several pages on a 2-core machine.
test.describe.configure({ timeout: 150_000 });

test.beforeAll(async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(SCREENSHOTS, { recursive: true });
});

test('hanako books a parent-and-child course for herself and her two children, and sees the code and QR', async ({
  page,
  baseURL,
}) => {
  const title = `親子でリトミック ${Date.now().toString(36)}`;
  const courseId = await publishCourse(baseURL ?? '', {
    titleJa: title,
    capacity: 12,
    maxCompanions: 3,
  });

  // Signed out, the course page offers to log in and come back.
  await page.goto(`/courses/${courseId}`);
  const panel = page.getByRole('region', { name: '申し込み' });
  await panel.getByRole('link', { name: 'ログインして申し込む' }).click();
  await expect(page).toHaveURL(/\/log-in\?returnTo=/);
  await page.getByLabel('メールアドレス').fill('hanako@example.jp');
  await page.getByLabel('パスワード', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/courses/${courseId}$`));
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();

  // Herself (ticked: she may attend) and her two children, each with a checkbox.
  const who = panel.getByRole('group', { name: '参加する人' });
  await expect(who).toContainText('佐藤 花子');
  const people = who.getByRole('checkbox');
  await expect(people).toHaveCount(3);
  await expect(people.nth(0)).toBeChecked();
  await expect(panel).toContainText('残り12席');
  await expectNoSeriousAccessibilityViolations(page, 'course page with the booking panel');
  await screenshots(page, 'course-panel');

  await people.nth(1).check();
  await people.nth(2).check();
  await expect(panel).toContainText('3人が参加します。');
  // The review step restates the fee for three and the deadline before anything is booked.
  await panel.getByRole('button', { name: '内容を確認する' }).click();
  await expect(panel.getByRole('heading', { name: 'お申し込み内容の確認' })).toBeFocused();
  await expect(panel).toContainText('1人300円 × 3人 = 900円');
  await expect(panel).toContainText('まで、予約ページからキャンセルできます。');
  await expectNoSeriousAccessibilityViolations(page, 'the review step');
  await screenshots(page, 'course-panel-review');
  await panel.getByRole('button', { name: '予約する' }).click();

  // The confirmation: status, the code hyphenated, the QR image named by its code.
  await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status').first()).toContainText('予約が確定しました');
  await expect(page.getByText('確定', { exact: true })).toBeVisible();
  const code = (await page.locator('.ticket__code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  const qr = page.getByRole('img', { name: `予約番号 ${code} のQRコード` });
  await expect(qr).toBeVisible();
  expect(
    await qr.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth),
  ).toBeGreaterThan(0);
  const participants = page.locator('dd').filter({ hasText: '（ご本人）' });
  await expect(participants.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByText('タオル、飲み物')).toBeVisible();
  await expect(page.getByText('300円')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'booking confirmation');
  await screenshots(page, 'booking-detail');

  // The .ics download holds one VEVENT for the one session, with the code.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'カレンダーに追加 (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`tsumugu-${code.replace('-', '')}.ics`);
  const { readFile } = await import('node:fs/promises');
  const ics = await readFile((await file.path()) ?? '', 'utf8');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(ics.replace(/\r\n /g, '')).toContain(`予約番号: ${code}`);

  // The course page now shows the booking instead of the button; My bookings lists it.
  await page.goto(`/courses/${courseId}`);
  await expect(panel).toContainText('この講座は予約済みです。');
  await expect(panel.getByRole('button', { name: '予約する' })).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '予約一覧' })
    .click();
  await expect(page.getByRole('heading', { name: '予約一覧', level: 1 })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: title });
  await expect(card).toContainText('3人');
  await expect(card).toContainText(`予約番号 ${code}`);
  await expectNoSeriousAccessibilityViolations(page, 'my bookings');
  await screenshots(page, 'my-bookings');

  // The private calendar feed: made once, readable without cookies, holding this session.
  await page.getByRole('button', { name: '連携用のURLを作る' }).click();
  const feedUrl = await page.getByLabel('連携用のURL').inputValue();
  expect(feedUrl).toMatch(/\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}$/);
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const feed = await anonymous.get(new URL(feedUrl).pathname);
  expect(feed.status()).toBe(200);
  expect((await feed.text()).replace(/\r\n /g, '')).toContain(title);
  await expectNoSeriousAccessibilityViolations(page, 'calendar feed made');
  await screenshots(page, 'calendar-feed');
  await page.getByRole('button', { name: 'URLを作り直す' }).click();
  await expect(page.getByLabel('連携用のURL')).not.toHaveValue(feedUrl);
  expect((await anonymous.get(new URL(feedUrl).pathname)).status()).toBe(404);
  await anonymous.dispose();

  for (const view of ['キャンセル待ち・抽選', '過去']) {
    await page.getByRole('tab', { name: view }).click();
    await expect(page.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page, `my bookings: ${view}`);
  }
  await screenshots(page, 'my-bookings-past');
});

test('a full course puts the next person on the waiting list, and a cancellation promotes them with a mail', async ({
  browser,
  baseURL,
}) => {
  const title = `ストレッチ体験 ${Date.now().toString(36)}`;
  const courseId = await publishCourse(baseURL ?? '', {
    titleJa: title,
    capacity: 1,
    maxCompanions: 0,
  });
  const first = {
    email: uniqueEmail('first'),
    familyName: '田中',
    givenName: '一郎',
    password: 'stretch-first-2026',
  };
  const next = {
    email: uniqueEmail('next'),
    familyName: '鈴木',
    givenName: '次郎',
    password: 'stretch-next-2026',
  };
  await createVerifiedResident(baseURL ?? '', first);
  await createVerifiedResident(baseURL ?? '', next);

  // The first takes the only seat.
  const firstPage = await (await browser.newContext()).newPage();
  await signIn(firstPage, first.email, first.password);
  await firstPage.goto(`/courses/${courseId}`);
  const firstPanel = firstPage.getByRole('region', { name: '申し込み' });
  await expect(firstPanel).toContainText('残り1席');
  await firstPanel.getByRole('button', { name: '内容を確認する' }).click();
  await firstPanel.getByRole('button', { name: '予約する' }).click();
  await expect(firstPage.getByText('確定', { exact: true })).toBeVisible();
  const firstBookingUrl = firstPage.url();

  // The next finds it full and joins the waiting list: number 1.
  const nextPage = await (await browser.newContext()).newPage();
  await signIn(nextPage, next.email, next.password);
  await nextPage.goto(`/courses/${courseId}`);
  const nextPanel = nextPage.getByRole('region', { name: '申し込み' });
  await expect(nextPanel).toContainText('満席です');
  await expectNoSeriousAccessibilityViolations(nextPage, 'course page, full');
  await screenshots(nextPage, 'course-panel-full');
  await nextPanel.getByRole('button', { name: '内容を確認する' }).click();
  await nextPanel.getByRole('button', { name: 'キャンセル待ちに登録' }).click();
  await expect(nextPage.getByRole('status').first()).toContainText('キャンセル待ちに登録しました');
  await expect(nextPage.getByText('キャンセル待ち 1番目')).toBeVisible();
  const nextBookingUrl = nextPage.url();
  await expectNoSeriousAccessibilityViolations(nextPage, 'waiting-list booking');
  await screenshots(nextPage, 'booking-waiting');

  // The first cancels, after confirming.
  await firstPage.goto(firstBookingUrl);
  await firstPage.getByRole('button', { name: 'この予約をキャンセルする' }).click();
  await expect(firstPage.getByText('本当にキャンセルしますか？')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(firstPage, 'cancel confirmation');
  await screenshots(firstPage, 'booking-cancel-confirm');
  await firstPage.getByRole('button', { name: 'キャンセルする', exact: true }).click();
  await expect(firstPage.getByText('キャンセル済み', { exact: true })).toBeVisible();
  await expect(firstPage.getByText(/この予約は.*にキャンセルされました。/)).toBeVisible();
  await screenshots(firstPage, 'booking-cancelled');

  // The next is promoted in the same transaction, and told by mail.
  await nextPage.goto(nextBookingUrl);
  await expect(nextPage.getByText('確定', { exact: true })).toBeVisible();
  await expect
    .poll(
      async () => {
        const response = await nextPage.request.get('/api/dev/outbox', {
          params: { to: next.email },
        });
        const mails = (await response.json()) as { subject: string; text: string }[];
        return mails.some(
          (mail) =>
            mail.subject.includes('キャンセル待ちから予約が確定しました') &&
            mail.text.includes(title),
        );
      },
      { message: 'the promotion mail in the outbox', timeout: 30_000 },
    )
    .toBe(true);
});
