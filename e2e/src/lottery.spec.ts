import { expect, test, type Page } from '@playwright/test';
import { createVerifiedResident, signIn, uniqueEmail } from './support/accounts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { apiAs, publishTestCourse, screenshots as screenshotsIn } from './support/organiser-api';

/**
 * A lottery course takes applications, closes, draws by itself and shows its results. The
 * organiser makes the course through the organiser API with a window that closes a minute
 * later (JOB_POLL_SECONDS keeps the job runner quick in browser tests); two citizens apply — one
 * in the browser, one through the API — and nobody starts the draw.
 */

const SCREENSHOTS = 'test-results/lottery-screens';
const screenshots = (page: Page, name: string) => screenshotsIn(page, SCREENSHOTS, name);

/** 生涯学習推進課 publishes a one-seat lottery course whose applications close at `closesAt`. */
function publishLottery(baseURL: string, titleJa: string, closesAt: Date): Promise<string> {
  return publishTestCourse(baseURL, {
    titleJa,
    summaryJa: '抽選で受講者を決める講座です。',
    summaryEn: 'Places are given by lottery.',
    capacity: 1,
    maxCompanions: 0,
    bookingRule: 'lottery',
    feeYen: 0,
    whatToBringJa: '',
    whatToBringEn: '',
    applicationClosesAt: closesAt.toISOString(),
    sessionHour: 15,
  });
}

test.describe.configure({ timeout: 300_000 });

test.beforeAll(async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(SCREENSHOTS, { recursive: true });
});

test('a lottery course takes two applications, draws by itself when the window closes, and shows the results to the citizen and the public', async ({
  page,
  baseURL,
  request,
}) => {
  const title = `抽選の陶芸体験 ${Date.now().toString(36)}`;
  // Long enough for the steps before the close on a busy 2-core machine; the draw follows it.
  const closesAt = new Date(Date.now() + 60_000);
  const courseId = await publishLottery(baseURL ?? '', title, closesAt);

  // Before the draw: the commitment is public, the seed is not.
  await page.goto(`/courses/${courseId}/lottery`);
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText('申込受付中')).toBeVisible();
  const commitment = (await page.locator('dd code').first().textContent())?.trim() ?? '';
  expect(commitment).toMatch(/^[0-9a-f]{64}$/);
  await expect(page.getByText('種（抽選に使った乱数）')).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page, 'lottery record before the draw');
  await screenshots(page, 'record-before');

  // Hanako applies in the browser.
  await signIn(page, 'hanako@example.jp');
  await page.goto(`/courses/${courseId}`);
  const panel = page.getByRole('region', { name: '申し込み' });
  await panel.getByRole('button', { name: '内容を確認する' }).click();
  await panel.getByRole('button', { name: '抽選に申し込む' }).click();
  await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}$/);
  const bookingUrl = new URL(page.url()).pathname;
  await expect(page.getByText('抽選申込中', { exact: true })).toBeVisible();

  // A second resident applies through the API.
  const email = uniqueEmail('lottery');
  const password = 'lottery-journey-2026';
  await createVerifiedResident(baseURL ?? '', {
    email,
    familyName: '山田',
    givenName: '太郎',
    password,
  });
  const other = await apiAs(baseURL ?? '', email, password);
  const applied = await other.api.post(`/api/courses/${courseId}/bookings`, {
    headers: other.headers,
    data: { companionIds: [] },
  });
  expect(applied.status(), await applied.text()).toBe(201);
  expect((await applied.json()).status).toBe('applied');
  await other.api.dispose();

  // Nobody starts the draw: the job queued at publication runs when the window closes.
  await expect
    .poll(
      async () => (await (await request.get(`/api/courses/${courseId}/lottery`)).json()).state,
      { timeout: 150_000, intervals: [1000] },
    )
    .toBe('drawn');

  // The public record: seed revealed, two entries, one seat; hanako's own entry highlighted.
  await page.goto(`/courses/${courseId}/lottery`);
  await expect(page.getByText('抽選済み')).toBeVisible();
  await expect(page.getByText('申込2件・当選1件・キャンセル待ち1件')).toBeVisible();
  const results = page.getByRole('region', { name: '抽選結果（抽選順）' }).getByRole('row');
  await expect(results).toHaveCount(3);
  const mine = page.locator('tr[aria-current="true"]');
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('あなたの申込');
  const won = (await mine.textContent())?.includes('当選') ?? false;
  await expect(page.getByRole('status')).toContainText(
    won ? '当選しました' : 'キャンセル待ち 1番目',
  );
  // Plain words first (what was fixed before the deadline, why nobody could change the
  // result, where her entry is); the technical check folds open beneath them.
  const plain = page.getByRole('region', { name: 'この抽選が公正だといえる理由' });
  await expect(plain).toContainText('申込の締切より前');
  await expect(plain).toContainText('あなたの申込番号は');
  await expect(plain).not.toContainText('SHA-256');
  await page.getByText('詳しい方へ：技術的な確かめ方').click();
  await expect(page.getByText('node backend/src/lottery/verify-draw.ts')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'lottery record after the draw');
  await screenshots(page, 'record-after');

  // Her booking follows the draw, and the result came by mail.
  await page.goto(bookingUrl);
  await expect(
    page.getByText(won ? '確定' : 'キャンセル待ち 1番目', { exact: true }),
  ).toBeVisible();
  await expect
    .poll(
      async () => {
        const mails = await (
          await request.get('/api/dev/outbox', { params: { to: 'hanako@example.jp' } })
        ).json();
        return mails.some(
          (mail: { subject: string; text: string }) =>
            `${mail.subject}${mail.text}`.includes(title) && mail.subject.includes('抽選の結果'),
        );
      },
      { timeout: 30_000 },
    )
    .toBe(true);

  // The organiser sees who is behind each entry.
  await page.context().clearCookies();
  await signIn(page, 'organiser@example.jp');
  await page.goto(`/organiser/courses/${courseId}`);
  await page.getByRole('link', { name: '抽選の記録と結果' }).click();
  await expect(page).toHaveURL(new RegExp(`/organiser/courses/${courseId}/lottery$`));
  const applicants = page.getByRole('region', { name: '申込者と結果' });
  await expect(applicants.getByRole('row')).toHaveCount(3);
  await expect(applicants).toContainText('佐藤 花子');
  await expect(applicants).toContainText('山田 太郎');
  await expectNoSeriousAccessibilityViolations(page, "the organiser's draw record");
  await screenshots(page, 'organiser-record');
});
