import type { Principal, Role } from '../access/principal';
import { rosterViewer } from './roster-access';

function principal(roles: Role[], scope: Partial<Principal> = {}): Principal {
  return {
    userId: 'u',
    sessionId: 's',
    email: 'x@example.jp',
    emailVerified: true,
    language: 'ja',
    roles: new Set(roles),
    organisationIds: [],
    adminOfOrganisationIds: [],
    facilityIds: [],
    ...scope,
  };
}

const scope = { organisationId: 'org-a', facilityId: 'azuma', teaches: false };

describe('rosterViewer', () => {
  it('lets in the organisers of the course, with contacts and messaging', () => {
    expect(
      rosterViewer(principal(['citizen', 'organiser'], { organisationIds: ['org-a'] }), scope),
    ).toEqual({ kind: 'organiser', canSeeContacts: true, canMessage: true });
  });

  it('lets in the staff of the facility, without contacts or messaging', () => {
    expect(
      rosterViewer(principal(['citizen', 'facility_staff'], { facilityIds: ['azuma'] }), scope),
    ).toEqual({ kind: 'facility_staff', canSeeContacts: false, canMessage: false });
  });

  it('lets in a linked instructor who holds the role, who may message but not see contacts', () => {
    expect(rosterViewer(principal(['citizen', 'instructor']), { ...scope, teaches: true })).toEqual(
      { kind: 'instructor', canSeeContacts: false, canMessage: true },
    );
    // The link without the role (revoked since) opens nothing.
    expect(rosterViewer(principal(['citizen']), { ...scope, teaches: true })).toBeNull();
  });

  it('refuses everyone else', () => {
    expect(
      rosterViewer(principal(['organiser'], { organisationIds: ['org-b'] }), scope),
    ).toBeNull();
    expect(rosterViewer(principal(['facility_staff'], { facilityIds: ['oho'] }), scope)).toBeNull();
    expect(rosterViewer(principal(['instructor']), scope)).toBeNull();
    expect(rosterViewer(principal(['city_admin']), scope)).toBeNull();
    // A scope id held under another role does not count.
    expect(rosterViewer(principal(['citizen'], { organisationIds: ['org-a'] }), scope)).toBeNull();
  });
});
