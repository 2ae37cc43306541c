import { type RoleScope, scopeErrors } from './role-scope';

const ORG = '00000000-0000-4000-8000-00000000000a';
const FACILITY = '00000000-0000-4000-8000-00000000000f';
const scope = (fields: Partial<RoleScope> & Pick<RoleScope, 'role'>): RoleScope => ({
  organisationId: null,
  facilityId: null,
  isOrganisationAdmin: false,
  ...fields,
});
const fieldsOf = (s: RoleScope) => scopeErrors(s).map((error) => error.field);

describe('scopeErrors (what the role_assignments CHECK allows, as messages)', () => {
  it('accepts each role with exactly its scope', () => {
    expect(
      fieldsOf(scope({ role: 'organiser', organisationId: ORG, isOrganisationAdmin: true })),
    ).toEqual([]);
    expect(fieldsOf(scope({ role: 'facility_staff', facilityId: FACILITY }))).toEqual([]);
    expect(fieldsOf(scope({ role: 'instructor' }))).toEqual([]);
    expect(fieldsOf(scope({ role: 'city_admin' }))).toEqual([]);
  });

  it('asks for the missing scope', () => {
    expect(fieldsOf(scope({ role: 'organiser' }))).toEqual(['organisationId']);
    expect(fieldsOf(scope({ role: 'facility_staff' }))).toEqual(['facilityId']);
  });

  it('refuses a scope or admin flag the role does not take', () => {
    expect(
      fieldsOf(scope({ role: 'organiser', organisationId: ORG, facilityId: FACILITY })),
    ).toEqual(['facilityId']);
    expect(
      fieldsOf(scope({ role: 'facility_staff', facilityId: FACILITY, isOrganisationAdmin: true })),
    ).toEqual(['isOrganisationAdmin']);
    expect(fieldsOf(scope({ role: 'city_admin', organisationId: ORG }))).toEqual([
      'organisationId',
    ]);
  });

  it('words every message in Japanese and English', () => {
    for (const error of scopeErrors(
      scope({ role: 'instructor', organisationId: ORG, isOrganisationAdmin: true }),
    )) {
      expect(error.ja).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(error.en).toMatch(/^[A-Z]/);
    }
  });
});
