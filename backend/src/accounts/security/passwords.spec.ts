import { hashPassword, passwordWeakness, verifyAgainstDummy, verifyPassword } from './passwords';

describe('passwordWeakness', () => {
  const email = 'hanako.sato@example.jp';

  it.each([
    ['short', 'too_short'],
    ['九文字のパスワードだ', null],
    ['八文字のパスワード', 'too_short'],
    ['1234567890', 'common'],
    ['Password123', 'common'],
    ['QWERTYUIOP', 'common'],
    ['aaaaaaaaaaaa', 'common'],
    ['abababababab', 'common'],
    ['my-hanako.sato-pass', 'contains_email'],
    ['HANAKO.SATO@EXAMPLE.JP!', 'contains_email'],
    ['x'.repeat(201), 'too_long'],
    ['kinmokusei-no-kaori', null],
    ['correct horse battery', null],
  ])('%s → %s', (password, expected) => {
    expect(passwordWeakness(password, email)).toBe(expected);
  });

  it('does not treat a very short local part as the email', () => {
    expect(passwordWeakness('jo-walks-by-the-river', 'jo@example.jp')).toBeNull();
  });
});

describe('password hashing', () => {
  it('hashes with argon2id (salted: the same password hashes differently) and verifies', async () => {
    const first = await hashPassword('kinmokusei-no-kaori');
    const second = await hashPassword('kinmokusei-no-kaori');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(second).not.toBe(first);
    expect(await verifyPassword(first, 'kinmokusei-no-kaori')).toBe(true);
    expect(await verifyPassword(first, 'kinmokusei-no-kaorI')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });

  it('spends about as long on an unknown email as on a real check', async () => {
    const hash = await hashPassword('kinmokusei-no-kaori');
    await verifyAgainstDummy('warm-up');
    const time = async (run: () => Promise<unknown>) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < 5; i++) await run();
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const real = await time(() => verifyPassword(hash, 'wrong-password'));
    const dummy = await time(() => verifyAgainstDummy('wrong-password'));
    expect(await verifyAgainstDummy('anything')).toBe(false);
    // Same algorithm and cost: within a factor of two even on a noisy machine.
    expect(dummy / real).toBeGreaterThan(0.5);
    expect(dummy / real).toBeLessThan(2);
  });
});
