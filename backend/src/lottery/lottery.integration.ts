import { createHash, randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN, fixtureDate } from '../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';
import { drawLottery, entryIdOf } from './lottery-draw';
import { LotteryDrawService } from './lottery-draw.service';
import { verifyDrawRecord } from './verify-draw';

const organisationA = seedId('organisation', 'kosodate');
const organisationB = seedId('organisation', 'university');
const kitchen = seedId('room', 'azuma/kitchen');

function course(title: string, overrides: object = {}) {
  return {
    organisationId: organisationA,
    titleJa: title,
    titleEn: 'Lottery test course',
    summaryJa: '抽選のテスト',
    summaryEn: 'A lottery test',
    descriptionJa: '抽選のテストです。',
    descriptionEn: 'A lottery test.',
    lifeStages: ['all_ages'],
    category: 'arts_culture',
    pillar: 2,
    targetAgeMin: null,
    targetAgeMax: null,
    audience: 'everyone',
    feeYen: 0,
    childcareOffered: false,
    whatToBringJa: '',
    whatToBringEn: '',
    instructorNamesJa: '',
    instructorNamesEn: '',
    capacity: 10,
    maxCompanions: 2,
    bookingRule: 'lottery',
    lotteryPriorities: ['residents'],
    applicationOpensAt: new Date(Date.now() - 86_400_000).toISOString(),
    applicationClosesAt: new Date(Date.now() + 86_400_000).toISOString(),
    ...overrides,
  };
}

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const bookingCode = () =>
  Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** An application as POST /api/courses/:id/bookings stores it on a lottery course. */
async function apply(db: DataSource, courseId: string, person: TestPerson, partySize: number) {
  const [row] = await db.query(
    `INSERT INTO bookings (course_id, user_id, code, status, party_size)
     VALUES ($1, $2, $3, 'applied', $4) RETURNING id`,
    [courseId, person.userId, bookingCode(), partySize],
  );
  return row.id as string;
}

/** The window closed a minute ago (as time passing would close it). */
const closeWindow = (db: DataSource, courseId: string) =>
  db.query(
    `UPDATE courses SET application_opens_at = now() - interval '2 days',
                        application_closes_at = now() - interval '1 minute' WHERE id = $1`,
    [courseId],
  );

