import type { FieldError } from '../common/errors/domain-error';
import type { AssignableRole } from '../access/principal';

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
            ja:
              field === 'organisationId'
                ? '主催者には団体を指定してください。'
                : '施設職員には施設を指定してください。',
            en:
              field === 'organisationId'
                ? 'An organiser needs an organisation.'
                : 'Facility staff need a facility.',
          }
        : {
            field,
            ja: 'この役割には指定できない項目です。',
            en: 'This role does not take this field.',
          },
    );
  };
  needs('organisationId', scope.organisationId !== null, scope.role === 'organiser');
  needs('facilityId', scope.facilityId !== null, scope.role === 'facility_staff');
  if (scope.isOrganisationAdmin && scope.role !== 'organiser') {
    errors.push({
      field: 'isOrganisationAdmin',
      ja: '団体の管理者にできるのは主催者だけです。',
      en: 'Only an organiser can be an organisation admin.',
    });
  }
  return errors;
}
