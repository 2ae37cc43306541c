import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BookingLedgerModule } from '../bookings/ledger/booking-ledger.module';
import { AppConfigModule } from '../config/app-config.module';
import { LearningModule } from '../learning/learning.module';
import { MailModule } from '../mail/mail.module';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationMiddleware } from './authentication/authentication.middleware';
import { SessionManager } from './authentication/session-manager';
import { SessionsRepository } from './authentication/sessions.repository';
import { EmailTokensRepository } from './email-tokens.repository';
import { FamilyMembersController } from './family/family-members.controller';
import { FamilyMembersRepository } from './family/family-members.repository';
import { MeController } from './me.controller';
import { AccountPrivacyController } from './privacy/account-privacy.controller';
import { AccountPrivacyRepository } from './privacy/account-privacy.repository';
import { AccountPrivacyService } from './privacy/account-privacy.service';
import { AccountTokensRepository } from './security/account-tokens.repository';
import { RateLimitModule } from './security/rate-limit.module';
import { UsersRepository } from './users.repository';

/**
 * Accounts: sign-up, verification, log-in/out, recovery, the person's own profile and
 * sessions, and the middleware that turns the session cookie into `request.principal`.
 */
@Module({
  // Bookings: deleting an account gives back the seats the person still holds.
  // Learning: the data export includes the learning record.
  imports: [
    AppConfigModule,
    MailModule,
    AuditModule,
    BookingLedgerModule,
    RateLimitModule,
    LearningModule,
  ],
  controllers: [AuthController, MeController, FamilyMembersController, AccountPrivacyController],
  providers: [
    AuthService,
    AccountService,
    UsersRepository,
    EmailTokensRepository,
    SessionsRepository,
    SessionManager,
    AuthenticationMiddleware,
    FamilyMembersRepository,
    AccountPrivacyRepository,
    AccountPrivacyService,
    AccountTokensRepository,
  ],
  exports: [UsersRepository],
})
export class AccountsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Every API route: the principal must be known before the AccessGuard decides.
    consumer
      .apply(AuthenticationMiddleware)
      .forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
