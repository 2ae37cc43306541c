import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RoleAssignmentsRepository } from '../roles/role-assignments.repository';
import { InstructorProfilesRepository } from './instructor-profiles.repository';

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
