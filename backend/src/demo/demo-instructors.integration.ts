import request from 'supertest';
import { SettableClock } from '../testing/settable-clock';
import { WHOLE_DEMO_TIMEOUTS } from '../testing/demo-database';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs } from '../testing/test-people';
import { buildSeedPlanAt } from './programme';
import { seedDemoAccounts } from './demo-accounts';
import { seedDemoInstructors } from './demo-instructors';
import { seedDemoData } from './seeder';

/** The demo's instructor bank, seeded at a fixed moment as `npm start` seeds it. */
describe('demo instructor bank', () => {
  const seededAt = new Date('2026-12-07T09:00:00+09:00');
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      clock: new SettableClock(seededAt),
      timeouts: WHOLE_DEMO_TIMEOUTS,
    });
    const db = t.database.dataSource;
    await seedDemoData(db, buildSeedPlanAt(seededAt), seededAt);
    await seedDemoAccounts(db, seededAt);
    expect(await seedDemoInstructors(db, seededAt)).toBe(69);
    expect(await seedDemoInstructors(db, seededAt)).toBe(0);
  }, 180_000);
  afterAll(() => t.close());

  it('lists about sixty registered instructors and groups, searchable', async () => {
    const list = await request(t.http).get('/api/instructors');
    expect(list.body.total).toBe(59);
    const soba = await request(t.http).get(`/api/instructors?q=${encodeURIComponent('そば')}`);
    expect(soba.body.items.map((i: { displayName: string }) => i.displayName)).toContain(
      '蕎麦打ち 石田 実',
    );
    for (const word of ['茶道', '英会話', '小田城', '防災', 'スマホ', '星空']) {
      const found = await request(t.http).get(`/api/instructors?q=${encodeURIComponent(word)}`);
      expect({ word, found: found.body.total > 0 }).toEqual({ word, found: true });
    }
  });

  it('has applications in each state and requests in each state', async () => {
    const db = t.database.dataSource;
    const statuses = await db.query(
      `SELECT status, count(*)::int AS count FROM instructor_profiles GROUP BY status ORDER BY status`,
    );
    expect(
      Object.fromEntries(
        statuses.map((r: { status: string; count: number }) => [r.status, r.count]),
      ),
    ).toEqual({
      declined: 1,
      draft: 1,
      expired: 2,
      registered: 58,
      returned: 2,
      submitted: 4,
      withdrawn: 1,
    });
    const requests = await db.query(
      `SELECT DISTINCT status FROM instructor_requests ORDER BY status`,
    );
    expect(requests.map((r: { status: string }) => r.status)).toEqual([
      'accepted',
      'cancelled',
      'declined',
      'pending',
      'reported',
    ]);
  });

  it('gives instructor@example.jp a registered profile and reviewer@example.jp the queue', async () => {
    const db = t.database.dataSource;
    const [instructor] = await db.query(
      `SELECT id, email FROM users WHERE email = 'instructor@example.jp'`,
    );
    const mine = await callAs(
      t.http,
      db,
      { userId: instructor.id, email: instructor.email },
      'get',
      '/api/me/instructor-profile',
    );
    expect(mine.body).toMatchObject({ status: 'registered', listed: true });
    expect(mine.body.registrationNumber).toMatch(/^TKB-2026-\d{4}$/);
    const received = await callAs(
      t.http,
      db,
      { userId: instructor.id, email: instructor.email },
      'get',
      '/api/me/instructor-requests?role=received',
    );
    expect(received.body.length).toBeGreaterThanOrEqual(2);
    // hanako's attended course, ready to add as 学習歴.
    const [hanako] = await db.query(
      `SELECT id, email FROM users WHERE email = 'hanako@example.jp'`,
    );
    const learning = await callAs(
      t.http,
      db,
      { userId: hanako.id, email: hanako.email },
      'get',
      '/api/me/instructor-profile/learning',
    );
    expect(learning.body.length).toBeGreaterThanOrEqual(1);
    expect(learning.body[0].sessionsAttended).toBeGreaterThanOrEqual(1);
    const [reviewer] = await db.query(
      `SELECT id, email FROM users WHERE email = 'reviewer@example.jp'`,
    );
    const queue = await callAs(
      t.http,
      db,
      { userId: reviewer.id, email: reviewer.email },
      'get',
      '/api/review/instructor-profiles',
    );
    expect(queue.body.counts.submitted).toBe(4);
    // Linked to an upcoming course, whose public page shows his card.
    const [link] = await db.query(
      `SELECT cip.course_id AS "courseId" FROM course_instructor_profiles cip
         JOIN instructor_profiles p ON p.id = cip.profile_id WHERE p.user_id = $1`,
      [instructor.id],
    );
    const course = await request(t.http).get(`/api/courses/${link.courseId}`);
    expect(course.body.instructors.map((c: { displayName: string }) => c.displayName)).toContain(
      '山田 健一',
    );
    // A course of his own subject (a geologist), not whichever course comes first.
    expect(['science_technology', 'nature_environment']).toContain(course.body.category);
  });
});
