import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';
import { PROFILE_TRANSITIONS } from './instructor-reference';
import { makeEligible, profileContent } from './instructor-test-helpers';

/**
 * The instructor bank end to end on a real PostgreSQL: a citizen applies, a reviewer returns
 * and then registers her, she is found in the directory, requested, accepts; and the
 * registration's rules (eligibility, the number, validity, the role, the audit log).
 */
describe('instructor bank: applying and reviewing', () => {
  const clock = new SettableClock('2026-12-07T10:00:00+09:00');
  let t: TestApp;
  let applicant: TestPerson;
  let reviewer: TestPerson;
  let organiser: TestPerson;
  let citizen: TestPerson;
  const as = (
    person: TestPerson | null,
    method: 'get' | 'post' | 'put',
    path: string,
    body?: object,
  ) => callAs(t.http, t.database.dataSource, person, method, path, body);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN, clock.now());
    const db = t.database.dataSource;
    applicant = await createTestPerson(db);
    reviewer = await createTestPerson(db, { roles: [{ role: 'instructor_reviewer' }] });
    organiser = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: seedId('organisation', 'kosodate') }],
    });
    citizen = await createTestPerson(db);
  });
  afterAll(() => t.close());

  it('walks draft → submitted → returned → submitted → registered, with mails and audit', async () => {
    expect((await as(applicant, 'get', '/api/me/instructor-profile')).status).toBe(404);
    const saved = await as(applicant, 'put', '/api/me/instructor-profile', profileContent());
    expect(saved.status).toBe(200);
    expect(saved.body.status).toBe('draft');

    // Not eligible yet: no birth year, no relation to Tsukuba on the account.
    const refused = await as(applicant, 'post', '/api/me/instructor-profile/submit');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('INSTRUCTOR_PROFILE_NOT_ELIGIBLE');
    expect(saved.body.eligibility.eligible).toBe(false);

    await makeEligible(t.database.dataSource, applicant.userId);
    const submitted = await as(applicant, 'post', '/api/me/instructor-profile/submit');
    expect(submitted.status).toBe(200);
    clock.advance(3_600_000);
    expect(submitted.body.status).toBe('submitted');
    // Under review: the applicant cannot change what the reviewer is judging.
    const locked = await as(applicant, 'put', '/api/me/instructor-profile', profileContent());
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('INSTRUCTOR_PROFILE_LOCKED');

    const queue = await as(reviewer, 'get', '/api/review/instructor-profiles?status=submitted');
    expect(queue.status).toBe(200);
    expect(queue.body.counts.submitted).toBe(1);
    const id = submitted.body.id;
    expect(queue.body.items.map((item: { id: string }) => item.id)).toContain(id);

    const view = await as(reviewer, 'get', `/api/review/instructor-profiles/${id}`);
    expect(view.body.allowedActions).toEqual(['approve', 'return', 'decline']);
    expect(view.body.applicant.eligibility.eligible).toBe(true);
    const noComment = await as(
      reviewer,
      'post',
      `/api/review/instructor-profiles/${id}/decisions`,
      {
        action: 'return',
        comment: ' ',
        expectedVersion: view.body.version,
      },
    );
    expect(noComment.status).toBe(400);
    const returned = await as(reviewer, 'post', `/api/review/instructor-profiles/${id}/decisions`, {
      action: 'return',
      comment: '活動実績に年を書いてください。',
      expectedVersion: view.body.version,
    });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    clock.advance(3_600_000);

    const mine = await as(applicant, 'get', '/api/me/instructor-profile');
    expect(mine.body.reviewerComment).toBe('活動実績に年を書いてください。');
    await as(
      applicant,
      'put',
      '/api/me/instructor-profile',
      profileContent({ activityRecordJa: '2019年から毎年、公民館で観望会を開催。' }),
    );
    clock.advance(3_600_000);
    const resubmitted = await as(applicant, 'post', '/api/me/instructor-profile/submit');
    clock.advance(3_600_000);
    expect(resubmitted.body.status).toBe('submitted');

    const second = await as(reviewer, 'get', `/api/review/instructor-profiles/${id}`);
    expect(second.body.submissionNumber).toBe(2);
    const approved = await as(reviewer, 'post', `/api/review/instructor-profiles/${id}/decisions`, {
      action: 'approve',
      comment: '',
      expectedVersion: second.body.version,
    });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('registered');
    expect(approved.body.registrationNumber).toMatch(/^TKB-2026-\d{4}$/);
    // Registered in FY2026: valid to the end of FY2028 (翌々年度末).
    expect(approved.body.validUntil).toBe('2029-03-31');
    expect(approved.body.history.map((event: { kind: string }) => event.kind)).toEqual([
      'registered',
      'submitted',
      'returned',
      'submitted',
    ]);

    const db = t.database.dataSource;
    const roles = await db.query(`SELECT role FROM role_assignments WHERE user_id = $1`, [
      applicant.userId,
    ]);
    expect(roles).toEqual([{ role: 'instructor' }]);
    const mails = await db.query(`SELECT kind FROM notifications WHERE user_id = $1 ORDER BY id`, [
      applicant.userId,
    ]);
    expect(mails.map((row: { kind: string }) => row.kind)).toEqual([
      'instructor_profile_received',
      'instructor_profile_returned',
      'instructor_profile_received',
      'instructor_profile_registered',
    ]);
    const audit = await db.query(
      `SELECT action FROM audit_log WHERE actor_user_id = $1 ORDER BY id`,
      [reviewer.userId],
    );
    const actions = audit.map((row: { action: string }) => row.action);
    expect(actions.filter((a: string) => a === 'instructor_profile.viewed')).toHaveLength(2);
    expect(actions.filter((a: string) => a === 'instructor_profile.decided')).toHaveLength(2);
    expect(actions).toContain('instructor_profiles.listed');
    expect(actions).toContain('role.granted');
  });

  it('puts the profile in the person’s data export (APPI)', async () => {
    const exported = await as(applicant, 'get', '/api/me/export');
    expect(exported.status).toBe(200);
    expect(exported.body.instructorProfile).toMatchObject({
      status: 'registered',
      validUntil: '2029-03-31',
      requestsReceived: 0,
    });
    expect(exported.body.instructorProfile.content.displayName).toBe('星野 昭');
    expect((await as(citizen, 'get', '/api/me/export')).body.instructorProfile).toBeNull();
  });

  it('refuses reviewers who are city administrators only, and citizens', async () => {
    const admin = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'city_admin' }],
    });
    expect((await as(admin, 'get', '/api/review/instructor-profiles')).status).toBe(403);
    expect((await as(citizen, 'get', '/api/review/instructor-profiles')).status).toBe(403);
  });

  it('finds the registered instructor by 2-character fragments, English and kana folding', async () => {
    for (const q of ['星空', '観察', 'ＳＴＡＲＧＡＺ', 'ホシノ', '科学']) {
      const found = await as(null, 'get', `/api/instructors?q=${encodeURIComponent(q)}`);
      expect({ q, total: found.body.total }).toEqual({ q, total: 1 });
    }
    // Words only in parts shown to organisers are not searchable by the public.
    const hidden = await as(null, 'get', `/api/instructors?q=${encodeURIComponent('秘密')}`);
    expect(hidden.body.total).toBe(0);
    const filtered = await as(
      null,
      'get',
      `/api/instructors?field=science_technology&weekday=6&area=${seedId('facility', 'azuma')}&language=en`,
    );
    expect(filtered.body.total).toBe(1);
    // The fee is shown to organisers only: filtering by it finds nothing publicly.
    const byFee = await as(null, 'get', '/api/instructors?feeType=expenses_only');
    expect(byFee.body.total).toBe(0);
    expect((await as(null, 'get', '/api/instructors?weekday=9')).status).toBe(400);
  });

  it('shows organisers the parts meant for them, and the public only public parts', async () => {
    const { body: list } = await as(null, 'get', '/api/instructors');
    const id = list.items[0].id;
    const publicView = await as(null, 'get', `/api/instructors/${id}`);
    expect(publicView.body.view).toBe('public');
    expect(publicView.body.descriptionJa).toContain('星座');
    expect(publicView.body).not.toHaveProperty('qualifications');
    expect(publicView.body).not.toHaveProperty('feeType');
    const organiserView = await as(organiser, 'get', `/api/instructors/${id}`);
    expect(organiserView.body.view).toBe('organisers');
    expect(organiserView.body.qualifications).toHaveLength(1);
    expect(organiserView.body.feeType).toBe('expenses_only');
  });

  it('gives two reviewers deciding at once one decision and one number', async () => {
    const db = t.database.dataSource;
    const person = await createTestPerson(db);
    await makeEligible(db, person.userId);
    const reviewer2 = await createTestPerson(db, { roles: [{ role: 'instructor_reviewer' }] });
    await as(
      person,
      'put',
      '/api/me/instructor-profile',
      profileContent({ displayName: '競合 太郎' }),
    );
    const { body } = await as(person, 'post', '/api/me/instructor-profile/submit');
    const decide = (who: TestPerson, action: string) =>
      as(who, 'post', `/api/review/instructor-profiles/${body.id}/decisions`, {
        action,
        comment: action === 'approve' ? '' : '差し戻します。',
        expectedVersion: body.version,
      });
    const answers = await Promise.all([
      decide(reviewer, 'approve'),
      decide(reviewer2, 'approve'),
      decide(reviewer, 'return'),
      decide(reviewer2, 'decline'),
    ]);
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const [profile] = await db.query(
      `SELECT status, registration_number FROM instructor_profiles WHERE id = $1`,
      [body.id],
    );
    const decisions = await db.query(
      `SELECT kind FROM instructor_profile_events
        WHERE profile_id = $1 AND kind IN ('returned', 'registered', 'declined')`,
      [body.id],
    );
    expect(decisions).toHaveLength(1);
    expect(profile.status).toBe(decisions[0].kind);
  });

  it('lets the database refuse every illegal status change, and allow each legal one', async () => {
    const db = t.database.dataSource;
    const statuses = Object.keys(PROFILE_TRANSITIONS) as (keyof typeof PROFILE_TRANSITIONS)[];
    const mismatches: string[] = [];
    let serial = 9000;
    for (const from of statuses) {
      for (const to of statuses) {
        if (from === to) continue;
        const person = await createTestPerson(db);
        const registered =
          ['registered', 'suspended', 'expired'].includes(from) ||
          (from !== 'declined' && to !== 'declined');
        serial += 1;
        // Set up the starting state with the trigger off (a test of the trigger, not of paths).
        const runner = db.createQueryRunner();
        await runner.startTransaction();
        await runner.query(`SET LOCAL session_replication_role = replica`);
        const [row] = await runner.query(
          `INSERT INTO instructor_profiles (user_id, kind, status, content, approved_content,
                  submitted_at, registration_number, registered_at, valid_until)
           VALUES ($1, 'individual', $2, '{}', '{}', now(), $3, $4, $5) RETURNING id`,
          [
            person.userId,
            from,
            registered ? `TKB-2026-${serial}` : null,
            registered ? new Date('2026-12-01T00:00:00Z') : null,
            registered ? '2029-03-31' : null,
          ],
        );
        await runner.commitTransaction();
        await runner.release();
        const legal = PROFILE_TRANSITIONS[from].includes(to);
        let outcome = 'allowed';
        try {
          await db.query(`UPDATE instructor_profiles SET status = $2 WHERE id = $1`, [row.id, to]);
        } catch (error) {
          outcome =
            (error as { code?: string }).code === 'TSI01' ? 'refused' : `error ${String(error)}`;
        }
        if (outcome !== (legal ? 'allowed' : 'refused'))
          mismatches.push(`${from} → ${to}: ${outcome}`);
      }
    }
    expect(mismatches).toEqual([]);
    // A new profile starts as a draft, and a number never changes.
    const person = await createTestPerson(db);
    await expect(
      db.query(
        `INSERT INTO instructor_profiles (user_id, kind, status, content) VALUES ($1, 'individual', 'submitted', '{}')`,
        [person.userId],
      ),
    ).rejects.toMatchObject({ code: 'TSI01' });
    await expect(
      db.query(
        `UPDATE instructor_profiles SET registration_number = 'TKB-2026-9999'
          WHERE registration_number IS NOT NULL`,
      ),
    ).rejects.toMatchObject({ code: 'TSI01' });
  });

  it('refuses illegal steps through the API with 409', async () => {
    const db = t.database.dataSource;
    const person = await createTestPerson(db);
    await makeEligible(db, person.userId);
    await as(
      person,
      'put',
      '/api/me/instructor-profile',
      profileContent({ displayName: '辞退 花子' }),
    );
    // Not registered: nothing to renew.
    expect((await as(person, 'post', '/api/me/instructor-profile/renew')).status).toBe(409);
    const withdrawn = await as(person, 'post', '/api/me/instructor-profile/withdraw');
    expect(withdrawn.body.status).toBe('withdrawn');
    const again = await as(person, 'post', '/api/me/instructor-profile/withdraw');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INSTRUCTOR_PROFILE_TRANSITION_NOT_ALLOWED');
  });

  it('suspends and reinstates, and starts a new period after a withdrawal', async () => {
    const db = t.database.dataSource;
    clock.set('2026-12-07T10:00:00+09:00');
    const person = await createTestPerson(db);
    await makeEligible(db, person.userId);
    await as(
      person,
      'put',
      '/api/me/instructor-profile',
      profileContent({ displayName: '停止 三郎' }),
    );
    let { body } = await as(person, 'post', '/api/me/instructor-profile/submit');
    const decide = async (action: string, comment = '理由') => {
      const current = await as(reviewer, 'get', `/api/review/instructor-profiles/${body.id}`);
      return as(reviewer, 'post', `/api/review/instructor-profiles/${body.id}/decisions`, {
        action,
        comment,
        expectedVersion: current.body.version,
      });
    };
    const registered = (await decide('approve', '')).body;
    const roles = async () =>
      (await db.query(`SELECT role FROM role_assignments WHERE user_id = $1`, [person.userId])).map(
        (row: { role: string }) => row.role,
      );
    expect(await roles()).toEqual(['instructor']);

    clock.set('2027-02-01T10:00:00+09:00');
    const suspended = await decide('suspend', '苦情の確認のため一時停止します。');
    expect(suspended.body.status).toBe('suspended');
    expect(suspended.body.allowedActions).toEqual(['approve']);
    expect(await roles()).toEqual([]);
    expect((await as(null, 'get', `/api/instructors/${body.id}`)).status).toBe(404);
    clock.advance(86_400_000);
    const reinstated = await decide('approve', '');
    expect(reinstated.body).toMatchObject({
      status: 'registered',
      registrationNumber: registered.registrationNumber,
      validUntil: '2029-03-31',
    });
    expect(await roles()).toEqual(['instructor']);

    // Withdrawn, then applying again in FY2027: the same number, a new period.
    clock.advance(86_400_000);
    await as(person, 'post', '/api/me/instructor-profile/withdraw');
    expect(await roles()).toEqual([]);
    clock.set('2027-05-01T10:00:00+09:00');
    ({ body } = await as(person, 'post', '/api/me/instructor-profile/submit'));
    expect(body.status).toBe('submitted');
    const again = await decide('approve', '');
    expect(again.body).toMatchObject({
      registrationNumber: registered.registrationNumber,
      validUntil: '2030-03-31',
    });
    clock.set('2026-12-07T10:00:00+09:00');
  });

  it('never lets a reviewer decline a registered person (suspension is the way)', async () => {
    const db = t.database.dataSource;
    const [row] = await db.query(
      `SELECT id, version FROM instructor_profiles WHERE status = 'registered' LIMIT 1`,
    );
    const declined = await as(
      reviewer,
      'post',
      `/api/review/instructor-profiles/${row.id}/decisions`,
      {
        action: 'decline',
        comment: '理由',
        expectedVersion: row.version,
      },
    );
    expect(declined.status).toBe(409);
    expect(declined.body.code).toBe('INSTRUCTOR_PROFILE_TRANSITION_NOT_ALLOWED');
  });
});
