import type { CookieOptions, Request } from 'express';

export const SESSION_COOKIE = 'tsumugu_session';
/** Read by Angular's HttpClient and sent back as the X-XSRF-TOKEN header (double submit). */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** last_seen_at / expires_at move forward at most this often (one write per hour, not per request). */
export const SESSION_REFRESH_INTERVAL_MS = 60 * 60 * 1000;

/** Secure when the request came over HTTPS (req.secure honours `trust proxy`) or when told to. */
export function secureCookies(request: Pick<Request, 'secure'>, forceSecure: boolean): boolean {
  return forceSecure || request.secure;
}

/**
 * The session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site
 * POSTs), whole site, and a Max-Age so that it survives a browser restart.
 */
export function sessionCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: SESSION_LIFETIME_MS };
}

/** The CSRF cookie: readable by the app's own script, which echoes it in a header. */
export function csrfCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: false, sameSite: 'lax', path: '/', secure, maxAge: SESSION_LIFETIME_MS };
}

/** Cookie header → name/value map (first value wins; malformed encodings are kept as sent). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    let value = part.slice(index + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep the raw value; it will simply not match any token
    }
    if (name && !cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}
