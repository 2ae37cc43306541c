import type { AssignableRole, Invitation, RoleAssignment } from '../api/api-types';
import type { AdminMessageKey } from './admin-messages';

export const ASSIGNABLE_ROLES: readonly AssignableRole[] = [
  'organiser',
  'facility_staff',
  'instructor',
  'instructor_reviewer',
  'plan_evaluator',
  'city_admin',
];

export const ROLE_LABELS: Record<AssignableRole | 'citizen', AdminMessageKey> = {
  citizen: 'role.citizen',
  instructor: 'role.instructor',
  organiser: 'role.organiser',
  facility_staff: 'role.facility_staff',
  city_admin: 'role.city_admin',
  instructor_reviewer: 'role.instructor_reviewer',
  plan_evaluator: 'role.plan_evaluator',
};

/** What a role assignment or invitation is for: the organisation or facility, if any. */
export function scopeName(
  grant: Pick<RoleAssignment | Invitation, 'organisation' | 'facility'>,
  pick: (ja: string, en: string) => string,
): string {
  const scope = grant.organisation ?? grant.facility;
  return scope ? pick(scope.nameJa, scope.nameEn) : '—';
}
