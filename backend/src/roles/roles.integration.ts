import { ASSIGNABLE_ROLES } from '../access/principal';
import { hashToken, newToken } from '../accounts/security/tokens';
import type { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Facility } from '../facilities/facility.entity';
import { Organisation } from '../organisations/organisation.entity';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';
import { InvitationsRepository } from './invitations.repository';
import { RoleAssignmentsRepository } from './role-assignments.repository';
import { INVITATION_LIFETIME_MS, RoleGrantsService } from './role-grants.service';
import { type RoleScope, scopeErrors } from './role-scope';

/**
 * Roles against the database: the scope rules the service checks are the database's CHECK,
 * granting twice is one assignment, revoking ends it (never the city's last administrator),
 * and an invitation is taken only by the verified owner of the address, before it expires.
 */
describe('roles: granting, revoking and invitations', () => {
  const clock = new SettableClock('2031-04-01T09:00:00+09:00');
  let t: TestApp;
  let grants: RoleGrantsService;
  let assignments: RoleAssignmentsRepository;
  let invitations: InvitationsRepository;
  let admin: TestPerson;
  let organisationId: string;
  let otherOrganisationId: string;
  let facilityId: string;

  const organiser = (organisationOfRole: string, isOrganisationAdmin = false): RoleScope => ({
    role: 'organiser',
    organisationId: organisationOfRole,
    facilityId: null,
    isOrganisationAdmin,
  });
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a refusal');
      },
      (error: unknown) => (error as DomainError).code,
    );
  /** An invitation with a token the test knows (the service mails its own). */
  const invitation = async (email: string, scope: RoleScope): Promise<string> => {
    const token = newToken();
    await t.database.dataSource.transaction((manager) =>
      invitations.insert(manager, {
        ...scope,
        email,
        tokenHash: hashToken(token),
        invitedBy: admin.userId,
        expiresAt: new Date(clock.now().getTime() + INVITATION_LIFETIME_MS),
      }),
    );
    return token;
  };
  const accept = (person: TestPerson, token: string) =>
    callAs(t.http, t.database.dataSource, person, 'post', '/api/invitations/accept', { token });

  beforeAll(async () => {
    t = await createTestApp({ clock });
    const db = t.database.dataSource;
    const organisation = (nameJa: string) =>
      db
        .getRepository(Organisation)
        .insert({ kind: 'city_department', nameJa, nameEn: `${nameJa} (en)` })
        .then(({ identifiers }) => identifiers[0].id as string);
    organisationId = await organisation('生涯学習推進課');
    otherOrganisationId = await organisation('スポーツ振興課');
    facilityId = await db
      .getRepository(Facility)
      .insert({
        kind: 'community_centre',
        nameJa: '吾妻交流センター',
        nameEn: 'Azuma Centre',
        postalCode: '305-0031',
        addressJa: 'つくば市吾妻1-10-1',
        addressEn: '1-10-1 Azuma, Tsukuba',
        phone: '029-000-0000',
        latitude: '36.083',
        longitude: '140.112',
        opensAt: '09:00',
        closesAt: '21:00',
      })
      .then(({ identifiers }) => identifiers[0].id as string);
    admin = await createTestPerson(db, { roles: [{ role: 'city_admin' }] });
    grants = t.app.get(RoleGrantsService);
    assignments = t.app.get(RoleAssignmentsRepository);
    invitations = t.app.get(InvitationsRepository);
  });
  afterEach(() => clock.set('2031-04-01T09:00:00+09:00'));
  afterAll(() => t.close());

  it("checks scopes exactly as the database's CHECK does, for every combination", async () => {
    const person = await createTestPerson(t.database.dataSource);
    const disagreements: string[] = [];
    for (const role of ASSIGNABLE_ROLES) {
      for (const withOrganisation of [false, true]) {
        for (const withFacility of [false, true]) {
          for (const isOrganisationAdmin of [false, true]) {
            const scope: RoleScope = {
              role,
              organisationId: withOrganisation ? organisationId : null,
              facilityId: withFacility ? facilityId : null,
              isOrganisationAdmin,
            };
            const databaseTakesIt = await t.database.dataSource
              .transaction(async (manager) => {
                await assignments.upsert(manager, person.userId, scope, null);
                throw new Error('roll back');
              })
              .catch((error: { message: string }) => error.message === 'roll back');
            if (databaseTakesIt !== (scopeErrors(scope).length === 0)) {
              disagreements.push(JSON.stringify(scope));
            }
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(await assignments.ofUser(person.userId)).toEqual([]);
  });

  it('grants at once to a verified account; granting again only changes the admin flag', async () => {
    const person = await createTestPerson(t.database.dataSource);
    const first = await grants.grantOrInvite(admin.userId, person.email, organiser(organisationId));
    expect(first).toEqual({
      status: 'granted',
      roleAssignmentId: expect.any(String),
      invitationId: null,
    });
    const again = await grants.grantOrInvite(
      admin.userId,
      person.email,
      organiser(organisationId, true),
    );
    expect(again.roleAssignmentId).toBe(first.roleAssignmentId);
    expect(await assignments.ofUser(person.userId)).toEqual([
      expect.objectContaining({
        id: first.roleAssignmentId,
        role: 'organiser',
        isOrganisationAdmin: true,
        organisation: {
          id: organisationId,
          nameJa: '生涯学習推進課',
          nameEn: '生涯学習推進課 (en)',
        },
        facility: null,
      }),
    ]);
    expect(await assignments.find(first.roleAssignmentId!)).toEqual({
      id: first.roleAssignmentId,
      userId: person.userId,
      role: 'organiser',
      organisationId,
      facilityId: null,
      isOrganisationAdmin: true,
    });
  });

  it('refuses a scope that does not exist, and invites an address without a verified account', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      await failure(grants.grantOrInvite(admin.userId, 'a@example.jp', organiser(unknown))),
    ).toBe(ErrorCode.OrganisationNotFound);
    const unverified = await createTestPerson(t.database.dataSource, { verified: false });
    const result = await grants.grantOrInvite(admin.userId, unverified.email, {
      role: 'facility_staff',
      organisationId: null,
      facilityId,
      isOrganisationAdmin: false,
    });
    expect(result).toEqual({
      status: 'invited',
      roleAssignmentId: null,
      invitationId: expect.any(String),
    });
    expect(await assignments.ofUser(unverified.userId)).toEqual([]);
    expect(await grants.pendingInvitations()).toContainEqual(
      expect.objectContaining({
        id: result.invitationId,
        email: unverified.email,
        role: 'facility_staff',
        facility: { id: facilityId, nameJa: '吾妻交流センター', nameEn: 'Azuma Centre' },
      }),
    );
  });

  it("revokes a role within its organisation only, and never the city's last administrator", async () => {
    const person = await createTestPerson(t.database.dataSource);
    const { roleAssignmentId } = await grants.grantOrInvite(
      admin.userId,
      person.email,
      organiser(organisationId),
    );
    expect(
      await failure(
        grants.revoke(admin.userId, roleAssignmentId!, { organisationId: otherOrganisationId }),
      ),
    ).toBe(ErrorCode.RoleAssignmentNotFound);
    await grants.revoke(admin.userId, roleAssignmentId!, { organisationId });
    expect(await assignments.find(roleAssignmentId!)).toBeNull();
    expect(await failure(grants.revoke(admin.userId, roleAssignmentId!))).toBe(
      ErrorCode.RoleAssignmentNotFound,
    );

    const [onlyAdmin] = await assignments.ofUser(admin.userId);
    expect(await failure(grants.revoke(admin.userId, onlyAdmin.id))).toBe(ErrorCode.LastCityAdmin);
    const second = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'city_admin' }],
    });
    const [secondAdmin] = await assignments.ofUser(second.userId);
    await grants.revoke(admin.userId, secondAdmin.id);
    expect(await assignments.ofUser(second.userId)).toEqual([]);
  });

  it('gives the role only to the verified owner of the invited address, once', async () => {
    const owner = await createTestPerson(t.database.dataSource, { verified: false });
    const token = await invitation(owner.email, organiser(organisationId));
    const stranger = await createTestPerson(t.database.dataSource);

    expect((await accept(stranger, token)).body.code).toBe(ErrorCode.InvitationEmailMismatch);
    expect((await accept(owner, token)).body.code).toBe(ErrorCode.EmailNotVerified);
    await t.database.dataSource.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [
      owner.userId,
    ]);
    const accepted = await accept(owner, token);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      id: owner.userId,
      roles: ['citizen', 'organiser'],
      organisations: [
        {
          id: organisationId,
          nameJa: '生涯学習推進課',
          nameEn: '生涯学習推進課 (en)',
          isAdmin: false,
        },
      ],
    });
    expect(await assignments.ofUser(owner.userId)).toEqual([
      expect.objectContaining({ role: 'organiser', isOrganisationAdmin: false }),
    ]);
    expect((await accept(owner, token)).body.code).toBe(ErrorCode.InvitationNotFound);
    expect(
      (await grants.pendingInvitations(organisationId)).map((pending) => pending.email),
    ).not.toContain(owner.email);
  });

  it('lets an invitation expire after its lifetime, and withdraws a pending one once', async () => {
    const invitee = await createTestPerson(t.database.dataSource);
    const token = await invitation(invitee.email, organiser(organisationId));
    clock.set(new Date(clock.now().getTime() + INVITATION_LIFETIME_MS + 1000));
    expect(
      (await grants.pendingInvitations(organisationId)).map((pending) => pending.email),
    ).not.toContain(invitee.email);
    expect((await accept(invitee, token)).body.code).toBe(ErrorCode.InvitationNotFound);
    expect(await assignments.ofUser(invitee.userId)).toEqual([]);

    clock.set('2031-04-01T09:00:00+09:00');
    await invitation(invitee.email, organiser(organisationId));
    const [pending] = (await grants.pendingInvitations(organisationId)).filter(
      (item) => item.email === invitee.email,
    );
    expect(
      await failure(
        grants.revokeInvitation(admin.userId, pending.id, { organisationId: otherOrganisationId }),
      ),
    ).toBe(ErrorCode.InvitationNotFound);
    await grants.revokeInvitation(admin.userId, pending.id, { organisationId });
    expect(await failure(grants.revokeInvitation(admin.userId, pending.id))).toBe(
      ErrorCode.InvitationNotFound,
    );
  });
});
