import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserClient } from '../testing/browser-client';
import { createTestApp, type TestApp } from '../testing/test-app';
import { MailService } from './mail.service';

describe('the development outbox (no SMTP_URL)', () => {
  let testApp: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tsumugu-outbox-'));
    delete process.env['SMTP_URL'];
    process.env['DATA_DIR'] = dataDir;
    process.env['PORT'] = '4321';
    delete process.env['PUBLIC_URL'];
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes mails as .eml files and lists them, newest first, with their links', async () => {
    const client = await new BrowserClient(testApp.http).open();
    const signUp = await client.post('/api/auth/sign-up', {
      email: 'newcomer@example.jp',
      password: 'sakura-namiki-2026',
      familyName: 'Smith',
      givenName: 'Alex',
      preferredLanguage: 'en',
    });
    expect(signUp.status).toBe(202);
    await testApp.app.get(MailService).idle();

    const files = await readdir(join(dataDir, 'outbox'));
    const eml = files.find((name) => name.endsWith('.eml'))!;
    const raw = await readFile(join(dataDir, 'outbox', eml), 'utf8');
    expect(raw).toMatch(/^To: newcomer@example\.jp$/m);
    expect(raw).toMatch(/^Subject: \[tsumugu\] Please confirm your email address$/m);

    const outbox = await client.get('/api/dev/outbox?to=NEWCOMER@example.jp');
    expect(outbox.status).toBe(200);
    expect(outbox.body).toHaveLength(1);
    const [message] = outbox.body;
    expect(message).toMatchObject({
      to: 'newcomer@example.jp',
      subject: '[tsumugu] Please confirm your email address',
    });
    expect(message.text).toContain('Dear Alex Smith,');
    expect(message.links[0]).toMatch(/^http:\/\/localhost:4321\/verify-email\?token=[\w-]{43}$/);

    // The link in the outbox really verifies the address.
    const token = new URL(message.links[0]).searchParams.get('token');
    expect((await client.post('/api/auth/verify-email', { token })).status).toBe(200);
    expect((await client.get('/api/dev/outbox?to=other@example.jp')).body).toEqual([]);
  });
});
