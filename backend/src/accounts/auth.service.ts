import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { Principal } from '../access/principal';
import type { PrincipalRequest } from '../access/principal-request';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import { MailService } from '../mail/mail.service';
import { alreadyRegisteredMail, passwordResetMail, verificationMail } from './account-mails';
import { csrfCookieBoundToSession } from './authentication/authentication.middleware';
import { SessionManager } from './authentication/session-manager';
import { SessionsRepository } from './authentication/sessions.repository';
import type { AcceptedDto, EmailVerifiedDto, LogInDto, SignUpDto } from './dto/auth.dto';
import type { MeDto, SessionStateDto } from './dto/me.dto';
import { EMAIL_TOKEN_LIFETIME_HOURS, EmailTokensRepository } from './email-tokens.repository';
import {
  hashPassword,
  passwordWeakness,
  prepareDummyHash,
  verifyAgainstDummy,
  verifyPassword,
} from './security/passwords';
import { AccountTokensRepository } from './security/account-tokens.repository';
import { RATE_LIMITS, RateLimiter } from './security/rate-limiter';
import { CSRF_COOKIE, parseCookies } from './security/session-cookies';
import { hashToken, newToken } from './security/tokens';
import { UsersRepository } from './users.repository';

/**
 * Signing up, in and out, and recovering an account. Wherever an answer could tell a stranger
 * whether an address is registered (sign-up, resend, reset, log-in), registered and unknown
 * addresses get the same answer in the same time: passwords are hashed either way and mails go
 * out in the background.
 */
