import { Injectable } from '@nestjs/common';
import { hasRole, type Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { RoleGrantResultDto } from '../roles/dto/grant-role.dto';
import type { ScopeRefDto } from '../roles/dto/role-assignment.dto';
import { RoleGrantsService } from '../roles/role-grants.service';
import type { OrganisationMembersDto } from './dto/organisation-members.dto';
import { OrganisationMembersRepository } from './organisation-members.repository';

/**
 * An organisation's own admins manage who organises for it (city administrators may too).
 * Someone outside the organisation is told it does not exist (404); a member who is not its
 * admin is refused (403): they know it exists, they lack the role.
 */
@Injectable()
export class OrganisationMembersService {
  constructor(
    private readonly members: OrganisationMembersRepository,
    private readonly roles: RoleGrantsService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, organisationId: string): Promise<OrganisationMembersDto> {
    const organisation = await this.requireAdminOf(principal, organisationId);
    const [members, invitations] = await Promise.all([
      this.members.members(organisationId),
      this.roles.pendingInvitations(organisationId),
    ]);
    await this.audit.record({
      actorUserId: principal.userId,
      action: 'organisation.members_viewed',
      targetType: 'organisation',
      targetId: organisationId,
      details: { memberCount: members.length },
    });
    return { organisation, members, invitations };
  }

  async invite(
    principal: Principal,
    organisationId: string,
    invitation: { email: string; isOrganisationAdmin: boolean },
  ): Promise<RoleGrantResultDto> {
    await this.requireAdminOf(principal, organisationId);
    // Never granted at once: an organisation admin may not learn whether an address is
    // registered, nor add a person to the organisation without their consent.
    return this.roles.invite(principal.userId, invitation.email, {
      role: 'organiser',
      organisationId,
      facilityId: null,
      isOrganisationAdmin: invitation.isOrganisationAdmin,
    });
  }

  async remove(principal: Principal, organisationId: string, assignmentId: string): Promise<void> {
    await this.requireAdminOf(principal, organisationId);
    await this.roles.revoke(principal.userId, assignmentId, { organisationId });
  }

  async withdrawInvitation(principal: Principal, organisationId: string, invitationId: string) {
    await this.requireAdminOf(principal, organisationId);
    await this.roles.revokeInvitation(principal.userId, invitationId, { organisationId });
  }

  private async requireAdminOf(principal: Principal, organisationId: string): Promise<ScopeRefDto> {
    const cityAdmin = hasRole(principal, 'city_admin');
    if (!cityAdmin && !principal.organisationIds.includes(organisationId)) {
      throw new DomainError(ErrorCode.OrganisationNotFound);
    }
    if (!cityAdmin && !principal.adminOfOrganisationIds.includes(organisationId)) {
      throw new DomainError(ErrorCode.AccessDenied);
    }
    const organisation = await this.members.organisation(organisationId);
    if (!organisation) throw new DomainError(ErrorCode.OrganisationNotFound);
    return organisation;
  }
}
