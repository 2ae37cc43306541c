import { Injectable } from '@nestjs/common';
import { hasRole, type Principal } from '../access/principal';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { RosterViewerDto, RosterViewerKind } from './dto/roster.dto';
import { RostersRepository, type SessionScope } from './rosters.repository';

/**
 * Who may open a session's roster: the organisers of the course's organisation, the staff of
 * the facility the session is held at, and the instructors linked to the course. The role
 * guard lets these three roles in; this decides per session. Anyone else gets 404, as if the
 * session did not exist.
 */
export function rosterViewer(
  principal: Principal,
  scope: Pick<SessionScope, 'organisationId' | 'facilityId' | 'teaches'>,
): RosterViewerDto | null {
  const organises =
    hasRole(principal, 'organiser') && principal.organisationIds.includes(scope.organisationId);
  const staffs =
    hasRole(principal, 'facility_staff') && principal.facilityIds.includes(scope.facilityId);
  const teaches = hasRole(principal, 'instructor') && scope.teaches;
  const kind: RosterViewerKind | null = organises
    ? 'organiser'
    : staffs
      ? 'facility_staff'
      : teaches
        ? 'instructor'
        : null;
  if (!kind) return null;
  return {
    kind,
    // Contact details are for the people who run the course; the door needs names and codes.
    canSeeContacts: organises,
    canMessage: organises || teaches,
  };
}

export type ScopedSession = SessionScope & { viewer: RosterViewerDto };

@Injectable()
export class RosterAccess {
  constructor(private readonly rosters: RostersRepository) {}

  async session(principal: Principal, sessionId: string): Promise<ScopedSession> {
    const scope = await this.rosters.sessionScope(sessionId, principal.userId);
    const viewer = scope && rosterViewer(principal, scope);
    if (!scope || !viewer) throw new DomainError(ErrorCode.SessionNotFound);
    return { ...scope, viewer };
  }

  /** For writes at the door: a cancelled session records nothing. */
  async openSession(principal: Principal, sessionId: string): Promise<ScopedSession> {
    const scoped = await this.session(principal, sessionId);
    if (scoped.status === 'cancelled') throw new DomainError(ErrorCode.SessionCancelled);
    return scoped;
  }

  /** A course the caller may message: an organiser's own, or one they teach. */
  async messageableCourse(principal: Principal, courseId: string): Promise<void> {
    const scope = await this.rosters.courseScope(courseId, principal.userId);
    const allowed =
      scope &&
      ((hasRole(principal, 'organiser') &&
        principal.organisationIds.includes(scope.organisationId)) ||
        (hasRole(principal, 'instructor') && scope.teaches));
    if (!allowed) throw new DomainError(ErrorCode.CourseNotFound);
  }

  /** A course of one of the caller's organisations (instructors are managed by organisers). */
  async organisersCourse(principal: Principal, courseId: string): Promise<void> {
    const scope = await this.rosters.courseScope(courseId, principal.userId);
    if (!scope || !principal.organisationIds.includes(scope.organisationId)) {
      throw new DomainError(ErrorCode.CourseNotFound);
    }
  }
}