@Injectable()
export class AuthService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly tokens: EmailTokensRepository,
    private readonly sessionManager: SessionManager,
    private readonly mail: MailService,
    private readonly rateLimiter: RateLimiter,
    private readonly sessions: SessionsRepository,
    private readonly accountTokens: AccountTokensRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await prepareDummyHash();
  }

  private link(path: string, token?: string): string {
    return `${this.config.publicUrl}${path}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  }

  async me(userId: string): Promise<MeDto> {
    const me = await this.users.me(userId);
    if (!me) throw new DomainError(ErrorCode.AuthenticationRequired);
    return me;
  }

  /** Who is signed in; makes sure the browser holds a CSRF token that works for its state. */
  async session(
    principal: Principal | undefined,
    request: Request,
    response: Response,
  ): Promise<SessionStateDto> {
    const csrfCookie = parseCookies(request.headers.cookie).get(CSRF_COOKIE);
    if (!principal) {
      if (!csrfCookie) this.sessionManager.issueAnonymousCsrfToken(request, response);
      return { authenticated: false, user: null };
    }
    if (!csrfCookieBoundToSession.has(request)) {
      await this.sessionManager.rotateCsrfToken(request, response, principal.sessionId);
    }
    return { authenticated: true, user: await this.me(principal.userId) };
  }

  async signUp(dto: SignUpDto, ip: string): Promise<AcceptedDto> {
    await this.rateLimiter.hit(
      { limit: RATE_LIMITS.signUpPerIp, subject: ip },
      { limit: RATE_LIMITS.signUpPerEmail, subject: dto.email },
    );
    if (passwordWeakness(dto.password, dto.email)) {
      throw new DomainError(ErrorCode.PasswordTooWeak);
    }
    const token = newToken();
    const userId = await this.users.createWithVerificationToken(
      {
        email: dto.email,
        passwordHash: await hashPassword(dto.password),
        familyName: dto.familyName,
        givenName: dto.givenName,
        familyNameKana: dto.familyNameKana ?? '',
        givenNameKana: dto.givenNameKana ?? '',
        preferredLanguage: dto.preferredLanguage,
        tsukubaRelations: [...new Set(dto.tsukubaRelations ?? [])],
      },
      hashToken(token),
      EMAIL_TOKEN_LIFETIME_HOURS.verify_email,
    );
    if (userId) {
      this.mail.sendInBackground(
        verificationMail(
          { to: dto.email, language: dto.preferredLanguage, names: dto },
          this.link('/verify-email', token),
        ),
        'verify-email',
      );
    } else {
      // Registered already: tell the owner (in their language), never the caller.
      this.mail.sendInBackground(async () => {
        const owner = await this.users.findByEmail(dto.email);
        return alreadyRegisteredMail(
          { to: dto.email, language: owner?.preferredLanguage ?? dto.preferredLanguage },
          this.link('/log-in'),
          this.link('/password-reset'),
        );
      }, 'already-registered');
    }
    return { status: 'verification_sent' };
  }

  /**
   * The address is proven: from now on the account's roles count. Whatever was handed out while
   * it was unproven (sessions of whoever signed up, an email-change link, other links) ends here,
   * so that only the owner of the address holds the verified account.
   *
   * A browser signed in to another account stays signed in to it: a link opened there (sent by
   * someone else, or opened on a shared computer) never switches the live session to another
   * person. The address is verified all the same, and the answer says so.
   */
  async verifyEmail(
    token: string,
    request: PrincipalRequest,
    response: Response,
  ): Promise<EmailVerifiedDto> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(hashToken(token), 'verify_email', manager);
      if (!used) throw new DomainError(ErrorCode.TokenInvalidOrExpired);
      await this.users.markEmailVerified(used.userId, manager);
      await this.accountTokens.endAll(manager, used.userId);
      return used.userId;
    });
    const verified = await this.me(userId);
    const current = request.principal;
    if (current && current.userId !== userId) {
      return {
        verifiedEmail: verified.email,
        session: 'kept_other_session',
        user: await this.me(current.userId),
      };
    }
    await this.sessionManager.start(request, response, userId);
    return { verifiedEmail: verified.email, session: 'signed_in', user: verified };
  }

  async resendVerification(email: string, ip: string): Promise<AcceptedDto> {
    await this.rateLimiter.hit(
      { limit: RATE_LIMITS.resendPerIp, subject: ip },
      { limit: RATE_LIMITS.resendPerEmail, subject: email },
    );
    const user = await this.users.findByEmail(email);
    if (user && !user.emailVerified) {
      const token = newToken();
      await this.tokens.create(user.id, 'verify_email', hashToken(token));
      this.mail.sendInBackground(
        verificationMail(
          {
            to: user.email,
            language: user.preferredLanguage,
            names: user,
          },
          this.link('/verify-email', token),
        ),
        'verify-email',
      );
    }
    return { status: 'verification_sent' };
  }

  async logIn(dto: LogInDto, ip: string, request: Request, response: Response): Promise<MeDto> {
    await this.rateLimiter.hit(
      { limit: RATE_LIMITS.logInPerIp, subject: ip },
      { limit: RATE_LIMITS.logInPerEmail, subject: dto.email },
    );
    const user = await this.users.findByEmail(dto.email);
    const valid = user
      ? await verifyPassword(user.passwordHash, dto.password)
      : await verifyAgainstDummy(dto.password);
    if (!user || !valid) throw new DomainError(ErrorCode.InvalidCredentials);
    // Only failed attempts are meant to count: the right password forgets the account's failures
    // and takes back its own hit on the address (an office or a family behind one address).
    await this.rateLimiter.clear(RATE_LIMITS.logInPerEmail, dto.email);
    await this.rateLimiter.refund(RATE_LIMITS.logInPerIp, ip);
    await this.sessionManager.start(request, response, user.id);
    return this.me(user.id);
  }

  async logOut(principal: Principal, request: Request, response: Response): Promise<void> {
    await this.sessions.revoke(principal.userId, principal.sessionId);
    this.sessionManager.end(request, response);
  }

  /**
   * Ends every token of the person, as a password change does: all sessions (this one too), the
   * mailed links still open and the calendar feed (a new feed URL can be made afterwards).
   */
  async logOutEverywhere(principal: Principal, request: Request, response: Response) {
    await this.dataSource.transaction((manager) =>
      this.accountTokens.endAll(manager, principal.userId),
    );
    this.sessionManager.end(request, response);
  }

  async requestPasswordReset(email: string, ip: string): Promise<AcceptedDto> {
    await this.rateLimiter.hit(
      { limit: RATE_LIMITS.resetPerIp, subject: ip },
      { limit: RATE_LIMITS.resetPerEmail, subject: email },
    );
    const user = await this.users.findByEmail(email);
    if (user) {
      const token = newToken();
      await this.tokens.create(user.id, 'reset_password', hashToken(token));
      this.mail.sendInBackground(
        passwordResetMail(
          {
            to: user.email,
            language: user.preferredLanguage,
            names: user,
          },
          this.link('/password-reset/confirm', token),
        ),
        'password-reset',
      );
    }
    return { status: 'mail_sent' };
  }

  /**
   * Sets the new password and confirms the email (the link proved it). Every session, every
   * other mailed link (a pending email change above all) and the calendar feed end.
   */
  async confirmPasswordReset(token: string, newPassword: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(hashToken(token), 'reset_password', manager);
      if (!used) throw new DomainError(ErrorCode.TokenInvalidOrExpired);
      const user = await this.users.findById(used.userId);
      // Throwing rolls the transaction back: the link still works for a better password.
      if (!user || passwordWeakness(newPassword, user.email)) {
        throw new DomainError(ErrorCode.PasswordTooWeak);
      }
      await this.users.setPasswordHash(user.id, await hashPassword(newPassword), manager);
      await this.users.markEmailVerified(user.id, manager);
      await this.accountTokens.endAll(manager, user.id);
    });
  }
}
