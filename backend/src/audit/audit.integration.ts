import { Facility } from '../facilities/facility.entity';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';
import { AuditService } from './audit.service';

/**
 * The audit log: who did what to which object, and when — never the personal values
 * themselves (names, emails, a hiring group's name) — and the city administrators' view of it,
 * newest first, by person, page by page.
 */
describe('audit log', () => {
  const clock = new SettableClock('2031-06-01T10:00:00+09:00');
  let t: TestApp;
  let audit: AuditService;
  let admin: TestPerson;
  let staff: TestPerson;
  let facilityId: string;

  const as = (person: TestPerson, method: 'get' | 'post', path: string, body?: object) =>
    callAs(t.http, t.database.dataSource, person, method, path, body);
  const rows = (action: string) =>
    t.database.dataSource.query(
      `SELECT actor_user_id AS "actorUserId", subject_user_id AS "subjectUserId",
              target_type AS "targetType", target_id AS "targetId", details
         FROM audit_log WHERE action = $1 ORDER BY id`,
      [action],
    );

  beforeAll(async () => {
    t = await createTestApp({ clock });
    const { identifiers } = await t.database.dataSource.getRepository(Facility).insert({
      kind: 'community_centre',
      nameJa: '監査テスト交流センター',
      nameEn: 'Audit Test Centre',
      postalCode: '305-0031',
      addressJa: 'つくば市吾妻1-10-1',
      addressEn: '1-10-1 Azuma, Tsukuba',
      phone: '029-000-0000',
      latitude: '36.083',
      longitude: '140.112',
      opensAt: '09:00',
      closesAt: '21:00',
    });
    facilityId = identifiers[0].id as string;
    admin = await createTestPerson(t.database.dataSource, { roles: [{ role: 'city_admin' }] });
    staff = await createTestPerson(t.database.dataSource, {
      email: 'audit-staff@example.jp',
      roles: [{ role: 'facility_staff', facilityId }],
    });
    audit = t.app.get(AuditService);
  });
  afterAll(() => t.close());

  it("records a staff member's changes with actor and object, and no personal values", async () => {
    const room = await as(staff, 'post', `/api/staff/facilities/${facilityId}/rooms`, {
      nameJa: '秘密の部屋',
      nameEn: 'Secret room',
      capacity: 12,
      feePer30MinYen: 0,
      equipment: [],
      wheelchairAccessible: true,
      hearingLoop: false,
      floor: 1,
    });
    expect(room.status).toBe(201);
    const hire = await as(staff, 'post', `/api/staff/facilities/${facilityId}/reservations`, {
      roomId: room.body.id,
      groupName: '山田花子さんの読書会',
      purpose: '月例会',
      startsAt: '2031-06-17T10:00:00+09:00',
      endsAt: '2031-06-17T12:00:00+09:00',
    });
    expect(hire.status).toBe(201);

    const recorded = [...(await rows('room.created')), ...(await rows('reservation.created'))];
    expect(recorded).toEqual([
      {
        actorUserId: staff.userId,
        subjectUserId: null,
        targetType: 'facility',
        targetId: facilityId,
        details: { roomId: room.body.id },
      },
      {
        actorUserId: staff.userId,
        subjectUserId: null,
        targetType: 'facility',
        targetId: facilityId,
        details: { reservationId: hire.body.id, roomId: room.body.id },
      },
    ]);
    const everything = JSON.stringify(await t.database.dataSource.query(`SELECT * FROM audit_log`));
    for (const personal of ['秘密の部屋', '山田', '読書会', '月例会', staff.email]) {
      expect(everything).not.toContain(personal);
    }
  });

  it('keeps no entry of a change whose transaction fails', async () => {
    const before = (await rows('person.viewed')).length;
    await expect(
      t.database.dataSource.transaction(async (manager) => {
        await audit.record(
          { actorUserId: admin.userId, action: 'person.viewed', subjectUserId: staff.userId },
          manager,
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rows('person.viewed')).toHaveLength(before);
  });

  it("shows the administrators the log newest first, one person's entries, page by page", async () => {
    const subject = await createTestPerson(t.database.dataSource);
    const anonymised = await createTestPerson(t.database.dataSource);
    for (let i = 0; i < 52; i++) {
      await audit.record({
        actorUserId: admin.userId,
        action: 'person.viewed',
        subjectUserId: subject.userId,
        targetType: 'user',
        targetId: subject.userId,
        details: { viewing: i },
      });
    }
    await audit.record({
      actorUserId: admin.userId,
      action: 'role.revoked',
      subjectUserId: anonymised.userId,
    });
    await t.database.dataSource.query(
      `UPDATE users SET email = NULL, family_name = '', given_name = '', deleted_at = now()
        WHERE id = $1`,
      [anonymised.userId],
    );

    const first = await as(admin, 'get', `/api/admin/audit-log?subjectUserId=${subject.userId}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 52, page: 1, pageSize: 50 });
    expect(first.body.items).toHaveLength(50);
    expect(first.body.items[0]).toEqual({
      id: expect.any(String),
      occurredAt: expect.any(String),
      action: 'person.viewed',
      actor: {
        id: admin.userId,
        familyName: 'テスト',
        givenName: '太郎',
        email: admin.email,
        deleted: false,
      },
      subject: expect.objectContaining({ id: subject.userId, email: subject.email }),
      targetType: 'user',
      targetId: subject.userId,
      details: { viewing: 51 },
    });
    const second = await as(
      admin,
      'get',
      `/api/admin/audit-log?subjectUserId=${subject.userId}&page=2`,
    );
    expect(second.body.items.map((item: { details: object }) => item.details)).toEqual([
      { viewing: 1 },
      { viewing: 0 },
    ]);

    const gone = await as(admin, 'get', `/api/admin/audit-log?subjectUserId=${anonymised.userId}`);
    expect(gone.body.items).toHaveLength(1);
    expect(gone.body.items[0].subject).toEqual({
      id: anonymised.userId,
      familyName: '',
      givenName: '',
      email: null,
      deleted: true,
    });

    const all = await as(admin, 'get', '/api/admin/audit-log');
    expect(all.body.total).toBeGreaterThanOrEqual(55);
    expect(all.body.items[0].action).toBe('role.revoked');
  });

  it('refuses a bad page or person with a message per field, and staff altogether', async () => {
    const bad = await as(admin, 'get', '/api/admin/audit-log?page=0&subjectUserId=someone');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.fields.map((field: { field: string }) => field.field).sort()).toEqual([
      'page',
      'subjectUserId',
    ]);
    expect((await as(staff, 'get', '/api/admin/audit-log')).status).toBe(403);
  });
});
