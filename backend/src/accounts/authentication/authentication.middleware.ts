import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { PrincipalRequest } from '../../access/principal-request';
import { DomainError } from '../../common/errors/domain-error';
import { ErrorCode } from '../../common/errors/error-registry';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  SESSION_COOKIE,
  SESSION_REFRESH_INTERVAL_MS,
  parseCookies,
} from '../security/session-cookies';
import { hashToken, sameSecret, tokenMatchesHash } from '../security/tokens';
import { principalFromRow } from './principal-from-row';
import { SessionManager } from './session-manager';
import { SessionsRepository } from './sessions.repository';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Signed-in requests whose XSRF-TOKEN cookie is the one bound to their session. */
export const csrfCookieBoundToSession = new WeakSet<object>();

/**
 * Runs before every API route (and before the AccessGuard):
 *
 * 1. Resolves the caller from the `tsumugu_session` cookie — session, person and role
 *    assignments in one query — into `request.principal`. An unknown, expired or revoked
 *    cookie simply means anonymous (the guard then answers 401 where a sign-in is needed).
 * 2. Slides the session's expiry forward, at most once an hour, and re-sends the cookies.
 * 3. For POST/PUT/PATCH/DELETE, checks the CSRF double submit: the X-XSRF-TOKEN header must
 *    equal the XSRF-TOKEN cookie (another site can make the browser send the cookie but can
 *    neither read it nor set the header), and for a session it must also be the token bound to
 *    that session. Otherwise 403 CSRF_TOKEN_INVALID.
 */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly sessionManager: SessionManager,
  ) {}

  async use(request: PrincipalRequest, response: Response, next: NextFunction): Promise<void> {
    try {
      const cookies = parseCookies(request.headers.cookie);
      const sessionToken = cookies.get(SESSION_COOKIE);
      const csrfCookie = cookies.get(CSRF_COOKIE);
      const row = sessionToken ? await this.sessions.findPrincipal(hashToken(sessionToken)) : null;
      if (row) {
        request.principal = principalFromRow(row);
        if (csrfCookie && tokenMatchesHash(csrfCookie, row.csrfTokenHash)) {
          csrfCookieBoundToSession.add(request);
        }
      }

      if (!SAFE_METHODS.has(request.method)) {
        const header = request.headers[CSRF_HEADER];
        const sent = typeof header === 'string' ? header : '';
        const valid =
          !!csrfCookie &&
          sent.length > 0 &&
          sameSecret(sent, csrfCookie) &&
          (!row || tokenMatchesHash(sent, row.csrfTokenHash));
        if (!valid) throw new DomainError(ErrorCode.CsrfTokenInvalid);
      }

      // lastSeenAt is the database's stamp (a session lives on its clock): real time here too.
      const due =
        row && Date.now() - new Date(row.lastSeenAt).getTime() >= SESSION_REFRESH_INTERVAL_MS;
      if (row && sessionToken && due && (await this.sessions.touch(row.sessionId))) {
        const boundCsrf = csrfCookieBoundToSession.has(request) ? csrfCookie : undefined;
        this.sessionManager.refreshCookies(request, response, sessionToken, boundCsrf);
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
