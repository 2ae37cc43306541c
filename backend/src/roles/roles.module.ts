import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AppConfigModule } from '../config/app-config.module';
import { MailModule } from '../mail/mail.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { RoleAssignmentsRepository } from './role-assignments.repository';
import { RoleGrantsService } from './role-grants.service';
import { RoleMails } from './role-mails';

/** Giving and taking away roles, by grant or by invitation; used by admin and organisations. */
@Module({
  imports: [AccountsModule, AuditModule, AppConfigModule, MailModule],
  controllers: [InvitationsController],
  providers: [RoleGrantsService, RoleAssignmentsRepository, InvitationsRepository, RoleMails],
  exports: [RoleGrantsService, RoleAssignmentsRepository],
})
export class RolesModule {}
