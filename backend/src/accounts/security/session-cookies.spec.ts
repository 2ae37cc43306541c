import {
  SESSION_LIFETIME_MS,
  csrfCookieOptions,
  parseCookies,
  secureCookies,
  sessionCookieOptions,
} from './session-cookies';

describe('session cookies', () => {
  it('keep the session out of reach of scripts and cross-site posts, for 30 days', () => {
    expect(sessionCookieOptions(false)).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: false,
      maxAge: 30 * 24 * 60 * 60 * 1000,
    });
    expect(SESSION_LIFETIME_MS).toBe(2_592_000_000);
  });

  it('let the app read the CSRF token (it must echo it in a header)', () => {
    expect(csrfCookieOptions(true)).toMatchObject({
      httpOnly: false,
      sameSite: 'lax',
      secure: true,
    });
  });

  it('are Secure over HTTPS or when COOKIE_SECURE is set', () => {
    expect(secureCookies({ secure: true }, false)).toBe(true);
    expect(secureCookies({ secure: false }, true)).toBe(true);
    expect(secureCookies({ secure: false }, false)).toBe(false);
  });

  it('parse the Cookie header: first value wins, encodings and quotes undone, junk ignored', () => {
    const cookies = parseCookies(
      'tsumugu_session=abc; XSRF-TOKEN="q%2Bv"; tsumugu_session=second; junk; =x; bad=%E0%A4%A',
    );
    expect(cookies.get('tsumugu_session')).toBe('abc');
    expect(cookies.get('XSRF-TOKEN')).toBe('q+v');
    expect(cookies.get('bad')).toBe('%E0%A4%A');
    expect(cookies.has('junk')).toBe(false);
    expect(parseCookies(undefined).size).toBe(0);
  });
});
