import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { MailCatcher } from '../testing/mail-catcher';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';
import { makeEligible, profileContent } from './instructor-test-helpers';

/** Requests (講師依頼): lead time, the thread, acceptance and what it reveals, the report. */
describe('instructor bank: requests', () => {
  const clock = new SettableClock('2026-12-07T10:00:00+09:00');
  const mail = new MailCatcher();
  let t: TestApp;
  let instructor: TestPerson;
  let organiser: TestPerson;
  let groupCitizen: TestPerson;
  let stranger: TestPerson;
  let profileId: string;
  const as = (
    person: TestPerson | null,
    method: 'get' | 'post' | 'put',
    path: string,
    body?: object,
  ) => callAs(t.http, t.database.dataSource, person, method, path, body);
  const organisationId = seedId('organisation', 'kosodate');

  const request = (overrides: object = {}) => ({
    requesterKind: 'organiser',
    organisationId,
    groupName: '',
    purpose: '親子星空観察会の講師',
    audience: '小学生と保護者',
    expectedParticipants: 30,
    dateOptions: [
      { startsAt: '2027-01-23T18:00:00+09:00', endsAt: '2027-01-23T20:00:00+09:00' },
      { startsAt: '2027-01-30T18:00:00+09:00', endsAt: '2027-01-30T20:00:00+09:00' },
    ],
    placeKind: 'facility',
    facilityId: seedId('facility', 'azuma'),
    placeDetail: '中庭',
    feeOfferedYen: 5000,
    feeNote: '交通費込み',
    message: 'よろしくお願いします。',
    ...overrides,
  });

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN, clock.now());
    const db = t.database.dataSource;
    instructor = await createTestPerson(db);
    await makeEligible(db, instructor.userId);
    const reviewer = await createTestPerson(db, { roles: [{ role: 'instructor_reviewer' }] });
    organiser = await createTestPerson(db, { roles: [{ role: 'organiser', organisationId }] });
    groupCitizen = await createTestPerson(db);
    stranger = await createTestPerson(db);
    await db.query(`UPDATE users SET phone = '029-111-2222' WHERE id = $1`, [organiser.userId]);
    await as(instructor, 'put', '/api/me/instructor-profile', profileContent());
    const { body } = await as(instructor, 'post', '/api/me/instructor-profile/submit');
    profileId = body.id;
    await as(reviewer, 'post', `/api/review/instructor-profiles/${profileId}/decisions`, {
      action: 'approve',
      comment: '',
      expectedVersion: body.version,
    });
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
    delete process.env['SMTP_URL'];
  });

  it('refuses dates inside the lead time, per field, and a request to oneself', async () => {
    const early = await as(
      organiser,
      'post',
      `/api/instructors/${profileId}/requests`,
      request({
        dateOptions: [
          { startsAt: '2026-12-20T10:00:00+09:00', endsAt: '2026-12-20T09:00:00+09:00' },
        ],
      }),
    );
    expect(early.status).toBe(400);
    expect(early.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'dateOptions.0.endsAt',
      'dateOptions.0.startsAt',
    ]);
    const own = await as(
      instructor,
      'post',
      `/api/instructors/${profileId}/requests`,
      request({ requesterKind: 'group', organisationId: null, groupName: 'PTA' }),
    );
    expect(own.status).toBe(403);
    const notMine = await as(
      groupCitizen,
      'post',
      `/api/instructors/${profileId}/requests`,
      request(),
    );
    expect(notMine.status).toBe(400);
    expect(notMine.body.fields[0].field).toBe('organisationId');
    const fourDates = await as(
      organiser,
      'post',
      `/api/instructors/${profileId}/requests`,
      request({
        dateOptions: Array(4).fill({
          startsAt: '2027-01-23T18:00:00+09:00',
          endsAt: '2027-01-23T20:00:00+09:00',
        }),
      }),
    );
    expect(fourDates.status).toBe(400);
  });

  it('reveals contact details to both parties only after acceptance, and to nobody else', async () => {
    const created = await as(
      organiser,
      'post',
      `/api/instructors/${profileId}/requests`,
      request(),
    );
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.counterpartContact).toBeNull();

    const received = await as(instructor, 'get', `/api/me/instructor-requests?role=received`);
    expect(received.body.map((r: { id: string }) => r.id)).toEqual([id]);
    const before = await as(instructor, 'get', `/api/me/instructor-requests/${id}`);
    expect(before.body.counterpartContact).toBeNull();
    expect(JSON.stringify(before.body)).not.toContain(organiser.email);
    expect(JSON.stringify(before.body)).not.toContain('029-111-2222');
    expect((await as(stranger, 'get', `/api/me/instructor-requests/${id}`)).status).toBe(404);

    const question = await as(instructor, 'post', `/api/me/instructor-requests/${id}/messages`, {
      body: '望遠鏡を置く場所はありますか。',
    });
    expect(question.status).toBe(201);
    expect(question.body.messages[0]).toMatchObject({ from: 'instructor', mine: true });
    expect(JSON.stringify(question.body)).not.toContain(organiser.email);

    // Only the instructor accepts.
    expect(
      (await as(organiser, 'post', `/api/me/instructor-requests/${id}/accept`, { optionIndex: 1 }))
        .status,
    ).toBe(403);
    expect(
      (await as(instructor, 'post', `/api/me/instructor-requests/${id}/accept`, { optionIndex: 2 }))
        .status,
    ).toBe(400);
    const accepted = await as(instructor, 'post', `/api/me/instructor-requests/${id}/accept`, {
      optionIndex: 1,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.acceptedOption.index).toBe(1);
    expect(accepted.body.counterpartContact).toEqual({
      name: 'テスト 太郎',
      email: organiser.email,
      phone: '029-111-2222',
    });
    // The mail says it was accepted and links to the request, but carries no contact detail.
    const acceptedMail = await mail.waitFor(organiser.email, '講師依頼が承諾されました');
    expect(acceptedMail.links.some((link) => link.endsWith(`/instructor-requests/${id}`))).toBe(
      true,
    );
    expect(acceptedMail.text).not.toContain(instructor.email);
    expect(acceptedMail.text).not.toContain('029-000-0000');
    const organiserView = await as(organiser, 'get', `/api/me/instructor-requests/${id}`);
    expect(organiserView.body.counterpartContact).toEqual({
      name: 'テスト 太郎',
      email: instructor.email,
      phone: '029-000-0000',
    });
    expect((await as(stranger, 'get', `/api/me/instructor-requests/${id}`)).status).toBe(404);
    // A second accept (another tab) changes nothing.
    expect(
      (await as(instructor, 'post', `/api/me/instructor-requests/${id}/accept`, { optionIndex: 0 }))
        .status,
    ).toBe(409);

    // The report comes after the date.
    const early = await as(organiser, 'post', `/api/me/instructor-requests/${id}/report`, {
      attendees: 28,
      rating: 5,
      comment: '好評でした。',
    });
    expect(early.status).toBe(400);
    clock.set('2027-01-30T21:00:00+09:00');
    expect(organiserView.body.allowed.report).toBe(false);
    const reported = await as(organiser, 'post', `/api/me/instructor-requests/${id}/report`, {
      attendees: 28,
      rating: 5,
      comment: '好評でした。',
    });
    expect(reported.status).toBe(200);
    expect(reported.body.status).toBe('reported');
    expect(reported.body.report).toMatchObject({ attendees: 28, rating: 5 });
    clock.set('2026-12-07T10:00:00+09:00');

    const mails = await t.database.dataSource.query(
      `SELECT kind, user_id AS "userId" FROM notifications
        WHERE payload->>'requestId' = $1 ORDER BY id`,
      [id],
    );
    expect(mails).toEqual([
      { kind: 'instructor_request_received', userId: instructor.userId },
      { kind: 'instructor_request_message', userId: organiser.userId },
      { kind: 'instructor_request_accepted', userId: organiser.userId },
      { kind: 'instructor_request_reported', userId: instructor.userId },
    ]);
  });

  it('lets a citizen request for a group, and either party cancel or the instructor decline', async () => {
    const group = request({
      requesterKind: 'group',
      organisationId: null,
      groupName: '松代小PTA',
      placeKind: 'other',
      facilityId: null,
      placeDetail: '松代小学校 体育館',
    });
    const first = await as(groupCitizen, 'post', `/api/instructors/${profileId}/requests`, group);
    expect(first.status).toBe(201);
    expect(first.body.requesterName).toBe('松代小PTA');
    const declined = await as(
      instructor,
      'post',
      `/api/me/instructor-requests/${first.body.id}/decline`,
      { reason: 'その日は不在です。' },
    );
    expect(declined.body.status).toBe('declined');
    expect(declined.body.counterpartContact).toBeNull();
    const second = await as(groupCitizen, 'post', `/api/instructors/${profileId}/requests`, group);
    // A pending request is the instructor's to decline, not to cancel.
    const asInstructor = await as(
      instructor,
      'get',
      `/api/me/instructor-requests/${second.body.id}`,
    );
    expect(asInstructor.body.allowed).toMatchObject({ cancel: false, decline: true, accept: true });
    expect(
      (await as(instructor, 'post', `/api/me/instructor-requests/${second.body.id}/cancel`)).status,
    ).toBe(409);
    const cancelled = await as(
      groupCitizen,
      'post',
      `/api/me/instructor-requests/${second.body.id}/cancel`,
    );
    expect(cancelled.body.status).toBe('cancelled');
    expect(
      (
        await as(instructor, 'post', `/api/me/instructor-requests/${second.body.id}/accept`, {
          optionIndex: 0,
        })
      ).status,
    ).toBe(409);
  });

  it('follows the lead time the section sets', async () => {
    const reviewer = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'instructor_reviewer' }],
    });
    expect((await as(reviewer, 'get', '/api/review/instructor-settings')).body).toEqual({
      requestLeadDays: 14,
    });
    expect(
      (await as(reviewer, 'put', '/api/review/instructor-settings', { requestLeadDays: 91 }))
        .status,
    ).toBe(400);
    await as(reviewer, 'put', '/api/review/instructor-settings', { requestLeadDays: 60 });
    const refused = await as(
      organiser,
      'post',
      `/api/instructors/${profileId}/requests`,
      request(),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.fields[0].ja).toContain('60日後');
    await as(reviewer, 'put', '/api/review/instructor-settings', { requestLeadDays: 14 });
  });

  it('feeds the section’s figures from the reports', async () => {
    const reviewer = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'instructor_reviewer' }],
    });
    const { body } = await as(reviewer, 'get', '/api/review/instructor-profiles');
    expect(body.figures).toMatchObject({
      fiscalYear: 2026,
      reported: 1,
      attendees: 28,
      averageRating: 5,
    });
    expect(body.figures.requests).toBeGreaterThanOrEqual(3);
    expect(body.figures.accepted).toBe(1);
  });

  it('closes pending requests when the instructor leaves the bank, and tells the requester', async () => {
    const db = t.database.dataSource;
    const reviewer = await createTestPerson(db, { roles: [{ role: 'instructor_reviewer' }] });
    const leaving = await createTestPerson(db);
    await makeEligible(db, leaving.userId);
    await as(
      leaving,
      'put',
      '/api/me/instructor-profile',
      profileContent({ displayName: '転居 予定' }),
    );
    const { body } = await as(leaving, 'post', '/api/me/instructor-profile/submit');
    await as(reviewer, 'post', `/api/review/instructor-profiles/${body.id}/decisions`, {
      action: 'approve',
      comment: '',
      expectedVersion: body.version,
    });
    const sent = await as(organiser, 'post', `/api/instructors/${body.id}/requests`, request());
    expect(sent.body.status).toBe('pending');
    await as(leaving, 'post', '/api/me/instructor-profile/withdraw');
    const after = await as(organiser, 'get', `/api/me/instructor-requests/${sent.body.id}`);
    expect(after.body.status).toBe('declined');
    expect(after.body.declineReason).toContain('人材バンクに登録されていない');
    const [mail] = await db.query(
      `SELECT kind FROM notifications WHERE user_id = $1 AND payload->>'requestId' = $2 ORDER BY id DESC`,
      [organiser.userId, sent.body.id],
    );
    expect(mail.kind).toBe('instructor_request_declined');
  });
});
