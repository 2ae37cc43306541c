import { japanYear } from '../common/time/japan-time';
import { BrowserClient } from '../testing/browser-client';
import { MailCatcher, tokenFrom } from '../testing/mail-catcher';
import { createTestApp, type TestApp } from '../testing/test-app';

const PASSWORD = 'hanamizuki-no-michi-2026';
const NEW_PASSWORD = 'tsukubasan-no-yuuhi-7';

describe('accounts: recovery, settings, sessions, privacy', () => {
  let testApp: TestApp;
  const mail = new MailCatcher();
  let ipCounter = 0;

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp.close();
    await mail.stop();
  });

  const browser = () => new BrowserClient(testApp.http, { ip: `198.51.100.${++ipCounter}` }).open();

  /** A verified, signed-in person, through the real sign-up and mailed link. */
  async function person(email: string): Promise<BrowserClient> {
    const client = await browser();
    const since = mail.count;
    await client.post('/api/auth/sign-up', {
      email,
      password: PASSWORD,
      familyName: '鈴木',
      givenName: '一郎',
      preferredLanguage: 'en',
    });
    const verification = await mail.waitFor(email, 'confirm your email', { since });
    const verified = await client.post('/api/auth/verify-email', {
      token: tokenFrom(verification.links[0]),
    });
    expect(verified.status).toBe(200);
    return client;
  }

  async function logIn(email: string, password = PASSWORD) {
    const client = await browser();
    const response = await client.post('/api/auth/log-in', { email, password });
    return { client, response };
  }

  it('keeps the session across a browser restart, lists sessions, revokes one, then all', async () => {
    const first = await person('sessions@example.jp');
    const { client: second } = await logIn('sessions@example.jp');

    // A restarted browser keeps only persistent cookies: both ours have a Max-Age.
    const restarted = new BrowserClient(testApp.http);
    for (const [name, value] of first.cookies) restarted.cookies.set(name, value);
    expect((await restarted.get('/api/me')).status).toBe(200);

    const sessions = await first.get('/api/me/sessions');
    expect(sessions.body).toHaveLength(2);
    expect(sessions.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(sessions.body[0].userAgent).toBe('jest-browser');

    const secondId = sessions.body.find((s: { current: boolean }) => !s.current).id;
    expect((await first.delete(`/api/me/sessions/${secondId}`)).status).toBe(204);
    expect((await second.get('/api/me')).status).toBe(401);
    expect((await first.delete(`/api/me/sessions/${secondId}`)).status).toBe(404);

    const { client: third } = await logIn('sessions@example.jp');
    expect((await first.post('/api/auth/log-out-everywhere')).status).toBe(204);
    expect((await first.get('/api/me')).status).toBe(401);
    expect((await third.get('/api/me')).status).toBe(401);
  });

  it('slides the session expiry forward at most once an hour, re-sending both cookies', async () => {
    const client = await person('sliding@example.jp');
    await client.get('/api/me');
    expect(client.lastSetCookies).toEqual([]);

    await testApp.database.dataSource.query(
      `UPDATE user_sessions SET last_seen_at = now() - interval '2 hours',
              expires_at = now() + interval '1 day'
         FROM users u WHERE u.id = user_id AND u.email = 'sliding@example.jp'`,
    );
    await client.get('/api/me');
    const names = client.lastSetCookies.map((cookie) => cookie.split('=')[0]).sort();
    expect(names).toEqual(['XSRF-TOKEN', 'tsumugu_session']);
    expect(client.lastSetCookies.join()).toMatch(/Max-Age=2592000/);
    const [row] = await testApp.database.dataSource.query(
      `SELECT expires_at > now() + interval '29 days' AS extended FROM user_sessions s
         JOIN users u ON u.id = s.user_id WHERE u.email = 'sliding@example.jp'`,
    );
    expect(row.extended).toBe(true);
    // Expired sessions are anonymous.
    await testApp.database.dataSource.query(
      `UPDATE user_sessions SET expires_at = now() - interval '1 second', created_at = now() - interval '31 days'
         FROM users u WHERE u.id = user_id AND u.email = 'sliding@example.jp'`,
    );
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('resets a forgotten password by mail and ends every session', async () => {
    const signedIn = await person('forgot@example.jp');
    const stranger = await browser();
    const answer = await stranger.post('/api/auth/password-reset', { email: 'forgot@example.jp' });
    const unknown = await stranger.post('/api/auth/password-reset', { email: 'nobody@example.jp' });
    expect(answer.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(answer.body);

    const resetMail = await mail.waitFor('forgot@example.jp', 'Reset your password');
    const token = tokenFrom(resetMail.links[0]);
    expect(resetMail.links[0]).toContain('/password-reset/confirm?token=');

    const weak = await stranger.post('/api/auth/password-reset/confirm', {
      token,
      newPassword: 'forgot-me-not',
    });
    expect(weak.body.code).toBe('PASSWORD_TOO_WEAK');
    const done = await stranger.post('/api/auth/password-reset/confirm', {
      token,
      newPassword: NEW_PASSWORD,
    });
    expect(done.status).toBe(204);
    expect((await signedIn.get('/api/me')).status).toBe(401);
    expect((await logIn('forgot@example.jp')).response.status).toBe(401);
    expect((await logIn('forgot@example.jp', NEW_PASSWORD)).response.status).toBe(200);
    const reused = await stranger.post('/api/auth/password-reset/confirm', {
      token,
      newPassword: 'another-fine-passphrase',
    });
    expect(reused.body.code).toBe('TOKEN_INVALID_OR_EXPIRED');
  });

  it('changes the password after re-authentication, ending the other sessions only', async () => {
    const client = await person('change@example.jp');
    const { client: other } = await logIn('change@example.jp');
    const wrong = await client.post('/api/me/password', {
      currentPassword: 'not-my-password',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('WRONG_PASSWORD');
    const changed = await client.post('/api/me/password', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await other.get('/api/me')).status).toBe(401);
  });

  it('changes the email through a link sent to the new address', async () => {
    const client = await person('old-address@example.jp');
    await person('taken@example.jp');
    // A registered address is answered like any other; its owner is told, the requester not.
    const since = mail.count;
    const taken = await client.post('/api/me/email', {
      newEmail: 'Taken@example.jp',
      currentPassword: PASSWORD,
    });
    expect(taken.status).toBe(202);
    const notice = await mail.waitFor('taken@example.jp', 'Someone asked', { since });
    expect(notice.links.some((link) => link.includes('confirm-email'))).toBe(false);
    expect(mail.mailsTo('old-address@example.jp').slice(-1)[0]?.subject).not.toContain(
      'Someone asked',
    );
    const wrong = await client.post('/api/me/email', {
      newEmail: 'new-address@example.jp',
      currentPassword: 'nope-nope-nope',
    });
    expect(wrong.body.code).toBe('WRONG_PASSWORD');

    const requested = await client.post('/api/me/email', {
      newEmail: 'new-address@example.jp',
      currentPassword: PASSWORD,
    });
    expect(requested.status).toBe(202);
    const confirmation = await mail.waitFor('new-address@example.jp', 'new email');
    expect(confirmation.links[0]).toContain('/account/confirm-email?token=');
    expect((await client.get('/api/me')).body.email).toBe('old-address@example.jp');

    const confirmed = await (
      await browser()
    ).post('/api/auth/confirm-email-change', {
      token: tokenFrom(confirmation.links[0]),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ email: 'new-address@example.jp' });
    expect((await client.get('/api/me')).body.email).toBe('new-address@example.jp');
    await mail.waitFor('old-address@example.jp', 'was changed');
    expect((await logIn('new-address@example.jp')).response.status).toBe(200);
    expect((await logIn('old-address@example.jp')).response.status).toBe(401);
  });

  it('updates the profile, refusing invalid values field by field', async () => {
    const client = await person('profile@example.jp');
    const updated = await client.patch('/api/me', {
      familyNameKana: 'スズキ',
      birthYear: 1958,
      phone: '029-883-1111',
      tsukubaRelations: ['live', 'work'],
      preferredLanguage: 'ja',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      familyName: '鈴木',
      familyNameKana: 'スズキ',
      birthYear: 1958,
      tsukubaRelations: ['live', 'work'],
      preferredLanguage: 'ja',
    });
    const invalid = await client.patch('/api/me', {
      familyNameKana: 'suzuki',
      tsukubaRelations: ['visit'],
      email: 'x@example.jp',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'email',
      'familyNameKana',
      'tsukubaRelations',
    ]);
  });

  it('refuses birth years more than 120 years back, for the person and their family', async () => {
    const client = await person('born-1900@example.jp');
    const thisYear = japanYear(testApp.clock.now());
    const profile = await client.patch('/api/me', { birthYear: 1900 });
    expect([profile.status, profile.body.fields[0].field]).toEqual([400, 'birthYear']);
    expect(profile.body.fields[0].en).toContain('120 years');
    const child = await client.post('/api/me/family-members', {
      name: '鈴木 古太郎',
      birthYear: 1900,
      relationship: 'parent',
    });
    expect([child.status, child.body.fields[0].field]).toEqual([400, 'birthYear']);
    expect((await client.get('/api/me/family-members')).body).toEqual([]);
    // 120 years back is still a plausible year.
    const oldest = await client.patch('/api/me', { birthYear: thisYear - 120 });
    expect([oldest.status, oldest.body.birthYear]).toEqual([200, thisYear - 120]);
  });

  it('keeps family members private: another person’s id is 404, an unverified account 403', async () => {
    const parent = await person('parent@example.jp');
    const created = await parent.post('/api/me/family-members', {
      name: '鈴木 陽太',
      nameKana: 'スズキ ヒナタ',
      birthYear: 2019,
      relationship: 'child',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    // Exactly the API's fields: neither the owner nor the timestamps of the row.
    expect(created.body).toEqual({
      id: expect.any(String),
      name: '鈴木 陽太',
      nameKana: 'スズキ ヒナタ',
      birthYear: 2019,
      relationship: 'child',
    });
    const renamed = await parent.patch(`/api/me/family-members/${id}`, { birthYear: 2020 });
    expect(renamed.body).toEqual({ ...created.body, birthYear: 2020 });

    const neighbour = await person('neighbour@example.jp');
    for (const response of [
      await neighbour.patch(`/api/me/family-members/${id}`, { name: '乗っ取り' }),
      await neighbour.delete(`/api/me/family-members/${id}`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('FAMILY_MEMBER_NOT_FOUND');
    }
    expect((await neighbour.get('/api/me/family-members')).body).toEqual([]);
    expect((await parent.get('/api/me/family-members')).body).toHaveLength(1);

    const unverified = await browser();
    await unverified.post('/api/auth/sign-up', {
      email: 'unverified@example.jp',
      password: PASSWORD,
      familyName: '未確認',
      givenName: '太郎',
      preferredLanguage: 'ja',
    });
    await unverified.post('/api/auth/log-in', {
      email: 'unverified@example.jp',
      password: PASSWORD,
    });
    expect((await unverified.get('/api/me')).status).toBe(200);
    expect((await unverified.get('/api/me/family-members')).status).toBe(403);
  });

  it('exports everything about the person as a JSON attachment, and records the export', async () => {
    const client = await person('export@example.jp');
    await client.post('/api/me/family-members', {
      name: '鈴木 結衣',
      birthYear: 2022,
      relationship: 'child',
    });
    const exported = await client.get('/api/me/export');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.body).toMatchObject({
      profile: { email: 'export@example.jp', familyName: '鈴木' },
      familyMembers: [{ name: '鈴木 結衣', birthYear: 2022, relationship: 'child' }],
      roles: [],
    });
    expect(exported.body.sessions.length).toBeGreaterThanOrEqual(1);
    const again = await client.get('/api/me/export');
    // Each export is recorded before it is read, so the second one lists both.
    expect(again.body.accessLog).toEqual([
      expect.objectContaining({ action: 'account.exported', actor: 'you' }),
      expect.objectContaining({ action: 'account.exported', actor: 'you' }),
    ]);
    expect(JSON.stringify(exported.body)).not.toMatch(/hash|\$argon2/i);
  });

  it('deletes the account by anonymising it, and frees the email for a new sign-up', async () => {
    const client = await person('leaving@example.jp');
    await client.patch('/api/me', { birthYear: 1950, tsukubaRelations: ['live'] });
    await client.post('/api/me/family-members', {
      name: '孫',
      birthYear: 2018,
      relationship: 'other',
    });
    const { id } = (await client.get('/api/me')).body;
    expect((await client.delete('/api/me', { currentPassword: 'wrong-password!' })).status).toBe(
      400,
    );
    expect((await client.delete('/api/me', { currentPassword: PASSWORD })).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);

    const [row] = await testApp.database.dataSource.query(
      `SELECT email, password_hash, family_name, given_name, phone, birth_year, tsukuba_relations,
              deleted_at IS NOT NULL AS deleted,
              (SELECT count(*)::int FROM family_members WHERE user_id = u.id) AS family,
              (SELECT count(*)::int FROM user_sessions WHERE user_id = u.id) AS sessions
         FROM users u WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({
      email: null,
      password_hash: null,
      family_name: '',
      given_name: '',
      phone: '',
      birth_year: 1950,
      tsukuba_relations: ['live'],
      deleted: true,
      family: 0,
      sessions: 0,
    });
    const [audit] = await testApp.database.dataSource.query(
      `SELECT action, details FROM audit_log WHERE subject_user_id = $1 AND action = 'account.deleted'`,
      [id],
    );
    expect(audit).toEqual({ action: 'account.deleted', details: { bookingsCancelled: 0 } });

    expect((await logIn('leaving@example.jp')).response.status).toBe(401);
    const again = await person('leaving@example.jp');
    expect((await again.get('/api/me')).body.id).not.toBe(id);
  });

  it('limits re-checks of the current password per account, the right one included', async () => {
    const client = await person('guessed@example.jp');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const guess = await client.post('/api/me/password', {
        currentPassword: `guess-number-${attempt}`,
        newPassword: NEW_PASSWORD,
      });
      statuses.push(guess.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses[10]).toBe(429);
    const right = await client.post('/api/me/password', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect([right.status, right.body.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    // The email change re-checks the same password under the same limit.
    const email = await client.post('/api/me/email', {
      newEmail: 'elsewhere@example.jp',
      currentPassword: PASSWORD,
    });
    expect(email.status).toBe(429);
  });

  it('limits email-change mails per account and per address mailed', async () => {
    const sender = await person('mailer@example.jp');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await sender.post('/api/me/email', {
        newEmail: `stranger-${attempt}@example.jp`,
        currentPassword: PASSWORD,
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect(mail.mailsTo('stranger-5@example.jp')).toEqual([]);

    // Three accounts mailing one address: the fourth mail is refused, whoever sends it.
    const target = 'victim@example.jp';
    const answers: number[] = [];
    for (const name of ['one', 'two', 'three', 'four']) {
      const client = await person(`sender-${name}@example.jp`);
      answers.push(
        (await client.post('/api/me/email', { newEmail: target, currentPassword: PASSWORD }))
          .status,
      );
    }
    expect(answers).toEqual([202, 202, 202, 429]);
    expect(mail.mailsTo(target)).toHaveLength(3);
    // The confirmation carries no name the sender typed.
    expect(mail.mailsTo(target)[0]!.text).not.toContain('一郎');
  });

  it('limits log-in attempts per account, registered or not, with Retry-After', async () => {
    await person('limited@example.jp');
    for (const email of ['limited@example.jp', 'ghost@example.jp']) {
      const statuses: number[] = [];
      let last = null as null | Awaited<ReturnType<BrowserClient['post']>>;
      for (let attempt = 0; attempt < 11; attempt++) {
        // A new address each time: the per-account limit, not the per-IP one, must trigger.
        const client = await browser();
        last = await client.post('/api/auth/log-in', { email, password: 'guess-number-x' });
        statuses.push(last.status);
      }
      expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
      expect(last!.body.code).toBe('RATE_LIMITED');
      expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(last!.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    }
    // The right password does not get through either while the window lasts.
    expect((await logIn('limited@example.jp')).response.status).toBe(429);
  });

  it('counts failed log-ins only: the right password forgets them and takes back its own hit', async () => {
    await person('forgetful@example.jp');
    const attempt = async (password: string) => {
      const client = new BrowserClient(testApp.http, { ip: '192.0.2.77' });
      await client.open();
      return (await client.post('/api/auth/log-in', { email: 'forgetful@example.jp', password }))
        .status;
    };
    // Nine typos, the right password, then the account has its ten failures again.
    for (let typo = 0; typo < 9; typo++) expect(await attempt(`typo-${typo}`)).toBe(401);
    expect(await attempt(PASSWORD)).toBe(200);
    const afterwards: number[] = [];
    for (let typo = 0; typo < 11; typo++) afterwards.push(await attempt(`again-${typo}`));
    expect(afterwards.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(afterwards[10]).toBe(429);

    // An office behind one address: more right log-ins than the address's limit of 50, and the
    // address still has room for a mistyped password.
    await person('office@example.jp');
    const office = async (password: string) => {
      const client = new BrowserClient(testApp.http, { ip: '192.0.2.78' });
      await client.open();
      return (await client.post('/api/auth/log-in', { email: 'office@example.jp', password }))
        .status;
    };
    const rightOnes: number[] = [];
    for (let attempt = 0; attempt < 52; attempt++) rightOnes.push(await office(PASSWORD));
    expect(rightOnes).toEqual(Array(52).fill(200));
    expect(await office('mistyped')).toBe(401);
    // 74 password checks (argon2id, 19 MiB each): give a busy machine time.
  }, 120_000);

  it('limits attempts per IP address across many accounts', async () => {
    const client = new BrowserClient(testApp.http, { ip: '192.0.2.99' });
    await client.open();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt++) {
      const response = await client.post('/api/auth/password-reset', {
        email: `someone-${attempt}@example.jp`,
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
