import type { DataSource } from 'typeorm';
import { seedDemoData } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { createCitizens } from '../testing/booking-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { createAttendedCourse, recordAttendance } from './completion-fixture';
import { CompletionRepository } from './completion.repository';
import { CompletionService } from './completion.service';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('completion: decided once when the last session has ended, re-decided after a correction', () => {
  let t: TestApp;
  let db: DataSource;
  let completion: CompletionService;
  const clock = new SettableClock();

  beforeAll(async () => {
    // The test runs the job itself (the background sweep would race it at unknown moments).
    process.env['JOB_WORKERS'] = 'false';
    t = await createTestApp({ clock });
    db = t.database.dataSource;
    await seedDemoData(db, FIXTURE_PLAN);
    completion = t.app.get(CompletionService);
  });

  afterAll(async () => {
    delete process.env['JOB_WORKERS'];
    await t.close();
  });
  afterEach(() => clock.reset());

  const decisions = (courseId: string) =>
    db.query(
      `SELECT cc.participant_position AS position, cc.holder_name AS name,
              cc.holder_family_name AS "familyName", cc.sessions_held AS held,
              cc.sessions_attended AS attended, cc.minutes_attended AS minutes, cc.completed,
              (SELECT array_agg(ce.status ORDER BY ce.issued_at) FROM certificates ce
                WHERE ce.completion_id = cc.id) AS certificates
         FROM course_completions cc JOIN bookings b ON b.id = cc.booking_id
        WHERE cc.course_id = $1 ORDER BY b.created_at, cc.participant_position`,
      [courseId],
    );

  it('completes two thirds of the sessions (late counts), companions included, exactly once under concurrency', async () => {
    const [hanako, jiro, saburo] = await createCitizens(db, 3);
    const course = await createAttendedCourse(db, {
      sessions: 3,
      participants: [
        {
          userId: hanako!.userId,
          companions: ['市民 さくら'],
          attendance: ['present', 'late', null],
        },
        { userId: jiro!.userId, attendance: ['present', 'absent', 'absent'] },
        { userId: saburo!.userId, attendance: ['late', 'late', 'late'] },
      ],
    });

    clock.set(new Date(course.lastEndsAt.getTime() - 60_000));
    expect(await completion.finish(course.courseId)).toBe('not_due');

    clock.set(new Date(course.lastEndsAt.getTime() + 60_000));
    // The job twice at the same moment (two workers, or a retry racing the first run).
    const outcomes = await Promise.all([
      completion.finish(course.courseId),
      completion.finish(course.courseId),
      completion.finish(course.courseId),
    ]);
    expect(outcomes.sort()).toEqual(['already_finished', 'already_finished', 'finished']);
    // A later sweep (the minute's job) and a retry change nothing.
    await completion.sweep();
    expect(await completion.finish(course.courseId)).toBe('already_finished');

    const [courseRow] = await db.query(`SELECT status, finished_at FROM courses WHERE id = $1`, [
      course.courseId,
    ]);
    expect(courseRow.status).toBe('finished');
    expect(courseRow.finished_at).toEqual(clock.now());

    expect(await decisions(course.courseId)).toEqual([
      {
        position: 0,
        name: '市民 1',
        familyName: '市民',
        held: 3,
        attended: 2,
        minutes: 240,
        completed: true,
        certificates: ['valid'],
      },
      {
        position: 1,
        name: '市民 さくら',
        familyName: '市民',
        held: 3,
        attended: 2,
        minutes: 240,
        completed: true,
        certificates: ['valid'],
      },
      {
        position: 0,
        name: '市民 2',
        familyName: '市民',
        held: 3,
        attended: 1,
        minutes: 120,
        completed: false,
        certificates: null,
      },
      {
        position: 0,
        name: '市民 3',
        familyName: '市民',
        held: 3,
        attended: 3,
        minutes: 360,
        completed: true,
        certificates: ['valid'],
      },
    ]);
    const numbers: { number: string }[] = await db.query(
      `SELECT ce.number FROM certificates ce JOIN course_completions cc ON cc.id = ce.completion_id
        WHERE cc.course_id = $1`,
      [course.courseId],
    );
    for (const { number } of numbers) expect(number).toMatch(/^TSU-\d{4}-[2-9A-HJKMNP-Z]{4}-/);

    // One mail per certificate, to the account holding it (the booker, also for a companion),
    // queued once however many runs raced.
    const mails: { number: string; holderName: string; family: boolean; toBooker: boolean }[] =
      await db.query(
        `SELECT n.payload->>'number' AS number, n.payload->>'holderName' AS "holderName",
                (n.payload->>'family')::boolean AS family, n.user_id = b.user_id AS "toBooker"
           FROM notifications n JOIN bookings b ON b.id = n.booking_id
          WHERE n.course_id = $1 AND n.kind = 'certificate_issued'
          ORDER BY 2`,
        [course.courseId],
      );
    expect(mails).toHaveLength(3);
    expect(mails.map((m) => [m.holderName, m.family, m.toBooker])).toEqual([
      ['市民 1', false, true],
      ['市民 3', false, true],
      ['市民 さくら', true, true],
    ]);
    expect(new Set(mails.map((m) => m.number))).toEqual(new Set(numbers.map((n) => n.number)));
  });

  it('decides nothing for a booker who only booked for a family member', async () => {
    const [parent] = await createCitizens(db, 1);
    const course = await createAttendedCourse(db, {
      sessions: 1,
      participants: [
        {
          userId: parent!.userId,
          bookerAttends: false,
          companions: ['市民 はる'],
          attendance: ['present'],
        },
      ],
    });
    clock.set(new Date(course.lastEndsAt.getTime() + HOUR));
    expect(await completion.finish(course.courseId)).toBe('finished');
    expect(await decisions(course.courseId)).toMatchObject([
      { position: 1, name: '市民 はる', attended: 1, completed: true, certificates: ['valid'] },
    ]);
  });

  it('counts only present when the course says late does not count, and "none" issues nothing', async () => {
    const [a, b] = await createCitizens(db, 2);
    const strict = await createAttendedCourse(db, {
      sessions: 2,
      countsLate: false,
      participants: [{ userId: a!.userId, attendance: ['present', 'late'] }],
    });
    const open = await createAttendedCourse(db, {
      sessions: 1,
      completionRule: 'none',
      startsAt: new Date(strict.lastEndsAt.getTime() + DAY),
      participants: [{ userId: b!.userId, attendance: ['present'] }],
    });
    clock.set(new Date(open.lastEndsAt.getTime() + HOUR));
    expect(await completion.finish(strict.courseId)).toBe('finished');
    expect(await completion.finish(open.courseId)).toBe('finished');
    expect(await decisions(strict.courseId)).toMatchObject([
      { attended: 1, completed: false, certificates: null },
    ]);
    expect(await decisions(open.courseId)).toMatchObject([
      { attended: 1, completed: false, certificates: null },
    ]);
  });

  it('re-decides a correction within the window: revokes (never deletes) and issues; not after it', async () => {
    const [a, b] = await createCitizens(db, 2);
    const course = await createAttendedCourse(db, {
      sessions: 3,
      participants: [
        { userId: a!.userId, attendance: ['present', 'present', 'absent'] },
        { userId: b!.userId, attendance: ['present', 'absent', 'absent'] },
      ],
    });
    clock.set(new Date(course.lastEndsAt.getTime() + HOUR));
    expect(await completion.finish(course.courseId)).toBe('finished');
    expect(await decisions(course.courseId)).toMatchObject([
      { completed: true, certificates: ['valid'] },
      { completed: false, certificates: null },
    ]);

    // Two days later the organiser corrects the roster: a was absent at the second session,
    // b was there after all.
    clock.set(new Date(course.lastEndsAt.getTime() + 2 * DAY));
    await recordAttendance(db, course.sessionIds[1]!, course.bookingIds[0]!, 'absent');
    await recordAttendance(db, course.sessionIds[1]!, course.bookingIds[1]!, 'late');
    expect(await completion.revise(course.courseId)).toBe(2);
    expect(await completion.revise(course.courseId)).toBe(0);
    expect(await decisions(course.courseId)).toMatchObject([
      { attended: 1, completed: false, certificates: ['revoked'] },
      { attended: 2, completed: true, certificates: ['valid'] },
    ]);
    const [revoked] = await db.query(
      `SELECT ce.revoked_at, ce.revoked_reason FROM certificates ce
         JOIN course_completions cc ON cc.id = ce.completion_id
        WHERE cc.booking_id = $1`,
      [course.bookingIds[0]],
    );
    expect(revoked).toEqual({ revoked_at: clock.now(), revoked_reason: 'attendance_corrected' });

    // Corrected back: a new certificate (new number), the revoked one stays as it was.
    await recordAttendance(db, course.sessionIds[2]!, course.bookingIds[0]!, 'present');
    expect(await completion.revise(course.courseId)).toBe(1);
    expect(await decisions(course.courseId)).toMatchObject([
      { attended: 2, completed: true, certificates: ['revoked', 'valid'] },
      { completed: true },
    ]);

    // After the window (14 days by default) the decision stands.
    clock.set(new Date(course.lastEndsAt.getTime() + HOUR + 15 * DAY));
    await recordAttendance(db, course.sessionIds[0]!, course.bookingIds[1]!, 'absent');
    expect(await completion.revise(course.courseId)).toBe(0);
    expect(await decisions(course.courseId)).toMatchObject([
      { completed: true },
      { attended: 2, completed: true, certificates: ['valid'] },
    ]);
  });

  it('mails each new certificate once, to its holder: on the decision and on a re-issue, never for a revocation, never to an erased account', async () => {
    const [a, b, erased] = await createCitizens(db, 3);
    const course = await createAttendedCourse(db, {
      sessions: 3,
      participants: [
        { userId: a!.userId, attendance: ['present', 'present', 'absent'] },
        { userId: b!.userId, attendance: ['present', 'absent', 'absent'] },
        { userId: erased!.userId, attendance: ['present', 'present', 'present'] },
      ],
    });
    // The third account is erased before the course is decided: no decision, no certificate,
    // nobody to mail.
    await db.query(`UPDATE users SET deleted_at = now() WHERE id = $1`, [erased!.userId]);
    const mails = async () =>
      (
        await db.query(
          `SELECT n.user_id AS "userId", n.payload->>'number' AS number
             FROM notifications n
            WHERE n.course_id = $1 AND n.kind = 'certificate_issued'
            ORDER BY n.created_at, n.id`,
          [course.courseId],
        )
      ).map((row: { userId: string; number: string }) => [row.userId, row.number]);
    const validNumber = async (userId: string) =>
      (
        await db.query(
          `SELECT ce.number FROM certificates ce
             JOIN course_completions cc ON cc.id = ce.completion_id
            WHERE cc.course_id = $1 AND cc.user_id = $2 AND ce.status = 'valid'`,
          [course.courseId, userId],
        )
      )[0]?.number as string | undefined;

    clock.set(new Date(course.lastEndsAt.getTime() + HOUR));
    expect(await completion.finish(course.courseId)).toBe('finished');
    const first = (await validNumber(a!.userId))!;
    expect(await validNumber(erased!.userId)).toBeUndefined();
    expect(await mails()).toEqual([[a!.userId, first]]);

    // The outbox write repeated for the same certificates (a retry) queues nothing more.
    const repository = t.app.get(CompletionRepository);
    const again = await db.transaction((manager) => repository.queueIssuedMails(manager, [first]));
    expect(again).toBe(0);
    expect(await mails()).toHaveLength(1);

    // A correction: a's certificate is revoked (no mail), b now completes (a mail).
    clock.set(new Date(course.lastEndsAt.getTime() + DAY));
    await recordAttendance(db, course.sessionIds[1]!, course.bookingIds[0]!, 'absent');
    await recordAttendance(db, course.sessionIds[2]!, course.bookingIds[1]!, 'present');
    expect(await completion.revise(course.courseId)).toBe(2);
    const bNumber = (await validNumber(b!.userId))!;
    expect(await mails()).toEqual([
      [a!.userId, first],
      [b!.userId, bNumber],
    ]);

    // Corrected back: a new certificate with a new number, and its own mail.
    await recordAttendance(db, course.sessionIds[1]!, course.bookingIds[0]!, 'present');
    expect(await completion.revise(course.courseId)).toBe(1);
    const second = (await validNumber(a!.userId))!;
    expect(second).not.toBe(first);
    expect(await mails()).toEqual([
      [a!.userId, first],
      [b!.userId, bNumber],
      [a!.userId, second],
    ]);
  });

  it('never deletes a certificate, and keeps one valid certificate per completion', async () => {
    const [a] = await createCitizens(db, 1);
    const course = await createAttendedCourse(db, {
      sessions: 1,
      participants: [{ userId: a!.userId, attendance: ['present'] }],
    });
    clock.set(new Date(course.lastEndsAt.getTime() + HOUR));
    await completion.finish(course.courseId);
    const [certificate] = await db.query(
      `SELECT ce.id, ce.completion_id FROM certificates ce
         JOIN course_completions cc ON cc.id = ce.completion_id WHERE cc.course_id = $1`,
      [course.courseId],
    );
    await expect(
      db.query(`DELETE FROM certificates WHERE id = $1`, [certificate.id]),
    ).rejects.toThrow(/never deleted/);
    await expect(
      db.query(
        `INSERT INTO certificates (completion_id, number, issued_at)
         VALUES ($1, 'TSU-2026-AAAA-BBBB', now())`,
        [certificate.completion_id],
      ),
    ).rejects.toThrow(/certificates_one_valid_per_completion/);
    await expect(
      db.query(`DELETE FROM courses WHERE id = $1`, [course.courseId]),
    ).rejects.toThrow();
  });
});
