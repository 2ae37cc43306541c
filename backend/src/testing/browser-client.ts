import request from 'supertest';
import type { App } from 'supertest/types';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/**
 * A browser in miniature for API tests: keeps cookies between requests (as a browser does,
 * honouring Max-Age=0 removals) and, like Angular's HttpClient, echoes the XSRF-TOKEN cookie
 * as the X-XSRF-TOKEN header on unsafe methods.
 */
export class BrowserClient {
  readonly cookies = new Map<string, string>();
  /** The Set-Cookie headers of the last response, raw. */
  lastSetCookies: string[] = [];

  constructor(
    private readonly http: App,
    private readonly options: { ip?: string; userAgent?: string } = {},
  ) {}

  /** Fetches the session state, which hands out the XSRF-TOKEN cookie. */
  async open(): Promise<this> {
    await this.send('get', '/api/auth/session');
    return this;
  }

  send(method: Method, path: string, body?: object, opts: { csrf?: boolean } = {}) {
    let call = request(this.http)[method](path);
    const cookieHeader = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookieHeader) call = call.set('Cookie', cookieHeader);
    if (this.options.ip) call = call.set('X-Forwarded-For', this.options.ip);
    call = call.set('User-Agent', this.options.userAgent ?? 'jest-browser');
    const csrf = this.cookies.get('XSRF-TOKEN');
    if (method !== 'get' && csrf && opts.csrf !== false) call = call.set('X-XSRF-TOKEN', csrf);
    if (body !== undefined) call = call.send(body);
    return call.then((response) => {
      const setCookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
      this.lastSetCookies = setCookies;
      for (const header of setCookies) {
        const [pair, ...attributes] = header.split(';');
        const index = pair.indexOf('=');
        const name = pair.slice(0, index).trim();
        const value = decodeURIComponent(pair.slice(index + 1).trim());
        const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
        if (expired || value === '') this.cookies.delete(name);
        else this.cookies.set(name, value);
      }
      return response;
    });
  }

  get(path: string) {
    return this.send('get', path);
  }
  post(path: string, body?: object, opts?: { csrf?: boolean }) {
    return this.send('post', path, body ?? {}, opts);
  }
  patch(path: string, body?: object) {
    return this.send('patch', path, body ?? {});
  }
  delete(path: string, body?: object) {
    return this.send('delete', path, body);
  }
}
