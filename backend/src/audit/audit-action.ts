/**
 * What the audit log records: every staff or administrator action on people's data or roles,
 * and the person's own export and deletion (APPI). Details hold ids, codes and counts only,
 * never the personal values themselves (no names, emails, search words).
 */
export const AUDIT_ACTIONS = [
  'people.searched',
  'person.viewed',
  'role.granted',
  'role.revoked',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'organisation.created',
  'organisation.updated',
  'organisation.members_viewed',
  'facility.created',
  'facility.updated',
  // Staff running their facility's rooms (details: ids only; a hire names a group, not a person)
  'room.created',
  'room.updated',
  'facility.hours_updated',
  'closure.created',
  'closure.deleted',
  'reservation.created',
  'reservation.cancelled',
  // Rosters (details: ids and counts; never names, codes or a message's words)
  'roster.viewed',
  'roster.exported',
  'attendance.recorded',
  'attendance.cleared',
  'walk_in.added',
  'walk_in.removed',
  'message.sent',
  'instructor.added',
  'instructor.removed',
  // The instructor bank's review (details: ids, statuses and counts; never a comment's words)
  'instructor_profiles.listed',
  'instructor_profile.viewed',
  'instructor_profile.decided',
  'instructor_settings.updated',
  'account.exported',
  'account.deleted',
  // The log itself leaving the system (details: the filters and the row count)
  'audit_log.exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditTargetType =
  | 'user'
  | 'organisation'
  | 'facility'
  | 'role_assignment'
  | 'invitation'
  | 'course'
  | 'course_session'
  | 'instructor_profile';

/** Values allowed in details: codes, ids, counts and flags, never free text from a person. */
export type AuditDetails = Record<string, string | number | boolean | null | readonly string[]>;

export interface AuditEntry {
  /** Who acted; null for the system (e.g. a scheduled job). */
  actorUserId: string | null;
  action: AuditAction;
  /** Whose personal data or roles were concerned. */
  subjectUserId?: string | null;
  targetType?: AuditTargetType;
  targetId?: string;
  details?: AuditDetails;
}
