import { expect, test } from '@playwright/test';
import { linkFromMail, openUserMenu, uniqueEmail } from './support/accounts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';

test('a resident signs up, confirms her address from the mail and adds her daughter', async ({
  page,
  request,
}) => {
  // Five accessibility scans and two mails: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const email = uniqueEmail('resident');

  await page.goto('/');
  await page.getByRole('link', { name: '利用者登録' }).click();
  await expect(page.getByRole('heading', { name: '利用者登録', level: 1 })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'sign-up');
  // The page states the link's lifetime that the mail states below, and links the terms.
  const lifetime = page.getByText(/メールのリンクの有効期限は(\d+)時間です。/);
  const hours = (/(\d+)時間/.exec((await lifetime.textContent()) ?? '') ?? [])[1];
  expect(hours).toBeDefined();
  await expect(page.getByRole('link', { name: '利用規約' }).first()).toHaveAttribute(
    'href',
    '/terms',
  );
  await expect(page.getByRole('link', { name: '個人情報の取扱い' }).first()).toHaveAttribute(
    'href',
    '/privacy',
  );

  await page.getByLabel('姓').fill('鈴木');
  await page.getByLabel('名', { exact: true }).fill('美咲');
  await page.getByLabel('せい（ふりがな）').fill('すずき');
  await page.getByLabel('めい（ふりがな）').fill('みさき');
  await page.getByLabel('メールアドレス').fill(email);
  // A too-short password is explained next to the field before anything is sent.
  await page.getByLabel('パスワード', { exact: true }).fill('short');
  await page.getByRole('button', { name: '登録して確認メールを受け取る' }).click();
  await expect(page.getByText('10文字以上にしてください')).toBeVisible();
  await page.getByLabel('パスワード', { exact: true }).fill('tsukuba-autumn-walk-2026');
  await page.getByRole('checkbox', { name: '市内に住んでいる（在住）' }).check();
  await page.getByRole('button', { name: '登録して確認メールを受け取る' }).click();

  await expect(
    page.getByRole('heading', { name: '確認メールを送りました', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText(`リンクの有効期限は${hours}時間です。`)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'sign-up sent');
  await expect
    .poll(async () => {
      const response = await request.get('/api/dev/outbox', { params: { to: email } });
      return ((await response.json()) as { text: string }[]).map((mail) => mail.text).join();
    })
    .toContain(`このリンクの有効期限は${hours}時間です。`);

  await page.goto(await linkFromMail(request, email, '/verify-email'));
  await expect(page.getByText('メールアドレスを確認しました。')).toBeVisible();
  // The token leaves the address bar once used.
  await expect(page).toHaveURL(/\/verify-email$/);
  await expect(page.getByRole('button', { name: '鈴木 美咲さんのメニュー' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'email verified');

  await page.getByRole('link', { name: 'アカウントの設定へ（ご家族の登録など）' }).click();
  await expect(page.getByRole('heading', { name: 'アカウント', level: 1 })).toBeVisible();
  // The 在住 answer given at sign-up was saved with the profile.
  await expect(page.getByRole('checkbox', { name: '市内に住んでいる（在住）' })).toBeChecked();
  // Saving the profile says so, beside the button and in a snack bar, and it stays said.
  const profile = page.getByRole('region', { name: 'プロフィール' });
  await profile.getByLabel('電話番号').fill('029-883-1111');
  await profile.getByRole('button', { name: 'プロフィールを保存' }).click();
  await expect(profile.getByRole('status')).toHaveText('プロフィールを保存しました。');
  await expect(page.locator('mat-snack-bar-container')).toContainText(
    'プロフィールを保存しました。',
  );
  await expect(profile.getByRole('status')).toHaveText('プロフィールを保存しました。');
  await expect(page.getByText('登録されているご家族はいません。')).toBeVisible();

  await page.getByRole('button', { name: 'ご家族を追加' }).click();
  const form = page.getByRole('form', { name: 'ご家族を追加' });
  await form.getByLabel('お名前').fill('鈴木 ひなた');
  await form.getByLabel('ふりがな').fill('すずき ひなた');
  await form.getByLabel('生まれた年（西暦）').fill('2020');
  await form.getByRole('button', { name: '保存' }).click();

  const family = page.getByRole('region', { name: 'ご家族' });
  await expect(family.getByText('鈴木 ひなた', { exact: true })).toBeVisible();
  await expect(family.getByText('子・2020年生まれ')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'account with a family member');

  // She is still signed in after a reload (the session is a cookie, not page state).
  await page.reload();
  await expect(page.getByRole('region', { name: 'ご家族' }).getByText('鈴木 ひなた')).toBeVisible();
  await openUserMenu(page);
  await expect(page.getByRole('link', { name: '管理' })).toHaveCount(0);
  await page.getByRole('button', { name: 'ログアウト', exact: true }).click();
  await expect(page.getByRole('link', { name: 'ログイン' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/log-in\?returnTo=%2Faccount/);
});

test('the terms of use and the personal-information notice are in the footer, marked as drafts', async ({
  page,
}) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: '利用規約' }).click();
  await expect(page.getByRole('heading', { name: '利用規約', level: 1 })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('市の法務確認前の案です');
  await expect(page.getByRole('note')).toContainText("Draft pending the city's legal review");
  await expectNoSeriousAccessibilityViolations(page, 'terms of use');

  await footer.getByRole('link', { name: '個人情報の取扱い' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole('heading', { name: '個人情報の取扱い', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '3. 見ることができる人' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'personal information');
});
