import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { INVITATION_LIFETIME_MS } from '../roles/role-grants.service';
import { MailCatcher } from '../testing/mail-catcher';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';

/** The city administrators' console, through the HTTP API as the console's pages use it. */
describe('admin console API', () => {
  const mail = new MailCatcher();
  const clock = new SettableClock();
  let t: TestApp;
  let admin: TestPerson;
  const facilityX = seedId('facility', 'azuma');
  const organisationA = seedId('organisation', 'kosodate');

  const as = async (
    person: TestPerson,
    method: 'get' | 'post' | 'patch' | 'delete',
    path: string,
    ...[bodyOrStatus, status]: [number] | [object, number]
  ) => {
    const body = typeof bodyOrStatus === 'number' ? undefined : bodyOrStatus;
    const expected = typeof bodyOrStatus === 'number' ? bodyOrStatus : status;
    const response = await callAs(t.http, t.database.dataSource, person, method, path, body);
    expect({ status: response.status, body: response.body }).toMatchObject({ status: expected });
    return response;
  };
  const auditRows = (action: string) =>
    t.database.dataSource.query(
      `SELECT actor_user_id AS "actorUserId", subject_user_id AS "subjectUserId", target_type AS "targetType",
              target_id AS "targetId", details
         FROM audit_log WHERE action = $1 ORDER BY id`,
      [action],
    );

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    admin = await createTestPerson(t.database.dataSource, { roles: [{ role: 'city_admin' }] });
  });
  afterEach(() => clock.reset());
  afterAll(async () => {
    await t.close();
    await mail.stop();
    delete process.env['SMTP_URL'];
  });

  describe('role grants', () => {
    it('makes a person with an account facility staff at once, mails them and audits it', async () => {
      const person = await createTestPerson(t.database.dataSource, {
        email: 'new-staff@example.jp',
      });
      await as(person, 'get', '/api/staff/facilities', 403);

      const granted = await as(
        admin,
        'post',
        '/api/admin/role-assignments',
        {
          email: '  New-Staff@Example.jp ',
          role: 'facility_staff',
          facilityId: facilityX,
        },
        201,
      );
      expect(granted.body).toEqual({
        status: 'granted',
        roleAssignmentId: expect.any(String),
        invitationId: null,
      });

      const facilities = await as(person, 'get', '/api/staff/facilities', 200);
      expect(facilities.body.map((f: { id: string }) => f.id)).toEqual([facilityX]);
      const message = await mail.waitFor('new-staff@example.jp', '施設職員');
      expect(message.text).toContain('吾妻交流センター');

      expect(await auditRows('role.granted')).toEqual([
        {
          actorUserId: admin.userId,
          subjectUserId: person.userId,
          targetType: 'role_assignment',
          targetId: granted.body.roleAssignmentId,
          details: {
            role: 'facility_staff',
            organisationId: null,
            facilityId: facilityX,
            isOrganisationAdmin: false,
          },
        },
      ]);

      // Granting again is not an error and does not duplicate the role.
      const again = await as(
        admin,
        'post',
        '/api/admin/role-assignments',
        {
          email: 'new-staff@example.jp',
          role: 'facility_staff',
          facilityId: facilityX,
        },
        201,
      );
      expect(again.body.roleAssignmentId).toBe(granted.body.roleAssignmentId);

      await as(
        admin,
        'delete',
        `/api/admin/role-assignments/${granted.body.roleAssignmentId}`,
        204,
      );
      await as(person, 'get', '/api/staff/facilities', 403);
      const gone = await as(
        admin,
        'delete',
        `/api/admin/role-assignments/${granted.body.roleAssignmentId}`,
        404,
      );
      expect(gone.body.code).toBe('ROLE_ASSIGNMENT_NOT_FOUND');
      expect(await auditRows('role.revoked')).toHaveLength(1);
    });

    it('invites an address without an account; only that address can accept, once', async () => {
      const invited = await as(
        admin,
        'post',
        '/api/admin/role-assignments',
        {
          email: 'future-organiser@example.jp',
          role: 'organiser',
          organisationId: organisationA,
          isOrganisationAdmin: true,
        },
        201,
      );
      expect(invited.body).toMatchObject({ status: 'invited', roleAssignmentId: null });
      const pending = await as(admin, 'get', '/api/admin/invitations', 200);
      expect(pending.body).toContainEqual(
        expect.objectContaining({
          id: invited.body.invitationId,
          email: 'future-organiser@example.jp',
          role: 'organiser',
          organisation: expect.objectContaining({ id: organisationA }),
        }),
      );
      const message = await mail.waitFor('future-organiser@example.jp', 'Invitation');
      const link = message.links.find((url) => url.includes('/invitations/accept?token='))!;
      const token = new URL(link).searchParams.get('token')!;
      // The address is not in the audit log: the invitee has agreed to nothing yet.
      const [created] = await auditRows('invitation.created');
      expect(JSON.stringify(created)).not.toContain('future-organiser');

      const someoneElse = await createTestPerson(t.database.dataSource);
      const mismatch = await as(someoneElse, 'post', '/api/invitations/accept', { token }, 403);
      expect(mismatch.body.code).toBe('INVITATION_EMAIL_MISMATCH');

      const invitee = await createTestPerson(t.database.dataSource, {
        email: 'future-organiser@example.jp',
      });
      const accepted = await as(invitee, 'post', '/api/invitations/accept', { token }, 200);
      expect(accepted.body.roles).toEqual(expect.arrayContaining(['citizen', 'organiser']));
      expect(accepted.body.organisations).toEqual([
        expect.objectContaining({ id: organisationA, isAdmin: true }),
      ]);
      await as(invitee, 'get', `/api/organisations/${organisationA}/members`, 200);

      const twice = await as(invitee, 'post', '/api/invitations/accept', { token }, 404);
      expect(twice.body.code).toBe('INVITATION_NOT_FOUND');
      const after = await as(admin, 'get', '/api/admin/invitations', 200);
      expect(after.body.map((i: { id: string }) => i.id)).not.toContain(invited.body.invitationId);
    });

    it('lets an invitation be accepted until its last second, and not on the next', async () => {
      const sentAt = new Date('2027-03-31T23:59:59+09:00');
      const expiresAt = sentAt.getTime() + INVITATION_LIFETIME_MS;
      const inviteAndAccept = async (email: string, acceptAt: number) => {
        clock.set(sentAt);
        const invited = await as(
          admin,
          'post',
          '/api/admin/role-assignments',
          { email, role: 'instructor' },
          201,
        );
        const message = await mail.waitFor(email, 'Invitation');
        expect(message.text).toContain('The link works for 14 days.');
        const link = message.links.find((url) => url.includes('token='))!;
        const token = new URL(link).searchParams.get('token')!;
        clock.set(new Date(acceptAt));
        const listed = (await as(admin, 'get', '/api/admin/invitations', 200)).body.some(
          (invitation: { id: string }) => invitation.id === invited.body.invitationId,
        );
        const invitee = await createTestPerson(t.database.dataSource, { email });
        const accepted = await callAs(
          t.http,
          t.database.dataSource,
          invitee,
          'post',
          '/api/invitations/accept',
          { token },
        );
        return { listed, status: accepted.status, code: accepted.body.code as string | undefined };
      };
      expect(await inviteAndAccept('last-second@example.jp', expiresAt - 1000)).toEqual({
        listed: true,
        status: 200,
        code: undefined,
      });
      expect(await inviteAndAccept('one-second-late@example.jp', expiresAt)).toEqual({
        listed: false,
        status: 404,
        code: 'INVITATION_NOT_FOUND',
      });
    });

    it('withdraws an invitation so that its link no longer works', async () => {
      const invited = await as(
        admin,
        'post',
        '/api/admin/role-assignments',
        {
          email: 'withdrawn@example.jp',
          role: 'instructor',
        },
        201,
      );
      const message = await mail.waitFor('withdrawn@example.jp', 'Invitation');
      const token = new URL(message.links.find((url) => url.includes('token='))!).searchParams.get(
        'token',
      )!;
      await as(admin, 'delete', `/api/admin/invitations/${invited.body.invitationId}`, 204);
      await as(admin, 'delete', `/api/admin/invitations/${invited.body.invitationId}`, 404);
      const invitee = await createTestPerson(t.database.dataSource, {
        email: 'withdrawn@example.jp',
      });
      await as(invitee, 'post', '/api/invitations/accept', { token }, 404);
    });

    it('refuses a role without its scope, or with a scope that does not exist', async () => {
      const missing = await as(
        admin,
        'post',
        '/api/admin/role-assignments',
        {
          email: 'x@example.jp',
          role: 'organiser',
        },
        400,
      );
      expect(missing.body.fields).toEqual([expect.objectContaining({ field: 'organisationId' })]);
      const extra = await as(
        admin,
        'post',
        '/api/admin/role-assignments',
        {
          email: 'x@example.jp',
          role: 'city_admin',
          facilityId: facilityX,
          isOrganisationAdmin: true,
        },
        400,
      );
      expect(extra.body.fields.map((f: { field: string }) => f.field)).toEqual([
        'facilityId',
        'isOrganisationAdmin',
      ]);
      const unknown = await as(
        admin,
        'post',
        '/api/admin/role-assignments',
        {
          email: 'x@example.jp',
          role: 'organiser',
          organisationId: '00000000-0000-4000-8000-000000000000',
        },
        404,
      );
      expect(unknown.body.code).toBe('ORGANISATION_NOT_FOUND');
      await as(
        admin,
        'post',
        '/api/admin/role-assignments',
        {
          email: 'not an address',
          role: 'instructor',
        },
        400,
      );
    });
  });

  it('never removes the last city administrator, even at their own request', async () => {
    const [own] = await t.database.dataSource.query(
      `SELECT id FROM role_assignments WHERE user_id = $1`,
      [admin.userId],
    );
    const refused = await as(admin, 'delete', `/api/admin/role-assignments/${own.id}`, 409);
    expect(refused.body.code).toBe('LAST_CITY_ADMIN');

    const colleague = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'city_admin' }],
    });
    const [theirs] = await t.database.dataSource.query(
      `SELECT id FROM role_assignments WHERE user_id = $1`,
      [colleague.userId],
    );
    await as(admin, 'delete', `/api/admin/role-assignments/${theirs.id}`, 204);
    await as(colleague, 'get', '/api/admin/people', 403);
  });

  describe('people', () => {
    it('finds people by part of the email or name, audits the search without its words', async () => {
      await createTestPerson(t.database.dataSource, { email: 'yamada.search@example.jp' });
      const found = await as(admin, 'get', '/api/admin/people?q=yamada.sea', 200);
      expect(found.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
      expect(found.body.items[0]).toMatchObject({ email: 'yamada.search@example.jp' });
      const admins = await as(admin, 'get', '/api/admin/people?role=city_admin', 200);
      expect(admins.body.items.map((p: { id: string }) => p.id)).toEqual([admin.userId]);
      const wildcard = await as(admin, 'get', '/api/admin/people?q=%25', 200);
      expect(wildcard.body.total).toBe(0);
      await as(admin, 'get', '/api/admin/people?role=king', 400);

      const searches = await auditRows('people.searched');
      expect(searches[0].details).toEqual({
        searchedByText: true,
        role: null,
        page: 1,
        resultCount: 1,
      });
      expect(JSON.stringify(searches)).not.toContain('yamada');
    });

    it("shows a person's profile and roles, and audits who looked", async () => {
      const person = await createTestPerson(t.database.dataSource, {
        roles: [{ role: 'organiser', organisationId: organisationA }],
      });
      const detail = await as(admin, 'get', `/api/admin/people/${person.userId}`, 200);
      expect(detail.body).toMatchObject({
        id: person.userId,
        email: person.email,
        emailVerified: true,
        roles: ['organiser'],
        roleAssignments: [
          expect.objectContaining({
            role: 'organiser',
            organisation: expect.objectContaining({ id: organisationA }),
          }),
        ],
      });
      const log = await as(
        admin,
        'get',
        `/api/admin/audit-log?subjectUserId=${person.userId}`,
        200,
      );
      expect(log.body.items).toEqual([
        expect.objectContaining({
          action: 'person.viewed',
          actor: expect.objectContaining({ id: admin.userId }),
          subject: expect.objectContaining({ id: person.userId }),
        }),
      ]);
      const missing = await as(
        admin,
        'get',
        '/api/admin/people/00000000-0000-4000-8000-000000000000',
        404,
      );
      expect(missing.body.code).toBe('PERSON_NOT_FOUND');
    });
  });

  describe('organisations and facilities', () => {
    it('creates and corrects an organisation; a taken name is a 409', async () => {
      const created = await as(
        admin,
        'post',
        '/api/admin/organisations',
        {
          kind: 'npo',
          nameJa: 'NPO法人 つくば子ども食堂',
          nameEn: 'Tsukuba Kids Kitchen',
        },
        201,
      );
      expect(created.body).toMatchObject({
        kind: 'npo',
        websiteUrl: null,
        memberCount: 0,
        courseCount: 0,
      });
      const updated = await as(
        admin,
        'patch',
        `/api/admin/organisations/${created.body.id}`,
        {
          websiteUrl: 'https://kids-kitchen.example.jp/',
        },
        200,
      );
      expect(updated.body).toMatchObject({
        nameJa: 'NPO法人 つくば子ども食堂',
        websiteUrl: 'https://kids-kitchen.example.jp/',
      });
      const taken = await as(
        admin,
        'patch',
        `/api/admin/organisations/${created.body.id}`,
        {
          nameJa: 'つくば市 生涯学習推進課',
        },
        409,
      );
      expect(taken.body.code).toBe('NAME_ALREADY_IN_USE');
      await as(
        admin,
        'patch',
        '/api/admin/organisations/00000000-0000-4000-8000-000000000000',
        { nameEn: 'x' },
        404,
      );
      const list = await as(admin, 'get', '/api/admin/organisations', 200);
      expect(list.body).toHaveLength(FIXTURE_PLAN.organisations.length + 1);
      expect((await auditRows('organisation.updated'))[0].details).toEqual({
        fields: ['websiteUrl'],
      });
    });

    it('creates a facility and refuses closing hours before opening', async () => {
      const facility = {
        kind: 'community_centre',
        nameJa: '谷田部交流センター',
        nameEn: 'Yatabe Community Centre',
        postalCode: '305-0861',
        addressJa: 'つくば市谷田部1-1',
        addressEn: '1-1 Yatabe, Tsukuba',
        phone: '029-836-0001',
        latitude: 36.0395,
        longitude: 140.0779,
        opensAt: '09:00',
        closesAt: '21:30',
      };
      const created = await as(admin, 'post', '/api/admin/facilities', facility, 201);
      expect(created.body).toMatchObject({
        ...facility,
        accessJa: '',
        roomCount: 0,
        staffCount: 0,
      });
      const hours = await as(
        admin,
        'patch',
        `/api/admin/facilities/${created.body.id}`,
        { closesAt: '08:00' },
        400,
      );
      expect(hours.body.fields).toEqual([expect.objectContaining({ field: 'closesAt' })]);
      await as(
        admin,
        'post',
        '/api/admin/facilities',
        { ...facility, nameJa: '別の施設', postalCode: '3050861' },
        400,
      );
    });
  });
});
