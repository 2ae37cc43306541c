import request from 'supertest';
import { seedDemoData } from '../demo/seeder';
import { createBookableCourse, createCitizens, type TestCitizen } from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import { CourseContextCache } from './course-context-cache';

/**
 * The course's booking context kept in memory between bookings: used, dropped when the course
 * changes (NOTIFY), and never trusted past a change even when the notice has not arrived (the
 * revision that tsumugu_take_seats checks under the course's lock).
 */
describe('the booking context kept in memory', () => {
  let t: TestApp;
  let cache: CourseContextCache;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    cache = t.app.get(CourseContextCache);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.database.dataSource;

  const book = (citizen: TestCitizen, courseId: string) =>
    request(t.http)
      .post(`/api/courses/${courseId}/bookings`)
      .set('Cookie', citizen.credentials.cookie)
      .set(citizen.credentials.csrfHeader)
      .send({ companionIds: [] });

  /** Waits (up to 5 s) until the cache no longer holds the course. */
  async function dropped(courseId: string): Promise<boolean> {
    for (let i = 0; i < 100 && cache.has(courseId); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return !cache.has(courseId);
  }

  /**
   * Reads the course into the cache once the notices of its creation have arrived (a read that
   * overlaps a notice is not kept).
   */
  async function kept(courseId: string): Promise<boolean> {
    for (let i = 0; i < 100 && !cache.has(courseId); i++) {
      await cache.read(courseId);
      if (!cache.has(courseId)) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return cache.has(courseId);
  }

  /** Runs `change` with the course notifications off: as if their notice were late. */
  async function unannounced(change: () => Promise<unknown>): Promise<void> {
    await db().query(`ALTER TABLE courses DISABLE TRIGGER courses_notify_changed`);
    await db().query(`ALTER TABLE course_sessions DISABLE TRIGGER course_sessions_notify_changed`);
    try {
      await change();
    } finally {
      await db().query(`ALTER TABLE courses ENABLE TRIGGER courses_notify_changed`);
      await db().query(`ALTER TABLE course_sessions ENABLE TRIGGER course_sessions_notify_changed`);
    }
  }

  it('answers the second booking of a course from memory, and forgets the course when it changes', async () => {
    expect(cache.listening).toBe(true);
    const { courseId } = await createBookableCourse(db(), { capacity: 10 });
    const [first, second, third] = await createCitizens(db(), 3, { birthYear: 1980 });

    expect((await book(first!, courseId)).status).toBe(201);
    expect(await kept(courseId)).toBe(true);
    const hits = cache.counts.hits;
    expect((await book(second!, courseId)).status).toBe(201);
    expect(cache.counts.hits).toBe(hits + 1);

    // The organiser narrows the course to people of 30 and under: the notice drops the copy.
    await db().query(`UPDATE courses SET target_age_max = 30 WHERE id = $1`, [courseId]);
    expect(await dropped(courseId)).toBe(true);
    const refused = await book(third!, courseId);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('NOT_ELIGIBLE');
  });

  it('never books on a copy read before the course changed, however late the notice', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 10 });
    const [first, second] = await createCitizens(db(), 2, { birthYear: 1980 });
    const [young] = await createCitizens(db(), 1, { birthYear: 2005 });
    expect((await book(first!, courseId)).status).toBe(201);
    expect(await kept(courseId)).toBe(true);

    await unannounced(() =>
      db().query(`UPDATE courses SET target_age_max = 30 WHERE id = $1`, [courseId]),
    );
    // Nothing told the app: its copy still says that everybody may come.
    expect(cache.has(courseId)).toBe(true);

    const refused = await book(second!, courseId);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('NOT_ELIGIBLE');
    const [stored] = await db().query(
      `SELECT count(*)::int AS n FROM bookings WHERE course_id = $1 AND user_id = $2`,
      [courseId, second!.userId],
    );
    expect(stored.n).toBe(0);
    // The course was read again: who fits the new rule books, from the fresh copy.
    expect((await book(young!, courseId)).status).toBe(201);
  });

  it('answers a booking with the sessions as they are, even when their move was not announced', async () => {
    const { courseId, sessionIds } = await createBookableCourse(db(), { capacity: 10 });
    const [first, second] = await createCitizens(db(), 2);
    const before = await book(first!, courseId);
    expect(before.status).toBe(201);
    expect(await kept(courseId)).toBe(true);

    let movedTo = '';
    await unannounced(async () => {
      const [[moved]] = await db().query(
        `UPDATE course_sessions SET starts_at = starts_at + interval '7 days',
                                    ends_at = ends_at + interval '7 days'
          WHERE id = $1 RETURNING starts_at`,
        [sessionIds[0]],
      );
      movedTo = new Date(moved.starts_at).toISOString();
    });
    expect(cache.has(courseId)).toBe(true);

    const after = await book(second!, courseId);
    expect(after.status).toBe(201);
    expect(new Date(after.body.sessions[0].startsAt).toISOString()).toBe(movedTo);
    expect(after.body.sessions[0].startsAt).not.toBe(before.body.sessions[0].startsAt);
  });
});
