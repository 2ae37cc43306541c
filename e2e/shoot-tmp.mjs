import { chromium } from '@playwright/test';
const base = 'http://localhost:3221';
const [, , path, size, width, ...segments] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, locale: 'ja-JP' });
const page = await context.newPage();
await page.goto(base + '/log-in');
await page.evaluate((s) => localStorage.setItem('tsumugu.textSize', s), size);
await page.getByLabel('メールアドレス').fill(process.env.WHO ?? 'hanako@example.jp');
await page.getByLabel('パスワード', { exact: true }).fill('tsumugu-demo-2026');
await page.getByRole('button', { name: 'ログイン', exact: true }).click();
await page.getByRole('button', { name: /さんのメニュー$/ }).waitFor();
await page.goto(base + path);
await page.waitForTimeout(1500);
if (process.env.MEDIA === 'print') await page.emulateMedia({ media: 'print' });
for (const y of segments) {
  await page.screenshot({ path: `/tmp/learn-shots/seg-${y}.png`, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: 1100 } });
}
await browser.close();
