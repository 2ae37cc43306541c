import { MailService } from '../mail/mail.service';
import { BrowserClient } from '../testing/browser-client';
import { MailCatcher, tokenFrom } from '../testing/mail-catcher';
import { createTestApp, type TestApp } from '../testing/test-app';

const PASSWORD = 'kinmokusei-no-kaori-2026';

describe('accounts: sign-up, verification, log-in, log-out', () => {
  let testApp: TestApp;
  const mail = new MailCatcher();

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    process.env['PUBLIC_URL'] = 'https://tsumugu.test';
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp.close();
    await mail.stop();
  });

  const browser = (ip = '203.0.113.10') => new BrowserClient(testApp.http, { ip }).open();
  const signUp = (client: BrowserClient, email: string, extra: object = {}) =>
    client.post('/api/auth/sign-up', {
      email,
      password: PASSWORD,
      familyName: '佐藤',
      givenName: '花子',
      familyNameKana: 'サトウ',
      givenNameKana: 'ハナコ',
      preferredLanguage: 'ja',
      ...extra,
    });

  it('signs up, verifies through the mailed link, and is signed in with the citizen role', async () => {
    const client = await browser();
    expect(client.cookies.get('XSRF-TOKEN')).toMatch(/^[\w-]{43}$/);

    // 在住・在勤・在学 travels with the sign-up (repeats collapse) and is stored with the account.
    const signUpResponse = await signUp(client, 'Hanako.Sato@Example.jp', {
      tsukubaRelations: ['live', 'study', 'live'],
    });
    expect(signUpResponse.status).toBe(202);
    expect(signUpResponse.body).toEqual({ status: 'verification_sent' });

    const verification = await mail.waitFor('hanako.sato@example.jp', 'メールアドレスの確認');
    expect(verification.text).toContain('佐藤 花子 様');
    const link = verification.links.find((l) => l.includes('/verify-email'))!;
    expect(link).toMatch(/^https:\/\/tsumugu\.test\/verify-email\?token=/);
    expect(verification.html).toContain('<a href="https://tsumugu.test/verify-email?token=');

    // Not yet verified: can log in, but holds no role.
    const early = await browser();
    const earlyLogIn = await early.post('/api/auth/log-in', {
      email: 'hanako.sato@example.jp',
      password: PASSWORD,
    });
    expect(earlyLogIn.status).toBe(200);
    expect(earlyLogIn.body).toMatchObject({ emailVerified: false, roles: [] });

    const verified = await client.post('/api/auth/verify-email', { token: tokenFrom(link) });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      verifiedEmail: 'hanako.sato@example.jp',
      session: 'signed_in',
      user: {
        email: 'hanako.sato@example.jp',
        emailVerified: true,
        familyName: '佐藤',
        givenNameKana: 'ハナコ',
        tsukubaRelations: ['live', 'study'],
        roles: ['citizen'],
        organisations: [],
        facilities: [],
      },
    });
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.roles).toEqual(['citizen']);

    // The link works once.
    const again = await (
      await browser()
    ).post('/api/auth/verify-email', { token: tokenFrom(link) });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('TOKEN_INVALID_OR_EXPIRED');

    const loggedOut = await client.post('/api/auth/log-out');
    expect(loggedOut.status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await client.get('/api/auth/session')).body).toEqual({
      authenticated: false,
      user: null,
    });

    const logIn = await client.post('/api/auth/log-in', {
      email: 'HANAKO.SATO@example.jp',
      password: PASSWORD,
    });
    expect(logIn.status).toBe(200);
    expect(logIn.body.roles).toEqual(['citizen']);
    const session = await client.get('/api/auth/session');
    expect(session.body).toMatchObject({ authenticated: true, user: { emailVerified: true } });
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, with a 30-day Max-Age, and rotates the CSRF token', async () => {
    const client = await browser();
    const anonymousCsrf = client.cookies.get('XSRF-TOKEN');
    await signUp(client, 'cookies@example.jp');
    const verification = await mail.waitFor('cookies@example.jp');
    await client.post('/api/auth/verify-email', { token: tokenFrom(verification.links[0]) });
    const session = client.lastSetCookies.find((c) => c.startsWith('tsumugu_session='))!;
    expect(session).toMatch(/Max-Age=2592000/);
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/);
    const csrf = client.lastSetCookies.find((c) => c.startsWith('XSRF-TOKEN='))!;
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(client.cookies.get('XSRF-TOKEN')).not.toBe(anonymousCsrf);

    // What is stored is a hash, never the cookie's value.
    const [row] = await testApp.database.dataSource.query(
      `SELECT encode(token_hash, 'hex') AS hash FROM user_sessions ORDER BY created_at DESC LIMIT 1`,
    );
    expect(row.hash).toHaveLength(64);
    expect(row.hash).not.toContain(client.cookies.get('tsumugu_session'));
  });

  it("keeps a live session when someone else's verification link is opened in it, and says so", async () => {
    // Mariko is signed in; a stranger's verification link reaches her (sent to her, or opened
    // on a shared computer). Her session must not become the stranger's account.
    const mariko = await browser('203.0.113.90');
    await signUp(mariko, 'mariko@example.jp');
    const hers = await mail.waitFor('mariko@example.jp');
    await mariko.post('/api/auth/verify-email', { token: tokenFrom(hers.links[0]) });
    const marikoSession = mariko.cookies.get('tsumugu_session');

    const stranger = await browser('203.0.113.91');
    await signUp(stranger, 'stranger@example.jp');
    const link = (await mail.waitFor('stranger@example.jp')).links[0];

    const opened = await mariko.post('/api/auth/verify-email', { token: tokenFrom(link) });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      verifiedEmail: 'stranger@example.jp',
      session: 'kept_other_session',
      user: { email: 'mariko@example.jp' },
    });
    expect(mariko.lastSetCookies.filter((c) => c.startsWith('tsumugu_session='))).toEqual([]);
    expect(mariko.cookies.get('tsumugu_session')).toBe(marikoSession);
    expect((await mariko.get('/api/me')).body.email).toBe('mariko@example.jp');

    // The address is verified all the same: the stranger logs in as a citizen.
    const logIn = await stranger.post('/api/auth/log-in', {
      email: 'stranger@example.jp',
      password: PASSWORD,
    });
    expect(logIn.body).toMatchObject({ emailVerified: true, roles: ['citizen'] });
  });

  it('ends the previous session when a browser signs in again', async () => {
    const client = await browser('203.0.113.80');
    await signUp(client, 'again@example.jp');
    const verification = await mail.waitFor('again@example.jp');
    await client.post('/api/auth/verify-email', { token: tokenFrom(verification.links[0]) });
    const firstCookie = client.cookies.get('tsumugu_session')!;
    await client.post('/api/auth/log-in', { email: 'again@example.jp', password: PASSWORD });
    expect((await client.get('/api/me/sessions')).body).toHaveLength(1);
    const stale = new BrowserClient(testApp.http);
    stale.cookies.set('tsumugu_session', firstCookie);
    expect((await stale.get('/api/me')).status).toBe(401);
  });

  it('answers an unknown email and a wrong password identically', async () => {
    const client = await browser('203.0.113.20');
    await signUp(client, 'known@example.jp');
    const unknown = await client.post('/api/auth/log-in', {
      email: 'nobody@example.jp',
      password: PASSWORD,
    });
    const wrong = await client.post('/api/auth/log-in', {
      email: 'known@example.jp',
      password: 'not-the-password-at-all',
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('gives a registered address the same sign-up answer, and mails its owner instead', async () => {
    const client = await browser('203.0.113.30');
    const first = await signUp(client, 'twice@example.jp');
    const second = await signUp(client, 'twice@example.jp', { familyName: '別人' });
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    const notice = await mail.waitFor('twice@example.jp', 'すでに登録');
    expect(notice.links).toEqual(
      expect.arrayContaining([
        'https://tsumugu.test/log-in',
        'https://tsumugu.test/password-reset',
      ]),
    );
    const [{ count }] = await testApp.database.dataSource.query(
      `SELECT count(*)::int AS count FROM users WHERE email = 'twice@example.jp'`,
    );
    expect(count).toBe(1);
  });

  it('stores no relation when none is given, and refuses unknown ones field by field', async () => {
    const client = await browser('203.0.113.45');
    expect((await signUp(client, 'norelation@example.jp')).status).toBe(202);
    const [stored] = await testApp.database.dataSource.query(
      `SELECT tsukuba_relations AS "relations" FROM users WHERE email = 'norelation@example.jp'`,
    );
    expect(stored.relations).toEqual([]);

    const invalid = await signUp(client, 'visitor@example.jp', { tsukubaRelations: ['visit'] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.fields).toEqual([
      expect.objectContaining({
        field: 'tsukubaRelations',
        ja: expect.stringContaining('在住'),
        en: expect.stringMatching(/live, work or study/),
      }),
    ]);
  });

  it('refuses weak passwords with PASSWORD_TOO_WEAK', async () => {
    const client = await browser('203.0.113.40');
    for (const password of ['short', '1234567890', 'weakling-tanaka-2026']) {
      const response = await signUp(client, 'tanaka@example.jp', { password });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('PASSWORD_TOO_WEAK');
    }
  });

  it('refuses unsafe requests without the CSRF header, or with one that does not match', async () => {
    const client = await browser('203.0.113.50');
    const body = { email: 'someone@example.jp', password: PASSWORD };
    const missing = await client.post('/api/auth/log-in', body, { csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('CSRF_TOKEN_INVALID');
    expect(missing.body.messages.en).toMatch(/reload/);

    const forged = await client
      .send('post', '/api/auth/log-in', body, { csrf: false })
      .then(() => new BrowserClient(testApp.http).post('/api/auth/log-in', body));
    expect(forged.status).toBe(403);
  });

  it('binds the CSRF token to the session: a token from another browser is refused', async () => {
    const client = await browser('203.0.113.60');
    await signUp(client, 'bound@example.jp');
    const verification = await mail.waitFor('bound@example.jp');
    await client.post('/api/auth/verify-email', { token: tokenFrom(verification.links[0]) });
    // Same-site script cannot set cookies here, but a stolen anonymous token must not work either.
    const other = await browser('203.0.113.61');
    client.cookies.set('XSRF-TOKEN', other.cookies.get('XSRF-TOKEN')!);
    const refused = await client.patch('/api/me', { phone: '029-000-0000' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('CSRF_TOKEN_INVALID');
    // Fetching the session state gives the browser a working token again.
    await client.get('/api/auth/session');
    expect((await client.patch('/api/me', { phone: '029-000-0000' })).status).toBe(200);
  });

  it('requires a session for @SignedIn endpoints (401)', async () => {
    const client = await browser('203.0.113.70');
    expect((await client.get('/api/me')).body.code).toBe('AUTHENTICATION_REQUIRED');
    expect((await client.post('/api/auth/log-out')).status).toBe(401);
    expect((await client.get('/api/me/sessions')).status).toBe(401);
  });

  it('keeps mails flowing in the background and never logs addresses', async () => {
    await testApp.app.get(MailService).idle();
    const logged = JSON.stringify(testApp.logs);
    expect(logged).not.toContain('@example.jp');
  });
});
