import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/time/clock';
import { BookingLedger } from '../../bookings/ledger/booking-ledger';
import { LearningService } from '../../learning/learning.service';
import { AccountService } from '../account.service';
import { SessionManager } from '../authentication/session-manager';
import { FamilyMembersRepository } from '../family/family-members.repository';
import type { AccountExportDto } from './account-export.dto';
import { AccountTokensRepository } from '../security/account-tokens.repository';
import { AccountPrivacyRepository } from './account-privacy.repository';

/** A person's rights under Japan's APPI: see everything held about them, and leave. */
@Injectable()
export class AccountPrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly privacy: AccountPrivacyRepository,
    private readonly account: AccountService,
    private readonly family: FamilyMembersRepository,
    private readonly audit: AuditService,
    private readonly sessionManager: SessionManager,
    private readonly ledger: BookingLedger,
    private readonly accountTokens: AccountTokensRepository,
    private readonly clock: Clock,
    private readonly learning: LearningService,
  ) {}

  async export(principal: Principal): Promise<AccountExportDto> {
    const userId = principal.userId;
    await this.audit.record({
      actorUserId: userId,
      action: 'account.exported',
      subjectUserId: userId,
      targetType: 'user',
      targetId: userId,
    });
    const [
      profile,
      accountCreatedAt,
      familyMembers,
      roles,
      sessions,
      entries,
      instructorProfile,
      learningRecord,
    ] = await Promise.all([
      this.account.me(userId),
      this.privacy.createdAt(userId),
      this.family.list(userId),
      this.privacy.roles(userId),
      this.privacy.sessions(userId),
      this.audit.aboutPerson(userId),
      this.privacy.instructorProfile(userId),
      this.learning.everything(userId),
    ]);
    return {
      exportedAt: this.clock.now().toISOString(),
      profile,
      accountCreatedAt,
      familyMembers,
      roles,
      sessions,
      accessLog: entries.map((entry) => ({
        occurredAt: entry.occurredAt,
        action: entry.action,
        actor: !entry.actor ? 'system' : entry.actor.id === userId ? 'you' : 'city_staff',
      })),
      instructorProfile,
      learningRecord,
    };
  }

  /**
   * Re-authenticates, gives back what the person still holds (their bookings of courses still to
   * come are cancelled and the waiting lists move up), ends every token (sessions, mailed links,
   * the calendar feed), anonymises (see the repository for what stays) and signs out.
   */
  async deleteAccount(
    principal: Principal,
    currentPassword: string,
    request: Request,
    response: Response,
  ): Promise<void> {
    await this.account.checkCurrentPassword(principal, currentPassword);
    await this.dataSource.transaction(async (manager) => {
      const bookingsCancelled = await this.ledger.cancelAllHeldBy(manager, principal.userId);
      await this.accountTokens.endAll(manager, principal.userId);
      await this.privacy.anonymise(principal.userId, manager);
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'account.deleted',
          subjectUserId: principal.userId,
          targetType: 'user',
          targetId: principal.userId,
          details: { bookingsCancelled },
        },
        manager,
      );
    });
    this.sessionManager.end(request, response);
  }
}
