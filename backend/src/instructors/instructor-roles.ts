import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RoleAssignmentsRepository } from '../roles/role-assignments.repository';
import { InstructorProfilesRepository } from './instructor-profiles.repository';

/** The reason a requester reads when the instructor has left the bank (shown in both languages). */
const LEAVING_REASON =
  'この講師は現在、人材バンクに登録されていないため、依頼は自動的に終了しました。 / This instructor is no longer registered in the bank, so the request was closed.';

const INSTRUCTOR_SCOPE = {
  role: 'instructor',
  organisationId: null,
  facilityId: null,
  isOrganisationAdmin: false,
} as const;

/**
 * The instructor role follows the registration. Registration grants it through the roles
 * feature's own write (RoleAssignmentsRepository.upsert, with its `role.granted` audit entry),
 * in the decision's transaction. Withdrawal, suspension or expiry take it away — unless the
 * person teaches a course that is still running: its rosters, check-in and messages are theirs
 * until the last session, and the people booked on it count on them. The daily bank job takes
 * the role away once that course is over (InstructorJobs).
 */
@Injectable()
export class InstructorRoles {
  constructor(
    private readonly profiles: InstructorProfilesRepository,
    private readonly assignments: RoleAssignmentsRepository,
    private readonly audit: AuditService,
  ) {}

  async grant(manager: EntityManager, userId: string, actorUserId: string | null): Promise<void> {
    if (await this.profiles.instructorAssignment(manager, userId)) return;
    const id = await this.assignments.upsert(manager, userId, INSTRUCTOR_SCOPE, actorUserId);
    await this.audit.record(
      {
        actorUserId,
        action: 'role.granted',
        subjectUserId: userId,
        targetType: 'role_assignment',
        targetId: id,
        details: { role: 'instructor', reason: 'instructor_bank_registered' },
      },
      manager,
    );
  }

  /**
   * What leaving the bank means beyond the status: pending requests are declined (each requester
   * told by mail), and the role goes unless the person teaches a running course.
   */
  async leave(
    manager: EntityManager,
    profile: { id: string; userId: string; displayName: string },
    actorUserId: string | null,
    now: Date,
    reason: 'instructor_bank_withdrawn' | 'instructor_bank_suspended' | 'instructor_bank_expired',
  ): Promise<void> {
    await this.closeRequests(manager, profile, now);
    await this.revokeUnlessTeaching(manager, profile.userId, actorUserId, now, reason);
  }

  /** Declines the pending requests to a profile leaving the bank, telling each requester. */
  async closeRequests(
    manager: EntityManager,
    profile: { id: string; displayName: string },
    now: Date,
  ): Promise<void> {
    const declined = await this.profiles.declinePending(manager, profile.id, LEAVING_REASON, now);
    for (const request of declined) {
      await this.profiles.notify(manager, {
        kind: 'instructor_request_declined',
        userId: request.requesterUserId,
        payload: {
          requestId: request.id,
          displayName: profile.displayName,
          purpose: request.purpose,
          comment: LEAVING_REASON,
        },
      });
    }
  }

  /** Takes the role away unless the person teaches a running course; says whether it did. */
  async revokeUnlessTeaching(
    manager: EntityManager,
    userId: string,
    actorUserId: string | null,
    now: Date,
    reason: string,
  ): Promise<boolean> {
    const id = await this.profiles.instructorAssignment(manager, userId);
    if (!id || (await this.profiles.teachesRunningCourse(manager, userId, now))) return false;
    await this.assignments.delete(manager, id);
    await this.audit.record(
      {
        actorUserId,
        action: 'role.revoked',
        subjectUserId: userId,
        targetType: 'role_assignment',
        targetId: id,
        details: { role: 'instructor', reason },
      },
      manager,
    );
    return true;
  }
}
