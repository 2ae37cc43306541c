import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../access/principal';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import { MailService } from '../mail/mail.service';
import { emailChangeMail, emailChangedNoticeMail, emailTakenNoticeMail } from './account-mails';
import { SessionsRepository } from './authentication/sessions.repository';
import type { EmailChangedDto } from './dto/auth.dto';
import type { ChangeEmailDto, ChangePasswordDto, SessionDto } from './dto/account.dto';
import type { MeDto, UpdateProfileDto } from './dto/me.dto';
import { EmailTokensRepository } from './email-tokens.repository';
import { AccountTokensRepository } from './security/account-tokens.repository';
import { hashPassword, passwordWeakness, verifyPassword } from './security/passwords';
import { RATE_LIMITS, RateLimiter } from './security/rate-limiter';
import { hashToken, newToken } from './security/tokens';
import { type UserCredentials, UsersRepository } from './users.repository';
import { ACCOUNTS_MESSAGES } from './accounts.errors';

/** A signed-in person's own account: profile, password, email address, sessions. */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly tokens: EmailTokensRepository,
    private readonly sessions: SessionsRepository,
    private readonly accountTokens: AccountTokensRepository,
    private readonly mail: MailService,
    private readonly rateLimiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async me(userId: string): Promise<MeDto> {
    const me = await this.users.me(userId);
    if (!me) throw new DomainError(ErrorCode.AuthenticationRequired);
    return me;
  }

  async updateProfile(principal: Principal, profile: UpdateProfileDto): Promise<MeDto> {
    await this.users.updateProfile(principal.userId, profile);
    return this.me(principal.userId);
  }

  /**
   * Re-authentication for account settings: the current password must be given again. Every
   * attempt counts against the account's limit (429 RATE_LIMITED with Retry-After beyond it).
   */
  async checkCurrentPassword(principal: Principal, password: string): Promise<UserCredentials> {
    await this.rateLimiter.hit({
      limit: RATE_LIMITS.currentPasswordPerAccount,
      subject: principal.userId,
    });
    const user = await this.users.findById(principal.userId);
    if (!user) throw new DomainError(ErrorCode.AuthenticationRequired);
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw new DomainError(ErrorCode.WrongPassword);
    }
    return user;
  }

  /**
   * New password. Everything someone who knew the old one could hold ends: the other sessions,
   * every mailed link (a pending email change above all) and the calendar feed.
   */
  async changePassword(principal: Principal, dto: ChangePasswordDto): Promise<void> {
    const user = await this.checkCurrentPassword(principal, dto.currentPassword);
    if (passwordWeakness(dto.newPassword, user.email)) {
      throw new DomainError(ErrorCode.PasswordTooWeak);
    }
    await this.dataSource.transaction(async (manager) => {
      await this.users.setPasswordHash(user.id, await hashPassword(dto.newPassword), manager);
      await this.accountTokens.endAll(manager, user.id, principal.sessionId);
    });
  }

  /**
   * Mails a confirmation link to the new address; the change happens when it is opened. An
   * unverified account may not: it has not shown that it owns even its present address, and a
   * link waiting for it would outlive the real owner's verification or password reset.
   * A registered address gets the same answer as any other (the requester learns nothing) and
   * its owner a notice instead of a link. Limited per account and per address mailed; the mail
   * carries no name, since the address is not yet shown to be the requester's.
   */
  async requestEmailChange(principal: Principal, dto: ChangeEmailDto): Promise<void> {
    if (!principal.emailVerified) throw new DomainError(ErrorCode.EmailNotVerified);
    await this.rateLimiter.hit(
      { limit: RATE_LIMITS.emailChangePerAccount, subject: principal.userId },
      { limit: RATE_LIMITS.emailChangePerAddress, subject: dto.newEmail.toLowerCase() },
    );
    const user = await this.checkCurrentPassword(principal, dto.currentPassword);
    const holder = await this.users.findByEmail(dto.newEmail);
    if (holder) {
      if (holder.id === user.id) {
        throw new ValidationFailedError([
          {
            field: 'newEmail',
            ...ACCOUNTS_MESSAGES.sameEmail,
          },
        ]);
      }
      await this.mail.send(
        emailTakenNoticeMail({
          to: holder.email,
          language: holder.preferredLanguage,
          names: holder,
        }),
        'email-taken-notice',
      );
      return;
    }
    const token = newToken();
    await this.tokens.create(user.id, 'change_email', hashToken(token), dto.newEmail);
    await this.mail.send(
      emailChangeMail(
        { to: dto.newEmail, language: user.preferredLanguage },
        `${this.config.publicUrl}/account/confirm-email?token=${encodeURIComponent(token)}`,
      ),
      'change-email',
    );
  }

  async confirmEmailChange(token: string): Promise<EmailChangedDto> {
    const { user, newEmail } = await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(hashToken(token), 'change_email', manager);
      if (!used?.newEmail) throw new DomainError(ErrorCode.TokenInvalidOrExpired);
      const before = await this.users.findById(used.userId);
      // A link asked for before the address was proven is void (see requestEmailChange).
      if (!before?.emailVerified) throw new DomainError(ErrorCode.TokenInvalidOrExpired);
      if (!(await this.users.changeEmail(used.userId, used.newEmail, manager))) {
        throw new DomainError(ErrorCode.EmailAlreadyInUse);
      }
      // Links mailed to the old address (a password reset) no longer reach the owner.
      await this.accountTokens.endMailedLinks(manager, used.userId);
      return { user: before, newEmail: used.newEmail };
    });
    this.mail.sendInBackground(
      emailChangedNoticeMail(
        {
          to: user.email,
          language: user.preferredLanguage,
          names: user,
        },
        newEmail,
      ),
      'email-changed-notice',
    );
    return { email: newEmail };
  }

  async listSessions(principal: Principal): Promise<SessionDto[]> {
    const rows = await this.sessions.listLive(principal.userId);
    return rows.map((row) => ({
      id: row.id,
      userAgent: row.userAgent,
      createdAt: new Date(row.createdAt).toISOString(),
      lastSeenAt: new Date(row.lastSeenAt).toISOString(),
      current: row.id === principal.sessionId,
    }));
  }

  /** Ends one of one's own sessions; another person's id is answered like an unknown one. */
  async revokeSession(principal: Principal, sessionId: string): Promise<void> {
    if (!(await this.sessions.revoke(principal.userId, sessionId))) {
      throw new DomainError(ErrorCode.NotFound);
    }
  }
}
