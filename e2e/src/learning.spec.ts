import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { openUserMenu, signIn } from './support/accounts';
import { screenshots as screenshotsIn } from './support/organiser-api';

/**
 * The learner's side: hanako (demo) opens her learning record from the account menu, sees the
 * year's figures, a tab for each child, the breakdowns as tables and the courses she attended,
 * downloads the CSV for Excel; anyone checks a certificate on /verify by its number (the QR
 * code's link) or by the badge file, and a file that is no genuine certificate of ours is refused.
 */

const SCREENSHOTS = 'test-results/learning-screens';
const screenshots = (page: Page, name: string) => screenshotsIn(page, SCREENSHOTS, name);

test.beforeAll(async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(SCREENSHOTS, { recursive: true });
});

test('hanako finds her and her children’s learning record, prints it and downloads it for Excel', async ({
  page,
}) => {
  await signIn(page, 'hanako@example.jp');
  await openUserMenu(page);
  await page.getByRole('link', { name: '学びの記録' }).click();
  await expect(page.getByRole('heading', { name: '学びの記録', level: 1 })).toBeVisible();

  // This fiscal year's figures: she attended at least the course she went to most recently.
  await expect(page.getByRole('heading', { name: /年度の学び$/ })).toBeVisible();
  const attended = page.locator('.figures__tile', { hasText: '参加した講座' }).locator('dd');
  await expect(attended).toHaveText(/^[1-9]\d*講座$/);
  await expect(page.getByRole('tab', { name: /（ご本人）$/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('tab', { name: /（お子さま）$/ })).toHaveCount(2);

  // The charts are tables with their numbers, read aloud as such.
  const pillars = page.getByRole('table', { name: '基本施策の柱ごとの講座数・出席回数・学習時間' });
  await expect(pillars.getByRole('row')).toHaveCount(6);
  await expect(page.locator('.course').first()).toContainText('出席');
  await expect(page.getByRole('link', { name: '講師登録について見る' })).toHaveAttribute(
    'href',
    '/teach',
  );
  await expectNoSeriousAccessibilityViolations(page, 'the learning record');
  await screenshots(page, 'learning');

  // A child's own record, in the address (bookmarkable, back button).
  await page
    .getByRole('tab', { name: /（お子さま）$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/person=/);
  await expect(page.getByRole('tab', { name: /（お子さま）$/ }).first()).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expectNoSeriousAccessibilityViolations(page, 'a child’s learning record');

  // The CSV for Excel: a BOM, Japanese headers, her name on every line.
  await page.getByRole('tab', { name: /（ご本人）$/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSVをダウンロード（Excel用）' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^学びの記録-\d{4}年度\.csv$/);
  const csv = await readFile((await file.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF年度,氏名,講座名,主催,施策の柱,ライフステージ,')).toBe(true);
  expect(csv).toContain('佐藤 花子');

  // Printed on A4: the record without the site's header and controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('tsu-site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '印刷する' })).toBeHidden();
  await expect(page.getByText(/^佐藤 花子さんの学びの記録（\d{4}年度）$/)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('hanako finds a certificate in her record, downloads the PDF and the badge, and verifies both', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, 'hanako@example.jp');
  // The demo's finished courses are decided by the completion job's code within a minute or two
  // of the first start (oldest first); hanako's come with them.
  let certificates: {
    number: string;
    status: string;
    holder: { kind: string };
    course: { endsOn: string; titleJa: string };
  }[] = [];
  await expect
    .poll(
      async () => {
        const response = await page.request.get('/api/me/certificates');
        certificates = response.ok() ? await response.json() : [];
        return certificates.filter((c) => c.status === 'valid' && c.holder.kind === 'self').length;
      },
      { timeout: 240_000, intervals: [5_000] },
    )
    .toBeGreaterThan(0);
  const mine = certificates.find((c) => c.status === 'valid' && c.holder.kind === 'self')!;
  const [year, month] = mine.course.endsOn.split('-').map(Number) as [number, number];
  const fiscalYear = month >= 4 ? year : year - 1;

  await page.goto(`/learning?year=${fiscalYear}&person=self`);
  const card = page.locator('.course', { hasText: mine.number });
  await expect(card).toBeVisible();
  await expect(card.locator('.badge')).toHaveText('修了');
  await expectNoSeriousAccessibilityViolations(page, 'the learning record with a certificate');
  await screenshots(page, 'learning-certificate');

  const pdfDownload = page.waitForEvent('download');
  await card.getByRole('link', { name: '修了証（PDF）' }).click();
  const pdf = await readFile((await (await pdfDownload).path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const badgeDownload = page.waitForEvent('download');
  await card.getByRole('link', { name: 'デジタルバッジ（JSON）' }).click();
  const badgeText = await readFile((await (await badgeDownload).path())!, 'utf8');
  const badge = JSON.parse(badgeText);
  expect(badge.type).toContain('OpenBadgeCredential');

  // By number, from the record's link (as the QR code's link would).
  await card.getByRole('link', { name: '真正性を確かめる' }).click();
  await expect(page.getByRole('heading', { name: '有効な修了証です' })).toBeVisible();
  await expect(page.locator('.result')).toContainText(mine.course.titleJa);
  await expectNoSeriousAccessibilityViolations(page, 'verify, valid');
  await screenshots(page, 'verify-valid');

  // By file: the badge as downloaded is valid; one byte of its achievement changed is not.
  await page.getByLabel('ファイルを選ぶ').setInputFiles({
    name: `${mine.number}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(badgeText),
  });
  await expect(page.getByText(`選んだファイル: ${mine.number}.json`)).toBeVisible();
  await expect(page.getByRole('heading', { name: '有効な修了証です' })).toBeVisible();
  badge.credentialSubject.achievement.name = `${badge.credentialSubject.achievement.name}X`;
  await page.getByLabel('ファイルを選ぶ').setInputFiles({
    name: 'changed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(badge)),
  });
  await expect(page.getByRole('heading', { name: '本物の修了証と確かめられません' })).toBeVisible();
});

test('anyone checks a certificate on /verify by number or file, and a file that is not ours or not genuine is refused', async ({
  page,
}) => {
  // The QR code's link: the number is filled in and checked at once.
  await page.goto('/verify?n=tsu-2026-2222-3333');
  await expect(page.getByRole('heading', { name: '修了証の確認', level: 1 })).toBeVisible();
  await expect(page.getByLabel('修了証の番号')).toHaveValue('TSU-2026-2222-3333');
  await expect(
    page.getByRole('heading', { name: 'この番号の修了証は見つかりません' }),
  ).toBeFocused();
  await expectNoSeriousAccessibilityViolations(page, 'verify, unknown number');

  // A number that cannot be one is refused before asking.
  await page.getByLabel('修了証の番号').fill('K7M2-Q9XD');
  await page.getByRole('button', { name: '確かめる' }).click();
  await expect(page.getByRole('alert')).toContainText('TSU-2026-7KQM-3XPA の形');

  // A file that is no credential, through the ordinary file input.
  await page.getByLabel('ファイルを選ぶ').setInputFiles({
    name: 'not-a-badge.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ hello: 'world' })),
  });
  await expect(
    page.getByRole('heading', { name: /修了証のデジタルバッジではありません/ }),
  ).toBeVisible();

  // An OpenBadgeCredential naming another issuer, or with a proof that does not hold.
  await page.getByLabel('ファイルを選ぶ').setInputFiles({
    name: 'forged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ],
        id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: 'https://example.org/issuer', type: ['Profile'], name: 'Someone else' },
        validFrom: '2026-11-25T00:00:00Z',
        credentialSubject: {
          type: ['AchievementSubject'],
          achievement: {
            id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
            type: ['Achievement'],
            name: '偽の講座',
            description: 'forged',
            criteria: { narrative: 'none' },
          },
        },
        proof: {
          type: 'DataIntegrityProof',
          cryptosuite: 'eddsa-rdfc-2022',
          verificationMethod: 'https://example.org/issuer#key',
          proofPurpose: 'assertionMethod',
          proofValue: 'z111',
        },
      }),
    ),
  });
  await expect(
    page.getByRole('heading', {
      name: /つくば市が発行した修了証ではありません|本物の修了証と確かめられません/,
    }),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'verify, a file refused');
  await screenshots(page, 'verify');
});
