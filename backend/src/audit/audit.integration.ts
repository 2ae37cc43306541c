import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Facility } from '../facilities/facility.entity';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, signIn, type TestPerson } from '../testing/test-people';
import { AUDIT_ACTIONS } from './audit-action';
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
      actionLabel: { ja: '利用者の情報を閲覧', en: 'Viewed a person' },
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
      targetName: { ja: 'テスト 太郎', en: '太郎 テスト' },
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

  it('names actions and objects, and filters by person, action and Japan dates', async () => {
    const other = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'city_admin' }],
    });
    const insert = (at: string, entry: Record<string, unknown>) =>
      t.database.dataSource.query(
        `INSERT INTO audit_log (occurred_at, actor_user_id, action, subject_user_id,
                                target_type, target_id, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          at,
          entry['actor'],
          entry['action'],
          entry['subject'] ?? null,
          entry['targetType'] ?? null,
          entry['targetId'] ?? null,
          JSON.stringify(entry['details'] ?? {}),
        ],
      );
    // 23:30 on 10 May in Japan; 00:10 on 11 May in Japan (still 10 May in UTC); 12 May.
    await insert('2031-05-10T23:30:00+09:00', {
      actor: staff.userId,
      action: 'closure.created',
      targetType: 'facility',
      targetId: facilityId,
      details: { closureId: randomUUID() },
    });
    await insert('2031-05-11T00:10:00+09:00', {
      actor: admin.userId,
      action: 'role.granted',
      subject: staff.userId,
      targetType: 'role_assignment',
      targetId: randomUUID(), // revoked since: named from the entry's own details
      details: { role: 'facility_staff', facilityId, organisationId: null },
    });
    await insert('2031-05-12T09:00:00+09:00', {
      actor: other.userId,
      action: 'person.viewed',
      subject: other.userId,
      targetType: 'user',
      targetId: other.userId,
    });

    const day = await as(
      admin,
      'get',
      `/api/admin/audit-log?personUserId=${staff.userId}&from=2031-05-11&to=2031-05-11`,
    );
    expect(day.status).toBe(200);
    expect(day.body.total).toBe(1);
    expect(day.body.items[0]).toMatchObject({
      action: 'role.granted',
      actionLabel: { ja: '役割を付与', en: 'Granted a role' },
      targetName: {
        ja: '施設職員（監査テスト交流センター）',
        en: 'facility staff (Audit Test Centre)',
      },
    });

    const closures = await as(
      admin,
      'get',
      `/api/admin/audit-log?personUserId=${staff.userId}&action=closure.created&from=2031-05-01`,
    );
    expect(closures.body.items).toHaveLength(1);
    expect(new Date(closures.body.items[0].occurredAt)).toEqual(
      new Date('2031-05-10T23:30:00+09:00'),
    );
    expect(closures.body.items).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: staff.userId }),
        actionLabel: { ja: '休館日を登録', en: 'Added a closure' },
        targetName: { ja: '監査テスト交流センター', en: 'Audit Test Centre' },
      }),
    ]);

    const range = await as(admin, 'get', `/api/admin/audit-log?from=2031-05-10&to=2031-05-12`);
    expect(range.body.items.map((item: { action: string }) => item.action)).toEqual([
      'person.viewed',
      'role.granted',
      'closure.created',
    ]);

    const actions = await as(admin, 'get', '/api/admin/audit-log/actions');
    expect(actions.status).toBe(200);
    expect(actions.body).toHaveLength(AUDIT_ACTIONS.length);
    expect(actions.body).toContainEqual({
      code: 'roster.viewed',
      label: { ja: '名簿を閲覧', en: 'Viewed a roster' },
    });
    expect((await as(staff, 'get', '/api/admin/audit-log/actions')).status).toBe(403);
  });

  it('exports the filtered log as CSV for Excel, and records the export itself', async () => {
    const path = '/api/admin/audit-log.csv?from=2031-05-10&to=2031-05-12';
    const credentials = await signIn(t.database.dataSource, admin);
    const ja = await request(t.http)
      .get(path)
      .set('Cookie', credentials.cookie)
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done(null, text));
      });
    expect(ja.status).toBe(200);
    expect(ja.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(ja.headers['content-disposition']).toBe('attachment; filename="audit-log.csv"');
    expect(ja.headers['cache-control']).toBe('no-store');
    const lines = (ja.body as string).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF日時,操作した人,操作した人のメール,操作,対象の人,対象,操作コード,記録番号',
    );
    expect(lines).toHaveLength(5); // header, three entries, the final line end
    expect(lines[2]).toMatch(
      /^2031年5月11日.* 00:10,テスト 太郎,[^,]+,役割を付与,テスト 太郎,施設職員（監査テスト交流センター）,role\.granted,\d+$/,
    );

    const en = await request(t.http)
      .get(`${path}&action=closure.created`)
      .set('Cookie', credentials.cookie)
      .set('Accept-Language', 'en');
    expect(en.text.split('\r\n')[0]).toBe(
      '\uFEFFWhen (JST),By,By (e-mail),Action,Person concerned,Object,Action code,Entry',
    );
    expect(en.text).toContain('Added a closure,,Audit Test Centre,closure.created');

    expect(await rows('audit_log.exported')).toEqual([
      {
        actorUserId: admin.userId,
        subjectUserId: null,
        targetType: null,
        targetId: null,
        details: expect.objectContaining({ rows: 3, from: '2031-05-10', to: '2031-05-12' }),
      },
      expect.objectContaining({
        details: expect.objectContaining({ rows: 1, action: 'closure.created' }),
      }),
    ]);
    expect((await as(staff, 'get', path)).status).toBe(403);
  });

  it('refuses a bad filter with a message per field', async () => {
    const bad = await as(
      admin,
      'get',
      '/api/admin/audit-log?action=roster.eaten&from=2031-02-30&personUserId=x',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((field: { field: string }) => field.field).sort()).toEqual([
      'action',
      'from',
      'personUserId',
    ]);
    const backwards = await as(
      admin,
      'get',
      '/api/admin/audit-log.csv?from=2031-05-12&to=2031-05-10',
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields).toEqual([
      expect.objectContaining({ field: 'to', ja: expect.stringContaining('開始日以降') }),
    ]);
  });
});