describe('lottery: commit–reveal, one draw, records (real PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;
  let organiser: TestPerson;
  let otherOrganiser: TestPerson;
  let outsider: TestPerson;
  let sessionDay = 0;

  const get = (person: TestPerson | null, path: string) => callAs(t.http, db, person, 'get', path);

  /** A lottery course created and published through the organiser API, with one session. */
  async function publishedLottery(title: string, overrides: object = {}): Promise<string> {
    const created = await callAs(t.http, db, organiser, 'post', '/api/organiser/courses', {
      ...course(title, overrides),
    });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    // Monday, Tuesday, … of the fixture's second week: upcoming whatever day the tests run.
    const day = fixtureDate(2, 1 + sessionDay++);
    const session = await callAs(
      t.http,
      db,
      organiser,
      'post',
      `/api/organiser/courses/${id}/sessions`,
      {
        startsAt: `${day}T19:00:00+09:00`,
        endsAt: `${day}T20:00:00+09:00`,
        roomId: kitchen,
      },
    );
    expect(session.status).toBe(201);
    const published = await callAs(
      t.http,
      db,
      organiser,
      'post',
      `/api/organiser/courses/${id}/publish`,
    );
    if (published.status !== 200) console.log(JSON.stringify(t.logs.slice(-3)));
    expect(published.status).toBe(200);
    return id;
  }

  beforeAll(async () => {
    // The draws here are started by the test itself, concurrently; jobs would race them.
    process.env['JOB_WORKERS'] = 'false';
    t = await createTestApp();
    db = t.database.dataSource;
    await seedDemoData(db, FIXTURE_PLAN);
    organiser = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationA }],
    });
    otherOrganiser = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationB }],
    });
    outsider = await createTestPerson(db);
  });
  afterAll(async () => {
    await t.close();
    delete process.env['JOB_WORKERS'];
  });

  it('publishes a commitment at publication, draws once under 10 concurrent attempts, and the published record re-draws to the same winners', async () => {
    const courseId = await publishedLottery('抽選テスト講座');

    const before = await get(null, `/api/courses/${courseId}/lottery`);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      state: 'accepting',
      algorithm: 'tsumugu-lottery-v1',
      seed: null,
      entries: null,
      results: null,
      priorities: ['residents'],
    });
    expect(before.body.commitment).toMatch(/^[0-9a-f]{64}$/);
    const [stored] = await db.query(
      `SELECT encode(seed, 'hex') AS seed FROM lottery_draws WHERE course_id = $1`,
      [courseId],
    );
    expect(createHash('sha256').update(Buffer.from(stored.seed, 'hex')).digest('hex')).toBe(
      before.body.commitment,
    );

    // 14 applicants, 23 people, for 10 seats; the residents among them are drawn first.
    const applicants: { person: TestPerson; bookingId: string; resident: boolean }[] = [];
    for (let i = 0; i < 14; i++) {
      const person = await createTestPerson(db);
      const resident = i % 3 === 0;
      if (resident) {
        await db.query(`UPDATE users SET tsukuba_relations = '{live}' WHERE id = $1`, [
          person.userId,
        ]);
      }
      applicants.push({
        person,
        resident,
        bookingId: await apply(
          db,
          courseId,
          person,
          1 + (i % 3 === 1 ? 1 : 0) + (i % 5 === 0 ? 1 : 0),
        ),
      });
    }

    const early = await t.app.get(LotteryDrawService).draw(courseId);
    expect(early).toBe('not_due');

    await closeWindow(db, courseId);
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () => t.app.get(LotteryDrawService).draw(courseId)),
    );
    expect(attempts.filter((a) => a === 'drawn')).toHaveLength(1);
    expect(attempts.filter((a) => a === 'already_drawn')).toHaveLength(9);

    // Everyone told once; nobody left 'applied'; seats never exceeded.
    const notified: { user_id: string; count: number }[] = await db.query(
      `SELECT user_id, count(*)::int AS count FROM notifications
        WHERE course_id = $1 AND kind IN ('lottery_won', 'lottery_waitlisted') GROUP BY user_id`,
      [courseId],
    );
    expect(notified).toHaveLength(14);
    expect(notified.every((n) => n.count === 1)).toBe(true);
    const bookings: {
      id: string;
      status: string;
      queue_position: string | null;
      party_size: number;
    }[] = await db.query(
      `SELECT id, status, queue_position, party_size FROM bookings WHERE course_id = $1`,
      [courseId],
    );
    expect(bookings.filter((b) => b.status === 'applied')).toEqual([]);
    const [{ booked_count: bookedCount }] = await db.query(
      `SELECT booked_count FROM courses WHERE id = $1`,
      [courseId],
    );
    const confirmed = bookings.filter((b) => b.status === 'confirmed');
    expect(bookedCount).toBe(confirmed.reduce((sum, b) => sum + b.party_size, 0));
    expect(bookedCount).toBeLessThanOrEqual(10);

    // The public record: seed revealed, verifies, and re-drawing it gives the same winners.
    const after = await get(null, `/api/courses/${courseId}/lottery`);
    expect(after.body.state).toBe('drawn');
    expect(after.body.commitment).toBe(before.body.commitment);
    expect(after.body.seed).toBe(stored.seed);
    expect(verifyDrawRecord(after.body)).toEqual({ valid: true, problems: [] });
    const redrawn = drawLottery({
      seed: after.body.seed,
      seats: after.body.seats,
      entries: after.body.entries,
    });
    const winners = new Set(redrawn.filter((r) => r.outcome === 'won').map((r) => r.entryId));
    expect(new Set(confirmed.map((b) => entryIdOf(b.id)))).toEqual(winners);
    for (const b of bookings.filter((b) => b.status === 'waiting')) {
      expect(Number(b.queue_position)).toBe(
        redrawn.find((r) => r.entryId === entryIdOf(b.id))!.rank,
      );
    }
    // Residents (priority group 0) come before everyone else in the drawn order.
    const groups = after.body.results.map((r: { priorityGroup: number }) => r.priorityGroup);
    expect(groups).toEqual([...groups].sort());
    expect(groups.filter((g: number) => g === 0)).toHaveLength(
      applicants.filter((a) => a.resident).length,
    );
    // The published list names nobody.
    expect(JSON.stringify(after.body)).not.toContain(applicants[0].bookingId);
    expect(JSON.stringify(after.body)).not.toContain(applicants[0].person.email);

    // A citizen sees their own entry; nobody else's booking.
    const mine = applicants[1];
    const own = await get(mine.person, `/api/me/bookings/${mine.bookingId}/lottery`);
    expect(own.status).toBe(200);
    const result = after.body.results.find(
      (r: { entryId: string }) => r.entryId === entryIdOf(mine.bookingId),
    );
    expect(own.body).toMatchObject({
      lotteryEntryId: entryIdOf(mine.bookingId),
      state: 'drawn',
      outcome: result.outcome,
      rank: result.rank,
      bookingStatus: result.outcome === 'won' ? 'confirmed' : 'waiting',
    });
    const withEntry = await get(mine.person, `/api/courses/${courseId}/lottery`);
    expect(withEntry.body.yourEntryId).toBe(entryIdOf(mine.bookingId));
    expect((await get(outsider, `/api/courses/${courseId}/lottery`)).body.yourEntryId).toBeNull();
    const others = await get(outsider, `/api/me/bookings/${mine.bookingId}/lottery`);
    expect(others.status).toBe(404);
    expect(others.body.code).toBe('BOOKING_NOT_FOUND');

    // The organiser sees the people behind the entries; other organisations and citizens do not.
    const record = await get(organiser, `/api/organiser/courses/${courseId}/lottery`);
    expect(record.status).toBe(200);
    expect(record.body.applicants).toHaveLength(14);
    expect(record.body.applicants[0]).toMatchObject({ rank: 1, name: 'テスト 太郎' });
    expect(record.body.applicants.map((a: { rank: number }) => a.rank)).toEqual(
      Array.from({ length: 14 }, (_, i) => i + 1),
    );
    const foreign = await get(otherOrganiser, `/api/organiser/courses/${courseId}/lottery`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('COURSE_NOT_FOUND');
    const citizen = await get(outsider, `/api/organiser/courses/${courseId}/lottery`);
    expect(citizen.status).toBe(403);
    expect(citizen.body.code).toBe('ACCESS_DENIED');
    expect((await get(null, `/api/organiser/courses/${courseId}/lottery`)).status).toBe(401);
    expect((await get(null, `/api/me/bookings/${mine.bookingId}/lottery`)).status).toBe(401);
  });

  it('refuses first-come courses and drafts, and a bad id', async () => {
    const firstCome = await publishedLottery('先着順の講座', { bookingRule: 'first_come' });
    const refused = await get(null, `/api/courses/${firstCome}/lottery`);
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('LOTTERY_NOT_FOUND');
    expect(refused.body.messages.ja).toBeTruthy();
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM lottery_draws WHERE course_id = $1`,
      [firstCome],
    );
    expect(count).toBe(0);

    const draft = await callAs(
      t.http,
      db,
      organiser,
      'post',
      '/api/organiser/courses',
      course('下書き'),
    );
    expect((await get(null, `/api/courses/${draft.body.id}/lottery`)).status).toBe(404);
    const own = await get(organiser, `/api/organiser/courses/${draft.body.id}/lottery`);
    expect(own.body.code).toBe('LOTTERY_NOT_FOUND');
    expect((await get(null, '/api/courses/not-a-uuid/lottery')).status).toBe(400);
  });

  it('sweeps: commits to a lottery published without one and draws it once its window has closed', async () => {
    const courseId = await publishedLottery('掃除される抽選');
    // As if published before the commitment existed (the demo data, an old release).
    await db.query(`DELETE FROM lottery_draws WHERE course_id = $1`, [courseId]);
    const applicant = await createTestPerson(db);
    await apply(db, courseId, applicant, 1);
    const service = t.app.get(LotteryDrawService);

    expect(await service.sweep()).not.toContain(courseId);
    const [committed] = await db.query(`SELECT drawn_at FROM lottery_draws WHERE course_id = $1`, [
      courseId,
    ]);
    expect(committed).toEqual({ drawn_at: null });

    await closeWindow(db, courseId);
    expect(await service.sweep()).toContain(courseId);
    expect(await service.sweep()).not.toContain(courseId);
    const [booking] = await db.query(`SELECT status FROM bookings WHERE course_id = $1`, [
      courseId,
    ]);
    expect(booking.status).toBe('confirmed');

    // An application committed after the draw (it began before the close) is not lost: the
    // sweep puts it at the end of the waiting list, tells its applicant, and — seats being free
    // here — promotes it at once.
    const late = await createTestPerson(db);
    const lateBooking = await apply(db, courseId, late, 1);
    await service.sweep();
    const [placed] = await db.query(`SELECT status FROM bookings WHERE id = $1`, [lateBooking]);
    expect(placed.status).toBe('confirmed');
    const told: { kind: string }[] = await db.query(
      `SELECT kind FROM notifications WHERE booking_id = $1 ORDER BY id`,
      [lateBooking],
    );
    expect(told.map((n) => n.kind)).toEqual(['lottery_waitlisted', 'waitlist_promoted']);
  });
});

describe('lottery: the draw runs by itself when the window closes (job runner)', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    process.env['JOB_POLL_SECONDS'] = '0.5';
    t = await createTestApp();
    db = t.database.dataSource;
    await seedDemoData(db, FIXTURE_PLAN);
  });
  afterAll(async () => {
    await t.close();
    delete process.env['JOB_POLL_SECONDS'];
  });

  it('draws a course closing in two seconds without anyone asking', async () => {
    const organiser = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationA }],
    });
    const created = await callAs(
      t.http,
      db,
      organiser,
      'post',
      '/api/organiser/courses',
      course('自動で抽選', { applicationClosesAt: new Date(Date.now() + 2_000).toISOString() }),
    );
    const id = created.body.id;
    await callAs(t.http, db, organiser, 'post', `/api/organiser/courses/${id}/sessions`, {
      startsAt: `${fixtureDate(3, 2)}T19:00:00+09:00`,
      endsAt: `${fixtureDate(3, 2)}T20:00:00+09:00`,
      roomId: kitchen,
    });
    expect(
      (await callAs(t.http, db, organiser, 'post', `/api/organiser/courses/${id}/publish`)).status,
    ).toBe(200);
    const applicants = [await createTestPerson(db), await createTestPerson(db)];
    for (const person of applicants) await apply(db, id, person, 1);

    let record = (await callAs(t.http, db, null, 'get', `/api/courses/${id}/lottery`)).body;
    for (let i = 0; i < 60 && record.state !== 'drawn'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      record = (await callAs(t.http, db, null, 'get', `/api/courses/${id}/lottery`)).body;
    }
    expect(record.state).toBe('drawn');
    expect(record.winnerCount).toBe(2);
    expect(verifyDrawRecord(record).valid).toBe(true);
  });
});
