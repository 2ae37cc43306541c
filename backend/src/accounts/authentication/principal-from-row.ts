import type { Principal, Role } from '../../access/principal';
import type { SessionPrincipalRow } from './sessions.repository';

/**
 * The caller's effective roles. 'citizen' is a verified email; assigned roles count only once
 * the email is verified too, so that an unverified account can use nothing but its own
 * account pages, whatever it was granted.
 */
export function principalFromRow(row: SessionPrincipalRow): Principal {
  const verified = row.emailVerified;
  const assignments = verified ? row.assignments : [];
  const roles = new Set<Role>(assignments.map((assignment) => assignment.role));
  if (verified) roles.add('citizen');
  const ids = (pick: (a: (typeof assignments)[number]) => string | null) => [
    ...new Set(assignments.map(pick).filter((id): id is string => id !== null)),
  ];
  return {
    userId: row.userId,
    sessionId: row.sessionId,
    email: row.email,
    emailVerified: verified,
    language: row.language,
    roles,
    organisationIds: ids((a) => (a.role === 'organiser' ? a.organisationId : null)),
    adminOfOrganisationIds: ids((a) =>
      a.role === 'organiser' && a.isOrganisationAdmin ? a.organisationId : null,
    ),
    facilityIds: ids((a) => (a.role === 'facility_staff' ? a.facilityId : null)),
    person: { name: row.userName, birthYear: row.birthYear, isResident: row.isResident },
  };
}
