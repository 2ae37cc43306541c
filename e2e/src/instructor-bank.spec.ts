import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  createVerifiedResident,
  DEMO_PASSWORD,
  signIn,
  uniqueEmail,
  openUserMenu,
} from './support/accounts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import {
  apiAs,
  japanTime,
  publishTestCourse,
  screenshots as screenshotsIn,
} from './support/organiser-api';

/**
 * Issue 12's journey, the instructor bank (人材バンク) end to end: a new resident applies to
 * teach braided-cord making (組紐); the city's reviewer returns it with a comment; she adds her
 * record and applies again, and is registered; an organiser finds her in the directory by a
 * two-character word from her description, and asks her to teach; she accepts one date; the
 * organiser links her to a new course, whose public page shows her card. Axe on every page.
 */
const SCREENSHOTS = 'test-results/instructor-bank-screens';
const screenshots = (page: Page, name: string) => screenshotsIn(page, SCREENSHOTS, name);
const REVIEWER = 'reviewer@example.jp';
const ORGANISER = 'organiser@example.jp';
const RETURN_COMMENT = '活動実績（これまでに教えた場所や回数）を書き足してください。';

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(SCREENSHOTS, { recursive: true });
});

async function signedInPage(browser: Browser, email: string, password = DEMO_PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

/** The confirmation dialog's button, and the dialog gone again. */
async function confirm(page: Page, button: string): Promise<void> {
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, `confirmation: ${button}`);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

/** Picks options of a Material select by its label (a multiple choice stays open until Escape). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  await listbox.getByRole('option', { name: option }).click();
  if (await listbox.isVisible()) await page.keyboard.press('Escape');
  await expect(listbox).toHaveCount(0);
}

/** The reviewer opens the application of `name` from the queue (the tab of waiting ones). */
async function openApplication(page: Page, name: string): Promise<void> {
  await page.goto('/review/instructors');
  await expect(page.getByRole('heading', { name: '講師登録の審査', level: 1 })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'review: the queue');
  await screenshots(page, 'review-queue');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('a resident registers as an instructor, is found, asked, accepts, and appears on a course page', async ({
  page,
  browser,
  baseURL,
}) => {
  const stamp = Date.now().toString(36);
  const name = `組紐 ゆかり ${stamp}`;
  const email = uniqueEmail('kumihimo');
  const password = `kumihimo-${stamp}-pass`;
  await createVerifiedResident(baseURL ?? '', {
    email,
    familyName: '組紐',
    givenName: 'ゆかり',
    password,
    tsukubaRelations: ['live'],
  });
  // The bank is for people aged 18 or over: her birth year, as she would give it on her account.
  const { api, headers } = await apiAs(baseURL ?? '', email, password);
  expect((await api.patch('/api/me', { headers, data: { birthYear: 1968 } })).ok()).toBe(true);
  await api.dispose();

  // She applies from the user menu.
  await signIn(page, email, password);
  await openUserMenu(page);
  await page.getByRole('link', { name: '講師登録' }).click();
  await expect(page.getByRole('heading', { name: /講師として登録する/, level: 1 })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'teach: start');
  await screenshots(page, 'teach-start');
  await page.getByRole('button', { name: /個人で登録する/ }).click();
  await page.getByLabel('表示名', { exact: true }).fill(name);
  await page.getByLabel('指導内容のタイトル', { exact: true }).fill('はじめての組紐づくり');
  await page
    .getByLabel('指導内容の説明', { exact: true })
    .fill('丸台を使って、帯締めやストラップになる組紐を編みます。道具はお貸しします。');
  await page.getByLabel('キーワード').fill('組紐、手芸、伝統工芸');
  await choose(page, '分野（講座の分類から選ぶ）', '芸術・文化・趣味');
  await choose(page, '対象のライフステージ', 'シニア');
  await page.getByRole('checkbox', { name: '市内どこでも活動できる' }).check();
  await expectNoSeriousAccessibilityViolations(page, 'teach: the profile form');
  await page.getByRole('button', { name: '下書きを保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await expect(page.getByText('下書き', { exact: true })).toBeVisible();
  await screenshots(page, 'teach-draft');
  await page.getByRole('button', { name: '申請する', exact: true }).click();
  await confirm(page, '申請する');
  await expect(page.getByRole('status').filter({ hasText: '申請しました。' })).toBeVisible();
  await expect(page.getByText('審査中', { exact: true })).toBeVisible();

  // The reviewer returns it with a comment.
  const reviewer = await signedInPage(browser, REVIEWER);
  await openApplication(reviewer, name);
  await expectNoSeriousAccessibilityViolations(reviewer, 'review: an application');
  await screenshots(reviewer, 'review-detail');
  await reviewer.getByLabel('申請者へのコメント').fill(RETURN_COMMENT);
  await reviewer.getByRole('button', { name: '差し戻す' }).click();
  await confirm(reviewer, '差し戻す');
  await expect(reviewer.getByRole('status').filter({ hasText: '差し戻す' })).toBeVisible();

  // She reads the comment, adds her record and applies again.
  await page.reload();
  await expect(page.getByText('差し戻し', { exact: true }).first()).toBeVisible();
  const status = page.getByRole('region', { name: '登録の状況' });
  await expect(status.getByText(RETURN_COMMENT)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'teach: returned');
  await screenshots(page, 'teach-returned');
  await page
    .getByLabel('活動実績', { exact: true })
    .fill('2019年から竹園交流センターの手芸サークルで月1回教えています。');
  await page.getByRole('button', { name: '直して再申請する' }).click();
  await confirm(page, '申請する');
  await expect(page.getByText('審査中', { exact: true })).toBeVisible();

  // The reviewer sees what changed, and registers her.
  await openApplication(reviewer, name);
  await reviewer.getByRole('button', { name: '承認して登録する' }).click();
  await confirm(reviewer, '承認して登録する');
  await expect(reviewer.getByText('登録中', { exact: true }).first()).toBeVisible();

  await page.reload();
  await expect(page.getByText('登録中', { exact: true })).toBeVisible();
  await expect(page.getByText('登録番号')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'teach: registered');
  await screenshots(page, 'teach-registered');

  // An organiser finds her by a two-character word of her description, and asks her.
  const organiser = await signedInPage(browser, ORGANISER);
  await organiser.goto('/instructors');
  await expect(organiser.getByRole('heading', { name: /講師をさがす/, level: 1 })).toBeVisible();
  await organiser.getByRole('searchbox', { name: 'キーワード' }).fill('丸台');
  await organiser.getByRole('button', { name: 'さがす' }).click();
  await expect(organiser).toHaveURL(/q=%E4%B8%B8%E5%8F%B0/);
  const card = organiser.getByRole('link', { name, exact: true });
  await expect(card).toBeVisible();
  await expectNoSeriousAccessibilityViolations(organiser, 'the instructor directory');
  await screenshots(organiser, 'directory');
  await card.click();
  await expect(organiser.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(organiser.getByText('はじめての組紐づくり')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(organiser, 'an instructor’s page');
  await screenshots(organiser, 'profile');

  await organiser.getByRole('link', { name: 'この講師に依頼する' }).click();
  await expect(organiser.getByRole('heading', { name: `${name}さんへの講師依頼` })).toBeVisible();
  await organiser
    .getByLabel('依頼の目的・内容')
    .fill('親子で組紐のストラップを作る夏休み講座の講師');
  await organiser.getByLabel('参加する人').fill('小学生とその保護者');
  await organiser.getByLabel('参加予定の人数').fill('16');
  const date = japanTime(40, '10:00').slice(0, 10);
  await organiser.getByLabel('第1希望の日付').fill(date);
  await organiser.getByLabel('開始').fill('10:00');
  await organiser.getByLabel('終了').fill('12:00');
  await organiser.getByRole('radio', { name: 'その他の場所' }).check();
  await organiser.getByLabel('会場の名前と所在地').fill('つくば市役所 会議室');
  await expectNoSeriousAccessibilityViolations(organiser, 'the request form');
  await screenshots(organiser, 'request-form');
  await organiser.getByRole('button', { name: '依頼を送る' }).click();
  await expect(organiser.getByText('依頼を送りました。')).toBeVisible();
  // Nothing of her beyond the public profile until she accepts.
  await expect(organiser.getByText('講師が依頼を受けると、おたがいの連絡先')).toBeVisible();
  await expect(organiser.getByText(email)).toHaveCount(0);

  // She accepts the date, and each sees the other's contact details.
  await page.goto('/instructor-requests?role=received');
  await expectNoSeriousAccessibilityViolations(page, 'requests received');
  await screenshots(page, 'requests-received');
  await page.getByRole('link', { name: '親子で組紐のストラップを作る夏休み講座の講師' }).click();
  await page.getByRole('radio', { name: /第1希望/ }).check();
  await page.getByRole('button', { name: 'この日時で受ける' }).click();
  await confirm(page, 'この日時で受ける');
  await expect(page.getByText('依頼を受けました。')).toBeVisible();
  await expect(page.getByText(ORGANISER)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'an accepted request');
  await screenshots(page, 'request-accepted');
  await organiser.reload();
  await expect(organiser.getByText(email)).toBeVisible();

  // The organiser links her to a new course; its public page shows her card.
  const title = `組紐のストラップづくり ${stamp}`;
  const courseId = await publishTestCourse(baseURL ?? '', {
    titleJa: title,
    summaryJa: '親子で組紐を編みます。',
    summaryEn: 'Braid a cord strap with your child.',
    capacity: 16,
    maxCompanions: 1,
    bookingRule: 'first_come',
    feeYen: 500,
    whatToBringJa: '',
    whatToBringEn: '',
    applicationClosesAt: japanTime(20, '17:00'),
    sessionHour: 10,
  });
  await organiser.goto(`/organiser/courses/${courseId}/edit`);
  await organiser.getByRole('combobox', { name: '人材バンクの講師' }).fill('組紐');
  await organiser.getByRole('option', { name }).click();
  await expect(
    organiser
      .getByRole('list', { name: '選んだ講師' })
      .getByRole('listitem')
      .filter({ hasText: name }),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(organiser, 'the course form with the picker');
  await organiser.getByRole('button', { name: '下書きを保存' }).click();
  await expect(organiser.getByRole('heading', { name: title, level: 1 })).toBeVisible();

  await page.goto(`/courses/${courseId}`);
  const instructorCard = page.getByRole('link', { name, exact: true });
  await expect(instructorCard).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'a course page with an instructor card');
  await screenshots(page, 'course-instructor-card');
  await instructorCard.click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});
