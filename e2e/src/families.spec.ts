import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/accounts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { japanTime, publishTestCourse, screenshotsAtTextSizes } from './support/organiser-api';

/**
 * Families (issue 15): hanako books her 7-year-old alone onto a children's course, then asks for
 * childcare on a 保育あり course. The courses are made for the test through the organiser API, so
 * the journey does not depend on the demo catalogue's seats.
 */

const SCREENSHOTS = 'test-results/families-screens';

/** Each page at 1280 and 390 px, at the standard text size and at 特大. */
const screenshots = (page: Page, name: string) => screenshotsAtTextSizes(page, SCREENSHOTS, name);

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(SCREENSHOTS, { recursive: true });
});

test('hanako books her 7-year-old alone onto a children’s course, and asks for childcare on a 保育あり course', async ({
  page,
  baseURL,
}) => {
  const suffix = Date.now().toString(36);
  // A children's course, 6–12 years, one child per booking, children alone.
  const childrenCourse = await publishTestCourse(baseURL ?? '', {
    titleJa: `こども英語あそび ${suffix}`,
    summaryJa: '歌やゲームで英語に親しみます。',
    summaryEn: 'Songs and games in English.',
    capacity: 10,
    maxCompanions: 0,
    bookingRule: 'first_come',
    feeYen: 0,
    whatToBringJa: '飲み物',
    whatToBringEn: 'A drink',
    applicationClosesAt: japanTime(18, '17:00'),
    sessionHour: 10,
    targetAgeMin: 6,
    targetAgeMax: 12,
    guardianRule: 'children_alone',
  });
  // A course for parents with childcare, paid in advance.
  const childcareCourse = await publishTestCourse(baseURL ?? '', {
    titleJa: `子育てママのキャリア講座 ${suffix}`,
    summaryJa: '保育つきの講座です。',
    summaryEn: 'With childcare.',
    capacity: 12,
    maxCompanions: 0,
    bookingRule: 'first_come',
    feeYen: 500,
    whatToBringJa: '筆記用具',
    whatToBringEn: 'Something to write with',
    applicationClosesAt: japanTime(18, '17:00'),
    sessionHour: 14,
    childcareOffered: true,
    paymentMethod: 'in_advance',
    paymentDeadlineDays: 7,
    paymentNoteJa: '生涯学習推進課の窓口で現金でお支払いください。',
    paymentNoteEn: 'Pay in cash at the Lifelong Learning Division.',
  });

  await signIn(page, 'hanako@example.jp');

  // The children's course: she is outside its ages, her son 陽太 (born 2019) is not.
  await page.goto(`/courses/${childrenCourse}`);
  const panel = page.getByRole('region', { name: '申し込み' });
  await expect(panel).toContainText('お子さんだけで参加する講座です');
  await expect(panel).toContainText('この講座は1件の予約につき1人です');
  const who = panel.getByRole('group', { name: '参加する人' });
  const self = who.getByRole('checkbox', { name: /佐藤 花子/ });
  await expect(self).toBeDisabled();
  await expect(self).not.toBeChecked();
  await expect(who).toContainText('参加できません: 対象年齢は6〜12歳です');
  await expect(panel.getByRole('button', { name: '内容を確認する' })).toBeDisabled();
  await who.getByRole('checkbox', { name: /佐藤 陽太/ }).check();
  await expect(panel).toContainText('1人が参加します。');
  await expectNoSeriousAccessibilityViolations(page, 'the panel of a children’s course');
  await screenshots(page, 'children-course-panel');

  // The review restates who attends and that she, who booked, does not.
  await panel.getByRole('button', { name: '内容を確認する' }).click();
  const review = panel.getByRole('group', { name: 'お申し込み内容の確認' });
  await expect(review).toContainText('佐藤 陽太');
  await expect(review).toContainText('佐藤 花子（参加しません）');
  await expect(review).toContainText('無料');
  await expectNoSeriousAccessibilityViolations(page, 'the review step');
  await screenshots(page, 'children-course-review');
  await review.getByRole('button', { name: '予約する' }).click();

  // The booking: confirmed, with its code and QR; who attends and who booked.
  await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status').first()).toContainText('予約が確定しました');
  await expect(page.locator('.ticket__code')).toBeVisible();
  await expect(page.getByText('佐藤 花子（参加しません）')).toBeVisible();
  const attending = page.locator('dd').filter({ hasText: '佐藤 陽太' });
  await expect(attending.getByRole('listitem')).toHaveCount(1);
  await expectNoSeriousAccessibilityViolations(page, 'a booking for a child');
  await screenshots(page, 'children-course-booking');

  // The 保育あり course: she attends herself and asks childcare for her daughter (4).
  await page.goto(`/courses/${childcareCourse}`);
  await expect(panel).toContainText('保育（お子さんの一時預かり）');
  await expect(panel).toContainText('までに事前にお支払いください。');
  await panel.getByRole('combobox', { name: '保育を希望するお子さん' }).click();
  await page.getByRole('option', { name: '1人' }).click();
  await expect(panel.getByRole('button', { name: '内容を確認する' })).toBeDisabled();
  await panel.getByRole('combobox', { name: '1人目の年齢' }).click();
  await page.getByRole('option', { name: '4歳', exact: true }).click();
  await expectNoSeriousAccessibilityViolations(page, 'the childcare request');
  await screenshots(page, 'childcare-panel');
  await panel.getByRole('button', { name: '内容を確認する' }).click();
  await expect(review).toContainText('1人（4歳）');
  await expect(review).toContainText('500円');
  await expect(review).toContainText('生涯学習推進課の窓口で現金でお支払いください。');
  await review.getByRole('button', { name: '予約する' }).click();
  await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}$/);
  await expect(page.getByText('1人（4歳）')).toBeVisible();
  await expect(page.getByText(/までに事前にお支払いください。/)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'a booking with childcare');
  await screenshots(page, 'childcare-booking');

  // The mail says the childcare asked for and how to pay.
  await expect
    .poll(
      async () => {
        const response = await page.request.get('/api/dev/outbox', {
          params: { to: 'hanako@example.jp' },
        });
        const mails = (await response.json()) as { subject: string; text: string }[];
        return mails.some(
          (mail) =>
            mail.subject.includes('子育てママのキャリア講座') &&
            mail.text.includes('保育の希望: 1人（4歳）') &&
            mail.text.includes('参加費: 1人500円'),
        );
      },
      { message: 'the confirmation mail with childcare and payment', timeout: 30_000 },
    )
    .toBe(true);
});
