import type { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';
import { makeEligible, profileContent } from './instructor-test-helpers';

/** What the race tests check: decisions recorded for the profile, and numbers handed out. */
async function outcome(db: DataSource, profileId: string) {
  const decisions = await db.query(
    `SELECT kind FROM instructor_profile_events
      WHERE profile_id = $1 AND kind IN ('returned', 'registered', 'declined')`,
    [profileId],
  );
  const [{ numbers }] = await db.query(
    `SELECT count(*)::int AS numbers FROM instructor_profile_events
      WHERE profile_id = $1 AND kind = 'registered'`,
    [profileId],
  );
  return { decisions: decisions.length, numbers };
}

/**
 * Many reviewers deciding one application at once, through the real API: one decision, one
 * registration number. The control runs the same race through a naive read-then-write path
 * (test code only) on a database without the bank's guards, and shows the same checks fail.
 */
describe('instructor bank: concurrent reviewers', () => {
  let t: TestApp;
  let reviewers: TestPerson[];
  const as = (person: TestPerson, method: 'post' | 'put', path: string, body?: object) =>
    callAs(t.http, t.database.dataSource, person, method, path, body);

  async function submittedProfile(name: string) {
    const db = t.database.dataSource;
    const person = await createTestPerson(db);
    await makeEligible(db, person.userId);
    await as(
      person,
      'put',
      '/api/me/instructor-profile',
      profileContent({ displayName: name, areaFacilityIds: [], anyArea: true }),
    );
    return (await as(person, 'post', '/api/me/instructor-profile/submit')).body as {
      id: string;
      version: number;
    };
  }

  beforeAll(async () => {
    t = await createTestApp({ poolSize: 30 });
    reviewers = await Promise.all(
      Array.from({ length: 8 }, () =>
        createTestPerson(t.database.dataSource, { roles: [{ role: 'instructor_reviewer' }] }),
      ),
    );
  });
  afterAll(() => t.close());

  it('eight reviewers approving at once give one decision and one number', async () => {
    const profile = await submittedProfile('同時 審査');
    const answers = await Promise.all(
      reviewers.map((reviewer) =>
        as(reviewer, 'post', `/api/review/instructor-profiles/${profile.id}/decisions`, {
          action: 'approve',
          comment: '',
          expectedVersion: profile.version,
        }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(
      answers.filter((answer) => answer.status !== 200).map((answer) => answer.body.code),
    ).toEqual(Array(7).fill('INSTRUCTOR_PROFILE_VERSION_CONFLICT'));
    expect(await outcome(t.database.dataSource, profile.id)).toEqual({ decisions: 1, numbers: 1 });
  });

  it('control: a naive read-then-write path without the guards records several decisions', async () => {
    const db = t.database.dataSource;
    const profile = await submittedProfile('素朴 審査');
    // The guards this control takes away: the status trigger and one decision per submission.
    await db.query(
      `ALTER TABLE instructor_profiles DISABLE TRIGGER instructor_profiles_check_transition`,
    );
    await db.query(`DROP INDEX instructor_profile_events_one_decision`);
    try {
      // Each "reviewer" reads the status (no lock, no version), waits until all have read, then
      // writes its decision: the interleaving a real race produces now and then, made certain.
      let arrived = 0;
      let release: () => void = () => undefined;
      const allRead = new Promise<void>((resolve) => (release = resolve));
      await Promise.all(
        reviewers.slice(0, 4).map(async (reviewer, index) => {
          await db.transaction(async (manager) => {
            const [row] = await manager.query(
              `SELECT status FROM instructor_profiles WHERE id = $1`,
              [profile.id],
            );
            if (++arrived === 4) release();
            await allRead;
            if (row.status !== 'submitted') return;
            const [submission] = await manager.query(
              `SELECT id FROM instructor_profile_submissions WHERE profile_id = $1`,
              [profile.id],
            );
            await manager.query(
              `UPDATE instructor_profiles SET status = 'registered', approved_content = content,
                      registration_number = $2, registered_at = now(), valid_until = '2029-03-31'
                WHERE id = $1`,
              [profile.id, `TKB-2026-${8000 + index}`],
            );
            await manager.query(
              `INSERT INTO instructor_profile_events (profile_id, kind, from_status, to_status, actor_user_id, by_reviewer, submission_id, created_at)
               VALUES ($1, 'registered', 'submitted', 'registered', $2, true, $3, now())`,
              [profile.id, reviewer.userId, submission.id],
            );
          });
        }),
      );
      const naive = await outcome(db, profile.id);
      // The checks of the test above would fail here.
      expect(naive.decisions).toBeGreaterThan(1);
      expect(naive.numbers).toBeGreaterThan(1);
      // The closing note's figure: what the naive path did.
      console.log(`naive review race: ${naive.decisions} decisions, ${naive.numbers} numbers`);
    } finally {
      // The control's duplicate decisions go, so that the guard can come back.
      await db.query(`DELETE FROM instructor_profile_events WHERE profile_id = $1`, [profile.id]);
      await db.query(
        `ALTER TABLE instructor_profiles ENABLE TRIGGER instructor_profiles_check_transition`,
      );
      await db.query(`
        CREATE UNIQUE INDEX instructor_profile_events_one_decision
          ON instructor_profile_events (submission_id)
          WHERE kind IN ('returned', 'registered', 'declined')`);
    }
  });
});
