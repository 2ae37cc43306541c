import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_COURSES, FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { MailCatcher } from '../testing/mail-catcher';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';

/**
 * Object-level access: a role opens a workspace, but only one's own organisations', facilities'
 * and family members are in it. Others' objects answer 404, as if they did not exist.
 */
describe('object-level access', () => {
  const mail = new MailCatcher();
  let t: TestApp;
  const organisationA = seedId('organisation', 'kosodate');
  const organisationB = seedId('organisation', 'university');
  const facilityX = seedId('facility', 'azuma');
  const facilityY = seedId('facility', 'oho');
  const courseOfA = seedId('course', FIXTURE_COURSES.parenting.key);
  const courseOfB = seedId('course', FIXTURE_COURSES.cooking.key);
  let adminOfA: TestPerson;
  let organiserOfA: TestPerson;
  let organiserOfB: TestPerson;
  let staffOfX: TestPerson;
  /** A request as the person; asserts the status (showing the error code when it differs). */
  const as = async (
    person: TestPerson,
    method: 'get' | 'post' | 'patch' | 'delete',
    path: string,
    ...[bodyOrStatus, status]: [number] | [object, number]
  ) => {
    const body = typeof bodyOrStatus === 'number' ? undefined : bodyOrStatus;
    const expected = typeof bodyOrStatus === 'number' ? bodyOrStatus : status;
    const response = await callAs(t.http, t.database.dataSource, person, method, path, body);
    expect({ status: response.status, code: response.body?.code }).toMatchObject({
      status: expected,
    });
    return response;
  };

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    const db = t.database.dataSource;
    // A's draft: organisers see their drafts; the public catalogue never does.
    await db.query(`UPDATE courses SET status = 'draft' WHERE id = $1`, [
      seedId('course', FIXTURE_COURSES.pastHistory.key),
    ]);
    adminOfA = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationA, isOrganisationAdmin: true }],
    });
    organiserOfA = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationA }],
    });
    organiserOfB = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationB, isOrganisationAdmin: true }],
    });
    staffOfX = await createTestPerson(db, {
      roles: [{ role: 'facility_staff', facilityId: facilityX }],
    });
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
    delete process.env['SMTP_URL'];
  });

  describe('organiser workspace', () => {
    it("lists only the organiser's organisations' courses, drafts included", async () => {
      const response = await as(organiserOfA, 'get', '/api/organiser/courses', 200);
      const ids = (response.body as { id: string; status: string }[]).map((c) => c.id).sort();
      expect(ids).toEqual(
        [
          FIXTURE_COURSES.parenting.key,
          FIXTURE_COURSES.smartphone.key,
          FIXTURE_COURSES.pastHistory.key,
        ]
          .map((key) => seedId('course', key))
          .sort(),
      );
      expect(response.body).toContainEqual(expect.objectContaining({ status: 'draft' }));
    });

    it("shows the organiser's own course with its sessions", async () => {
      const response = await as(organiserOfA, 'get', `/api/organiser/courses/${courseOfA}`, 200);
      expect(response.body).toMatchObject({
        id: courseOfA,
        organisation: { id: organisationA },
        sessionCount: 2,
      });
      expect(response.body.sessions).toHaveLength(2);
    });

    it("answers 404 for another organisation's course, exactly as for one that does not exist", async () => {
      const other = await as(organiserOfA, 'get', `/api/organiser/courses/${courseOfB}`, 404);
      const missing = await as(
        organiserOfA,
        'get',
        '/api/organiser/courses/00000000-0000-4000-8000-000000000000',
        404,
      );
      expect(other.body).toEqual(missing.body);
      expect(other.body.code).toBe('COURSE_NOT_FOUND');
    });
  });

  describe('staff workspace', () => {
    it("lists only the staff member's facilities, with rooms", async () => {
      const response = await as(staffOfX, 'get', '/api/staff/facilities', 200);
      expect(response.body.map((f: { id: string }) => f.id)).toEqual([facilityX]);
      expect(response.body[0].rooms).toHaveLength(2);
    });

    it('answers 404 for a facility the person is not staff of', async () => {
      await as(staffOfX, 'get', `/api/staff/facilities/${facilityX}`, 200);
      const response = await as(staffOfX, 'get', `/api/staff/facilities/${facilityY}`, 404);
      expect(response.body.code).toBe('FACILITY_NOT_FOUND');
    });
  });

  describe("organisation admins' member management", () => {
    it('lets the admin of A see and invite for A', async () => {
      const members = await as(adminOfA, 'get', `/api/organisations/${organisationA}/members`, 200);
      expect(members.body.members.map((m: { userId: string }) => m.userId).sort()).toEqual(
        [adminOfA.userId, organiserOfA.userId].sort(),
      );
      const invited = await as(
        adminOfA,
        'post',
        `/api/organisations/${organisationA}/invitations`,
        {
          email: 'new-colleague@example.jp',
          isOrganisationAdmin: false,
        },
        201,
      );
      expect(invited.body).toMatchObject({ status: 'invited', invitationId: expect.any(String) });
      await mail.waitFor('new-colleague@example.jp', 'tsumugu');
    });

    it('only invites, registered or not: the answer is the same and the person joins by accepting', async () => {
      const registered = await createTestPerson(t.database.dataSource, {
        email: 'already-registered@example.jp',
      });
      const invite = (email: string) =>
        as(
          adminOfA,
          'post',
          `/api/organisations/${organisationA}/invitations`,
          { email, isOrganisationAdmin: true },
          201,
        );
      const toRegistered = await invite(registered.email);
      const toUnknown = await invite('nobody-yet@example.jp');
      const shape = (body: Record<string, unknown>) => ({ ...body, invitationId: 'id' });
      expect(shape(toRegistered.body)).toEqual(shape(toUnknown.body));
      expect(toRegistered.body).toMatchObject({ status: 'invited', roleAssignmentId: null });

      // Not a member yet: the admin learns neither the name nor that an account exists.
      const before = await as(adminOfA, 'get', `/api/organisations/${organisationA}/members`, 200);
      expect(before.body.members.map((m: { userId: string }) => m.userId)).not.toContain(
        registered.userId,
      );
      expect(JSON.stringify(before.body.members)).not.toContain(registered.email);
      await as(registered, 'get', `/api/organisations/${organisationA}/members`, 403);

      // The person accepts from the mail, signed in with the invited address.
      const message = await mail.waitFor(registered.email, 'tsumugu');
      const link = message.links.find((url) => url.includes('/invitations/accept?token='))!;
      const token = new URL(link).searchParams.get('token');
      await as(registered, 'post', '/api/invitations/accept', { token }, 200);
      const after = await as(adminOfA, 'get', `/api/organisations/${organisationA}/members`, 200);
      expect(after.body.members).toContainEqual(
        expect.objectContaining({ userId: registered.userId, isOrganisationAdmin: true }),
      );
    });

    it('does not let the admin of A invite into, list or remove from B (404: B is not theirs)', async () => {
      const invite = await as(
        adminOfA,
        'post',
        `/api/organisations/${organisationB}/invitations`,
        {
          email: 'intruder@example.jp',
          isOrganisationAdmin: true,
        },
        404,
      );
      expect(invite.body.code).toBe('ORGANISATION_NOT_FOUND');
      await as(adminOfA, 'get', `/api/organisations/${organisationB}/members`, 404);

      const [assignmentOfB] = await t.database.dataSource.query(
        `SELECT id FROM role_assignments WHERE user_id = $1`,
        [organiserOfB.userId],
      );
      await as(
        adminOfA,
        'delete',
        `/api/organisations/${organisationB}/members/${assignmentOfB.id}`,
        404,
      );
      // Through A's own path, B's assignment is not one of A's members either.
      const viaA = await as(
        adminOfA,
        'delete',
        `/api/organisations/${organisationA}/members/${assignmentOfB.id}`,
        404,
      );
      expect(viaA.body.code).toBe('ROLE_ASSIGNMENT_NOT_FOUND');
      const [still] = await t.database.dataSource.query(
        `SELECT count(*)::int AS n FROM role_assignments WHERE id = $1`,
        [assignmentOfB.id],
      );
      expect(still.n).toBe(1);
    });

    it('refuses a non-admin organiser of A (403: they belong, but lack the role)', async () => {
      const response = await as(
        organiserOfA,
        'post',
        `/api/organisations/${organisationA}/invitations`,
        { email: 'someone@example.jp', isOrganisationAdmin: false },
        403,
      );
      expect(response.body.code).toBe('ACCESS_DENIED');
      await as(organiserOfA, 'get', `/api/organisations/${organisationA}/members`, 403);
    });

    it('lets the admin of A remove a colleague of A, and audits it', async () => {
      const colleague = await createTestPerson(t.database.dataSource, {
        roles: [{ role: 'organiser', organisationId: organisationA }],
      });
      const [assignment] = await t.database.dataSource.query(
        `SELECT id FROM role_assignments WHERE user_id = $1`,
        [colleague.userId],
      );
      await as(
        adminOfA,
        'delete',
        `/api/organisations/${organisationA}/members/${assignment.id}`,
        204,
      );
      await as(colleague, 'get', '/api/organiser/courses', 403);
      const [entry] = await t.database.dataSource.query(
        `SELECT actor_user_id, details FROM audit_log
          WHERE action = 'role.revoked' AND subject_user_id = $1`,
        [colleague.userId],
      );
      expect(entry).toEqual({
        actor_user_id: adminOfA.userId,
        details: {
          role: 'organiser',
          organisationId: organisationA,
          facilityId: null,
          isOrganisationAdmin: false,
        },
      });
    });
  });

  describe('citizens', () => {
    it("cannot read, change or delete another person's family member", async () => {
      const parent = await createTestPerson(t.database.dataSource);
      const neighbour = await createTestPerson(t.database.dataSource);
      const created = await as(
        parent,
        'post',
        '/api/me/family-members',
        {
          name: '佐藤 さくら',
          birthYear: 2019,
          relationship: 'child',
        },
        201,
      );
      const id: string = created.body.id;
      const own = await as(neighbour, 'get', '/api/me/family-members', 200);
      expect(own.body).toEqual([]);
      for (const [method, body] of [
        ['patch', { birthYear: 2020 }],
        ['delete', undefined],
      ] as const) {
        const refused = body
          ? await as(neighbour, method, `/api/me/family-members/${id}`, body, 404)
          : await as(neighbour, method, `/api/me/family-members/${id}`, 404);
        expect(refused.body.code).toBe('FAMILY_MEMBER_NOT_FOUND');
      }
      const still = await as(parent, 'get', '/api/me/family-members', 200);
      expect(still.body).toEqual([expect.objectContaining({ id, birthYear: 2019 })]);
    });
  });
});
