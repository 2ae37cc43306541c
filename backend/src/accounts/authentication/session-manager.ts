import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { PrincipalRequest } from '../../access/principal-request';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { hashToken, newToken } from '../security/tokens';
import {
  CSRF_COOKIE,
  SESSION_COOKIE,
  csrfCookieOptions,
  secureCookies,
  sessionCookieOptions,
} from '../security/session-cookies';
import { SessionsRepository } from './sessions.repository';

/** Starts and ends sessions, and hands out their cookies. */
@Injectable()
export class SessionManager {
  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private secure(request: Request): boolean {
    return secureCookies(request, this.config.cookieSecure);
  }

  /**
   * A new session for the person: a fresh session token and a fresh CSRF token (rotated at
   * every log-in, so a token planted before log-in is worthless after it).
   */
  async start(request: PrincipalRequest, response: Response, userId: string): Promise<void> {
    // Signing in over a live session (another person, or the same again) ends that one.
    const previous = request.principal;
    if (previous) await this.sessions.revoke(previous.userId, previous.sessionId);
    const token = newToken();
    const csrfToken = newToken();
    await this.sessions.create(
      userId,
      hashToken(token),
      hashToken(csrfToken),
      String(request.headers['user-agent'] ?? ''),
    );
    response.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.secure(request)));
    response.cookie(CSRF_COOKIE, csrfToken, csrfCookieOptions(this.secure(request)));
  }

  /** Forgets the session cookie and gives the now anonymous browser a new CSRF token. */
  end(request: Request, response: Response): void {
    const { maxAge: _maxAge, ...options } = sessionCookieOptions(this.secure(request));
    response.clearCookie(SESSION_COOKIE, options);
    this.issueAnonymousCsrfToken(request, response);
  }

  issueAnonymousCsrfToken(request: Request, response: Response): void {
    response.cookie(CSRF_COOKIE, newToken(), csrfCookieOptions(this.secure(request)));
  }

  /** A signed-in browser whose CSRF cookie went missing gets a new one bound to its session. */
  async rotateCsrfToken(request: Request, response: Response, sessionId: string): Promise<void> {
    const csrfToken = newToken();
    await this.sessions.setCsrfTokenHash(sessionId, hashToken(csrfToken));
    response.cookie(CSRF_COOKIE, csrfToken, csrfCookieOptions(this.secure(request)));
  }

  /** Re-sends both cookies with a fresh Max-Age after the session's expiry moved forward. */
  refreshCookies(request: Request, response: Response, token: string, csrfToken?: string): void {
    response.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.secure(request)));
    if (csrfToken) {
      response.cookie(CSRF_COOKIE, csrfToken, csrfCookieOptions(this.secure(request)));
    }
  }
}
