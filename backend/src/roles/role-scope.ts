import type { FieldError } from '../common/errors/domain-error';
import type { AssignableRole } from '../access/principal';
import { ROLES_MESSAGES } from './roles.errors';

/** What a role applies to: organisers to an organisation, facility staff to a facility. */
export interface RoleScope {
  role: AssignableRole;
  organisationId: string | null;
  facilityId: string | null;
  isOrganisationAdmin: boolean;
}

/**
 * The fields a role needs and may not have, as the database's CHECK constraint says: checked
 * here first so that a wrong combination is a 400 with a message, never a failed INSERT.
 */
export function scopeErrors(scope: RoleScope): FieldError[] {
  const errors: FieldError[] = [];
  const needs = (field: 'organisationId' | 'facilityId', present: boolean, wanted: boolean) => {
    if (present === wanted) return;
    errors.push(
      wanted
        ? {
            field,
            ...(field === 'organisationId'
              ? ROLES_MESSAGES.organiserNeedsOrganisation
              : ROLES_MESSAGES.staffNeedsFacility),
          }
        : { field, ...ROLES_MESSAGES.fieldNotForRole },
    );
  };
  needs('organisationId', scope.organisationId !== null, scope.role === 'organiser');
  needs('facilityId', scope.facilityId !== null, scope.role === 'facility_staff');
  if (scope.isOrganisationAdmin && scope.role !== 'organiser') {
    errors.push({
      field: 'isOrganisationAdmin',
      ...ROLES_MESSAGES.organisationAdminMustBeOrganiser,
    });
  }
  return errors;
}
