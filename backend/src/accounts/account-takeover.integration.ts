import { EmailTokensRepository } from './email-tokens.repository';
import { hashToken, newToken } from './security/tokens';
import { BrowserClient } from '../testing/browser-client';
import { MailCatcher, tokenFrom } from '../testing/mail-catcher';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';

const ATTACKER_PASSWORD = 'nusumareta-kagi-2026';
const OWNER_PASSWORD = 'hontou-no-mochinushi-7';

/**
 * Issue 10, finding 1: taking over an account, up to city administrator, by signing up first
 * with the address a victim will be given a role under. Walked step by step through the HTTP
 * API as the attacker, the city and the real owner would; every step that used to work fails.
 */
describe('accounts: an address signed up by someone else cannot be taken over', () => {
  let t: TestApp;
  const mail = new MailCatcher();
  let cityAdmin: TestPerson;
  let ipCounter = 0;

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    t = await createTestApp();
    cityAdmin = await createTestPerson(t.database.dataSource, { roles: [{ role: 'city_admin' }] });
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
    delete process.env['SMTP_URL'];
  });

  const browser = () => new BrowserClient(t.http, { ip: `203.0.113.${++ipCounter}` }).open();
  const userIdOf = async (email: string): Promise<string> => {
    const [row] = await t.database.dataSource.query(`SELECT id FROM users WHERE email = $1`, [
      email,
    ]);
    return row.id;
  };
  /**
   * An email-change link as one mailed before this release, when an unverified account could
   * still ask for one (the API now refuses): the rest of the chain must fail even with it.
   */
  const plantEmailChangeLink = async (userId: string, newEmail: string): Promise<string> => {
    const token = newToken();
    await t.app
      .get(EmailTokensRepository)
      .create(userId, 'change_email', hashToken(token), newEmail);
    return token;
  };

  async function attackerSignsUpAs(victimAddress: string): Promise<BrowserClient> {
    const attacker = await browser();
    const signedUp = await attacker.post('/api/auth/sign-up', {
      email: victimAddress,
      password: ATTACKER_PASSWORD,
      familyName: '悪意',
      givenName: '太郎',
      preferredLanguage: 'ja',
    });
    expect(signedUp.status).toBe(202);
    // Never verifying, the attacker can still log in to the account's own pages.
    const loggedIn = await attacker.post('/api/auth/log-in', {
      email: victimAddress,
      password: ATTACKER_PASSWORD,
    });
    expect(loggedIn.status).toBe(200);
    expect(loggedIn.body).toMatchObject({ emailVerified: false, roles: [] });
    return attacker;
  }

  it('fails at every step: sign-up as V, email change, role for V, owner resets, link confirmed', async () => {
    const victim = 'kaori.tanaka@example.jp';

    // 1. The attacker signs up with the victim's future address V and never verifies it.
    const attacker = await attackerSignsUpAs(victim);
    const accountId = await userIdOf(victim);

    // 2. The attacker asks to move the account to an address of their own: refused.
    const change = await attacker.post('/api/me/email', {
      newEmail: 'attacker@example.net',
      currentPassword: ATTACKER_PASSWORD,
    });
    expect(change.status).toBe(403);
    expect(change.body.code).toBe('EMAIL_NOT_VERIFIED');
    expect(mail.mailsTo('attacker@example.net')).toEqual([]);
    const legacyLink = await plantEmailChangeLink(accountId, 'attacker@example.net');

    // 3. The city makes V a city administrator: V is not proven, so it is an invitation.
    const grant = await callAs(
      t.http,
      t.database.dataSource,
      cityAdmin,
      'post',
      '/api/admin/role-assignments',
      {
        email: victim,
        role: 'city_admin',
      },
    );
    expect(grant.status).toBe(201);
    expect(grant.body).toMatchObject({ status: 'invited', roleAssignmentId: null });
    expect(
      await t.database.dataSource.query(`SELECT 1 FROM role_assignments WHERE user_id = $1`, [
        accountId,
      ]),
    ).toEqual([]);
    const invitationMail = await mail.waitFor(victim, 'Invitation');
    const invitationToken = tokenFrom(
      invitationMail.links.find((link) => link.includes('/invitations/accept'))!,
    );
    // Even holding the forwarded mail, the unverified account cannot take the role.
    const early = await attacker.post('/api/invitations/accept', { token: invitationToken });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('EMAIL_NOT_VERIFIED');

    // 4. The real owner cannot sign up ("already registered"), so resets the password.
    const owner = await browser();
    const since = mail.count;
    await owner.post('/api/auth/password-reset', { email: victim });
    const resetMail = await mail.waitFor(victim, 'パスワードの再設定', { since });
    const reset = await owner.post('/api/auth/password-reset/confirm', {
      token: tokenFrom(resetMail.links[0]),
      newPassword: OWNER_PASSWORD,
    });
    expect(reset.status).toBe(204);
    // The attacker's session ended with the reset.
    expect((await attacker.get('/api/me')).status).toBe(401);

    // 5. The owner logs in, verified by the reset link, and accepts the invitation.
    const ownerLogIn = await owner.post('/api/auth/log-in', {
      email: victim,
      password: OWNER_PASSWORD,
    });
    expect(ownerLogIn.body).toMatchObject({ emailVerified: true });
    const accepted = await owner.post('/api/invitations/accept', { token: invitationToken });
    expect(accepted.status).toBe(200);
    expect(accepted.body.roles).toContain('city_admin');

    // 6. The attacker opens the waiting email-change link: it died with the reset.
    const confirm = await (
      await browser()
    ).post('/api/auth/confirm-email-change', { token: legacyLink });
    expect(confirm.status).toBe(400);
    expect(confirm.body.code).toBe('TOKEN_INVALID_OR_EXPIRED');
    const relogIn = await attacker.post('/api/auth/log-in', {
      email: victim,
      password: ATTACKER_PASSWORD,
    });
    expect(relogIn.status).toBe(401);

    // The account is the owner's, with its role, under the owner's address.
    const me = await owner.get('/api/me');
    expect(me.body).toMatchObject({ email: victim, emailVerified: true });
    expect(me.body.roles).toContain('city_admin');
  });

  it('ends the sign-up session and every waiting link when the owner verifies the address', async () => {
    const victim = 'jiro.sato@example.jp';
    const attacker = await attackerSignsUpAs(victim);
    const legacyLink = await plantEmailChangeLink(await userIdOf(victim), 'thief@example.net');

    // The owner asks for the confirmation mail again and opens it.
    const owner = await browser();
    const since = mail.count;
    await owner.post('/api/auth/resend-verification', { email: victim });
    const verification = await mail.waitFor(victim, '', { since });
    const verified = await owner.post('/api/auth/verify-email', {
      token: tokenFrom(verification.links[0]),
    });
    expect(verified.status).toBe(200);

    expect((await attacker.get('/api/me')).status).toBe(401);
    const confirm = await owner.post('/api/auth/confirm-email-change', { token: legacyLink });
    expect(confirm.body.code).toBe('TOKEN_INVALID_OR_EXPIRED');
    // The first mail's verification link (the attacker's sign-up mail) is spent too.
    const firstMail = mail.mailsTo(victim)[0];
    const again = await attacker.post('/api/auth/verify-email', {
      token: tokenFrom(firstMail.links[0]),
    });
    expect(again.body.code).toBe('TOKEN_INVALID_OR_EXPIRED');
    expect((await owner.get('/api/me')).body.email).toBe(victim);
  });

  it('refuses a link asked for while unverified even if nothing else ended it', async () => {
    const address = 'never-verified@example.jp';
    await attackerSignsUpAs(address);
    const link = await plantEmailChangeLink(await userIdOf(address), 'elsewhere@example.net');
    const confirm = await (await browser()).post('/api/auth/confirm-email-change', { token: link });
    expect(confirm.body.code).toBe('TOKEN_INVALID_OR_EXPIRED');
    expect(
      await t.database.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [
        'elsewhere@example.net',
      ]),
    ).toEqual([]);
  });
  describe('which tokens each event ends', () => {
    /** A verified, signed-in person with a calendar feed, through the real sign-up. */
    async function personWithFeed(email: string) {
      const client = await browser();
      const since = mail.count;
      await client.post('/api/auth/sign-up', {
        email,
        password: OWNER_PASSWORD,
        familyName: '山田',
        givenName: '花',
        preferredLanguage: 'en',
      });
      const verification = await mail.waitFor(email, 'confirm your email', { since });
      await client.post('/api/auth/verify-email', { token: tokenFrom(verification.links[0]) });
      const feed = await client.post('/api/me/calendar-feed');
      expect(feed.status).toBe(201);
      const feedPath = new URL(feed.body.url).pathname;
      expect((await client.get(feedPath)).status).toBe(200);
      return { client, feedPath };
    }

    it('a password change ends the other sessions, every mailed link and the calendar feed', async () => {
      const email = 'changes-password@example.jp';
      const { client, feedPath } = await personWithFeed(email);
      const other = await browser();
      await other.post('/api/auth/log-in', { email, password: OWNER_PASSWORD });
      const since = mail.count;
      await other.post('/api/auth/password-reset', { email });
      const resetLink = (await mail.waitFor(email, 'Reset your password', { since })).links[0];
      await client.post('/api/me/email', {
        newEmail: 'changes-password-new@example.jp',
        currentPassword: OWNER_PASSWORD,
      });
      const changeLink = (await mail.waitFor('changes-password-new@example.jp', 'new email'))
        .links[0];

      const changed = await client.post('/api/me/password', {
        currentPassword: OWNER_PASSWORD,
        newPassword: 'mata-atarashii-kagi-8',
      });
      expect(changed.status).toBe(204);

      expect((await client.get('/api/me')).status).toBe(200);
      expect((await other.get('/api/me')).status).toBe(401);
      expect((await client.get(feedPath)).status).toBe(404);
      const stranger = await browser();
      const reset = await stranger.post('/api/auth/password-reset/confirm', {
        token: tokenFrom(resetLink),
        newPassword: 'nusumi-no-kagi-9999',
      });
      expect(reset.body.code).toBe('TOKEN_INVALID_OR_EXPIRED');
      const confirm = await stranger.post('/api/auth/confirm-email-change', {
        token: tokenFrom(changeLink),
      });
      expect(confirm.body.code).toBe('TOKEN_INVALID_OR_EXPIRED');
      expect((await client.get('/api/me')).body.email).toBe(email);
    });

    it('a password reset ends every session and the calendar feed', async () => {
      const email = 'resets-password@example.jp';
      const { client, feedPath } = await personWithFeed(email);
      const since = mail.count;
      await client.post('/api/auth/password-reset', { email });
      const resetLink = (await mail.waitFor(email, 'Reset your password', { since })).links[0];
      const reset = await (
        await browser()
      ).post('/api/auth/password-reset/confirm', {
        token: tokenFrom(resetLink),
        newPassword: 'atarashii-kagi-2027',
      });
      expect(reset.status).toBe(204);
      expect((await client.get('/api/me')).status).toBe(401);
      expect((await client.get(feedPath)).status).toBe(404);
    });

    it('a confirmed email change ends the links mailed to the old address', async () => {
      const email = 'moves-house@example.jp';
      const { client } = await personWithFeed(email);
      const since = mail.count;
      await client.post('/api/auth/password-reset', { email });
      const resetLink = (await mail.waitFor(email, 'Reset your password', { since })).links[0];
      await client.post('/api/me/email', {
        newEmail: 'moved-house@example.jp',
        currentPassword: OWNER_PASSWORD,
      });
      const changeLink = (await mail.waitFor('moved-house@example.jp', 'new email')).links[0];
      const stranger = await browser();
      expect(
        (await stranger.post('/api/auth/confirm-email-change', { token: tokenFrom(changeLink) }))
          .status,
      ).toBe(200);
      const reset = await stranger.post('/api/auth/password-reset/confirm', {
        token: tokenFrom(resetLink),
        newPassword: 'furui-juusho-no-kagi-1',
      });
      expect(reset.body.code).toBe('TOKEN_INVALID_OR_EXPIRED');
    });
  });
});
