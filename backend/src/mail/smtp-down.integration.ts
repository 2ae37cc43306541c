import { createServer } from 'node:net';
import { BrowserClient } from '../testing/browser-client';
import { createTestApp, type TestApp } from '../testing/test-app';
import { MailService } from './mail.service';

/** A port with nothing listening on it: the mail server is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('mail while the SMTP server is down', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    process.env['SMTP_URL'] = `smtp://127.0.0.1:${await closedPort()}`;
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('still answers sign-up and email change, and logs the failure without personal data', async () => {
    const client = await new BrowserClient(testApp.http).open();
    const signUp = await client.post('/api/auth/sign-up', {
      email: 'offline@example.jp',
      password: 'mail-server-is-down-2026',
      familyName: '中村',
      givenName: '翔',
      preferredLanguage: 'ja',
    });
    expect(signUp.status).toBe(202);

    // A verified person changing their email waits for the mail, which fails: still 202.
    await testApp.database.dataSource.query(
      `UPDATE users SET email_verified_at = now() WHERE email = 'offline@example.jp'`,
    );
    await client.post('/api/auth/log-in', {
      email: 'offline@example.jp',
      password: 'mail-server-is-down-2026',
    });
    const change = await client.post('/api/me/email', {
      newEmail: 'offline-new@example.jp',
      currentPassword: 'mail-server-is-down-2026',
    });
    expect(change.status).toBe(202);
    await testApp.app.get(MailService).idle();

    const failures = testApp.logs.filter((line) => line['msg'] === 'mail could not be sent');
    expect(failures.map((line) => line['kind']).sort()).toEqual(['change-email', 'verify-email']);
    expect(failures[0]['code']).toMatch(/^E[A-Z]+$/);
    expect(JSON.stringify(testApp.logs)).not.toMatch(/offline|中村/);
  });
});
