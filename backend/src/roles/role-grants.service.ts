import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashToken, newToken } from '../accounts/security/tokens';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import type { RoleGrantResultDto } from './dto/grant-role.dto';
import type { InvitationDto } from './dto/invitation.dto';
import { InvitationsRepository } from './invitations.repository';
import { RoleAssignmentsRepository, type RoleAssignmentRow } from './role-assignments.repository';
import { RoleMails } from './role-mails';
import { type RoleScope, scopeErrors } from './role-scope';

/** An invitation link works for two weeks: long enough for a colleague on leave. */
export const INVITATION_LIFETIME_MS = 14 * 24 * 3600_000;

/**
 * Giving and taking away roles, for the city administrators' console and for organisation
 * admins alike; callers have already checked that the actor may act on the scope. Each change
 * and its audit entry are written in one transaction; the mail follows once it is committed.
 */
@Injectable()
export class RoleGrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assignments: RoleAssignmentsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly audit: AuditService,
    private readonly mails: RoleMails,
    private readonly clock: Clock,
  ) {}

  /**
   * Grants the role at once when the address belongs to a verified account; otherwise (no
   * account, or one whose address is not proven yet) mails an invitation to the address.
   */
  async grantOrInvite(
    actorUserId: string,
    email: string,
    scope: RoleScope,
  ): Promise<RoleGrantResultDto> {
    const errors = scopeErrors(scope);
    if (errors.length > 0) throw new ValidationFailedError(errors);
    await this.requireScopeExists(scope);
    const scopeName = await this.assignments.scopeName(scope);
    const details = auditDetails(scope);

    const person = await this.assignments.verifiedUserByEmail(email);
    if (person) {
      const roleAssignmentId = await this.dataSource.transaction(async (manager) => {
        const id = await this.assignments.upsert(manager, person.id, scope, actorUserId);
        await this.audit.record(
          {
            actorUserId,
            action: 'role.granted',
            subjectUserId: person.id,
            targetType: 'role_assignment',
            targetId: id,
            details,
          },
          manager,
        );
        return id;
      });
      await this.mails.granted(person, { ...scope, scopeName });
      return { status: 'granted', roleAssignmentId, invitationId: null };
    }
    return this.mailInvitation(actorUserId, email, scope, scopeName);
  }

  /**
   * Always an invitation, whether or not the address has an account: the person takes the role
   * only by accepting it (organisation admins add colleagues this way). The answer is the same
   * for a registered and an unknown address, so it tells the inviter nothing about either.
   */
  async invite(actorUserId: string, email: string, scope: RoleScope): Promise<RoleGrantResultDto> {
    const errors = scopeErrors(scope);
    if (errors.length > 0) throw new ValidationFailedError(errors);
    await this.requireScopeExists(scope);
    return this.mailInvitation(actorUserId, email, scope, await this.assignments.scopeName(scope));
  }

  private async mailInvitation(
    actorUserId: string,
    email: string,
    scope: RoleScope,
    scopeName: { ja: string; en: string } | null,
  ): Promise<RoleGrantResultDto> {
    const details = auditDetails(scope);
    const token = newToken();
    const expiresAt = new Date(this.clock.now().getTime() + INVITATION_LIFETIME_MS);
    const invitationId = await this.dataSource.transaction(async (manager) => {
      const id = await this.invitations.insert(manager, {
        ...scope,
        email,
        tokenHash: hashToken(token),
        invitedBy: actorUserId,
        expiresAt,
      });
      // The address is personal data of someone who has not agreed to anything: not logged.
      await this.audit.record(
        {
          actorUserId,
          action: 'invitation.created',
          targetType: 'invitation',
          targetId: id,
          details,
        },
        manager,
      );
      return id;
    });
    await this.mails.invitation(email, token, { ...scope, scopeName }, expiresAt);
    return { status: 'invited', roleAssignmentId: null, invitationId };
  }

  /** Pending invitations, newest first; one organisation's when given. */
  pendingInvitations(organisationId?: string): Promise<InvitationDto[]> {
    return this.invitations.pending(this.clock.now(), organisationId);
  }

  /** Takes a role away. `within` limits it to one organisation (organisation admins). */
  async revoke(
    actorUserId: string,
    assignmentId: string,
    within?: { organisationId: string },
  ): Promise<void> {
    const assignment = await this.assignments.find(assignmentId);
    if (!assignment || (within && !isOrganiserOf(assignment, within.organisationId))) {
      throw new DomainError(ErrorCode.RoleAssignmentNotFound);
    }
    await this.dataSource.transaction(async (manager) => {
      // The city is never left without an administrator. The lock makes two administrators
      // removing each other at the same moment wait for one another: the second sees one left.
      if (
        assignment.role === 'city_admin' &&
        (await this.assignments.lockCityAdmins(manager)) <= 1
      ) {
        throw new DomainError(ErrorCode.LastCityAdmin);
      }
      await this.assignments.delete(manager, assignment.id);
      await this.audit.record(
        {
          actorUserId,
          action: 'role.revoked',
          subjectUserId: assignment.userId,
          targetType: 'role_assignment',
          targetId: assignment.id,
          details: auditDetails(assignment),
        },
        manager,
      );
    });
  }

  /** Withdraws a pending invitation. `within` limits it to one organisation. */
  async revokeInvitation(
    actorUserId: string,
    invitationId: string,
    within?: { organisationId: string },
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.invitations.revoke(
        manager,
        invitationId,
        this.clock.now(),
        within?.organisationId,
      );
      if (!invitation) throw new DomainError(ErrorCode.InvitationNotFound);
      await this.audit.record(
        {
          actorUserId,
          action: 'invitation.revoked',
          targetType: 'invitation',
          targetId: invitation.id,
          details: auditDetails(invitation),
        },
        manager,
      );
    });
  }

  /**
   * The invited person, signed in with the invited address, takes the role. The token alone is
   * not enough: a forwarded mail must not give someone else the role; and the address must be
   * verified, or whoever signed up with it first would take the role.
   */
  async accept(principal: Principal, token: string): Promise<void> {
    if (!principal.emailVerified) throw new DomainError(ErrorCode.EmailNotVerified);
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.invitations.pendingByTokenHash(
        manager,
        hashToken(token),
        this.clock.now(),
      );
      if (!invitation) throw new DomainError(ErrorCode.InvitationNotFound);
      if (invitation.email !== principal.email.toLowerCase()) {
        throw new DomainError(ErrorCode.InvitationEmailMismatch);
      }
      const assignmentId = await this.assignments.upsert(
        manager,
        principal.userId,
        invitation,
        null,
      );
      await this.invitations.markAccepted(manager, invitation.id, principal.userId);
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'invitation.accepted',
          subjectUserId: principal.userId,
          targetType: 'role_assignment',
          targetId: assignmentId,
          details: { ...auditDetails(invitation), invitationId: invitation.id },
        },
        manager,
      );
    });
  }

  private async requireScopeExists(scope: RoleScope): Promise<void> {
    if (
      scope.organisationId &&
      !(await this.assignments.organisationExists(scope.organisationId))
    ) {
      throw new DomainError(ErrorCode.OrganisationNotFound);
    }
    if (scope.facilityId && !(await this.assignments.facilityExists(scope.facilityId))) {
      throw new DomainError(ErrorCode.FacilityNotFound);
    }
  }
}

function isOrganiserOf(assignment: RoleAssignmentRow, organisationId: string): boolean {
  return assignment.role === 'organiser' && assignment.organisationId === organisationId;
}

/** Codes and ids only: the audit log never holds the address or names. */
function auditDetails(scope: RoleScope) {
  return {
    role: scope.role,
    organisationId: scope.organisationId,
    facilityId: scope.facilityId,
    isOrganisationAdmin: scope.isOrganisationAdmin,
  };
}
