import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Page,
} from '@playwright/test';

/** The password of every demo account the seeder creates. */
export const DEMO_PASSWORD = 'tsumugu-demo-2026';

/** A fresh address per run, so journeys never meet accounts from an earlier run. */
export function uniqueEmail(prefix: string): string {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return `${prefix}-${stamp}@example.jp`;
}

interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  sentAt: string;
  links: string[];
}

/**
 * Reads the newest mail to `email` from the development outbox (GET /api/dev/outbox) and returns
 * the path of its link that starts with `pathPrefix` (`/verify-email`), relative so that the
 * journey stays on the test server's own origin whatever PUBLIC_URL says.
 */
export async function linkFromMail(
  request: APIRequestContext,
  email: string,
  pathPrefix: string,
): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/dev/outbox', { params: { to: email } });
        expect(response.ok()).toBe(true);
        const mails = (await response.json()) as OutboxMail[];
        for (const mail of mails) {
          for (const link of mail.links) {
            const url = new URL(link);
            if (url.pathname.startsWith(pathPrefix)) {
              found = `${url.pathname}${url.search}`;
              return found;
            }
          }
        }
        return undefined;
      },
      { message: `a mail to ${email} with a ${pathPrefix} link`, timeout: 10_000 },
    )
    .toBeDefined();
  return found as string;
}

/** Logs in through the log-in page, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/log-in');
  await expect(page.getByRole('heading', { name: 'ログイン', level: 1 })).toBeVisible();
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByRole('button', { name: /さんのメニュー$/ })).toBeVisible();
}

/** Opens the signed-in person's menu in the header. */
export async function openUserMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /さんのメニュー$/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/**
 * A resident with a verified account, made through the API as the sign-up page would: the
 * session call hands out the CSRF cookie, sign-up mails a link, the link's token verifies.
 */
export async function createVerifiedResident(
  baseURL: string,
  person: {
    email: string;
    familyName: string;
    givenName: string;
    password: string;
    tsukubaRelations?: ('live' | 'work' | 'study')[];
  },
): Promise<void> {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    expect((await api.get('/api/auth/session')).ok()).toBe(true);
    const csrf = (await api.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN');
    expect(csrf, 'the XSRF-TOKEN cookie').toBeDefined();
    const headers = { 'X-XSRF-TOKEN': csrf?.value ?? '' };
    const signUp = await api.post('/api/auth/sign-up', {
      headers,
      data: { ...person, preferredLanguage: 'ja' },
    });
    expect(signUp.status()).toBe(202);
    const link = await linkFromMail(api, person.email, '/verify-email');
    const token = new URL(link, baseURL).searchParams.get('token');
    const verified = await api.post('/api/auth/verify-email', { headers, data: { token } });
    expect(verified.ok()).toBe(true);
  } finally {
    await api.dispose();
  }
}
