import { createServer } from 'node:net';
import request from 'supertest';
import { seedDemoData } from '../demo/seeder';
import { createBookableCourse, createCitizens, type TestCitizen } from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { MailCatcher } from '../testing/mail-catcher';
import { createTestApp, type TestApp } from '../testing/test-app';
import { OutboxDrainService } from './outbox-drain.service';

/** A free port with nothing listening on it yet: the mail server, down for now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached in time: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the notification outbox drain', () => {
  const mail = new MailCatcher();
  let port: number;
  let t: TestApp;

  beforeAll(async () => {
    port = await freePort();
    process.env['SMTP_URL'] = `smtp://127.0.0.1:${port}`;
    process.env['NOTIFICATION_POLL_MS'] = '100';
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await mail.stop();
    delete process.env['SMTP_URL'];
    delete process.env['NOTIFICATION_POLL_MS'];
  });

  const db = () => t.database.dataSource;
  const emailOf = async (citizen: TestCitizen) =>
    (await db().query(`SELECT email FROM users WHERE id = $1`, [citizen.userId]))[0]
      .email as string;
  const book = (citizen: TestCitizen, courseId: string, body: object = { companionIds: [] }) =>
    request(t.http)
      .post(`/api/courses/${courseId}/bookings`)
      .set('Cookie', citizen.credentials.cookie)
      .set(citizen.credentials.csrfHeader)
      .send(body);
  const notificationOf = (bookingId: string) => async () =>
    (
      await db().query(
        `SELECT status, attempts, last_error AS "lastError",
                next_attempt_at > now() + interval '30 seconds' AS "retryLater"
           FROM notifications WHERE booking_id = $1`,
        [bookingId],
      )
    )[0] as { status: string; attempts: number; lastError: string | null; retryLater: boolean };

  it('books while the mail server is down, keeps the mail, and sends it once when it is back', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 5, sessions: 2 });
    const [citizen] = await createCitizens(db(), 1);
    const booked = await book(citizen!, courseId);
    expect(booked.status).toBe(201);

    // Tried, failed, kept for a retry a minute later; the booking itself is untouched.
    const failed = await eventually(notificationOf(booked.body.id), (n) => n.lastError !== null);
    expect(failed).toEqual({
      status: 'pending',
      attempts: 1,
      // The transport's error code (nodemailer reports a refused connection as ESOCKET).
      lastError: expect.stringMatching(/^E[A-Z]+$/),
      retryLater: true,
    });
    const logged = t.logs.find((line) => line['msg'] === 'notification will be retried');
    expect(logged).toMatchObject({ kind: 'booking_confirmed', code: failed.lastError });
    expect(JSON.stringify(t.logs)).not.toContain(await emailOf(citizen!));

    // The server comes back; the retry falls due (as it would a minute later).
    await mail.start(port);
    await db().query(`UPDATE notifications SET next_attempt_at = now() WHERE booking_id = $1`, [
      booked.body.id,
    ]);
    const email = await emailOf(citizen!);
    const sent = await mail.waitFor(email, '予約が確定しました');
    expect(sent.text).toContain(
      `予約番号: ${booked.body.code.slice(0, 4)}-${booked.body.code.slice(4)}`,
    );
    expect(sent.links).toContainEqual(expect.stringMatching(`/bookings/${booked.body.id}$`));
    expect(
      await eventually(notificationOf(booked.body.id), (n) => n.status === 'sent'),
    ).toMatchObject({
      attempts: 2,
      lastError: null,
    });

    // Several more rounds of the drain: still exactly one mail.
    await t.app.get(OutboxDrainService).drain();
    expect(mail.mailsTo(email)).toHaveLength(1);
  });

  it('writes in each recipient’s language, with the place in the waiting line', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 1 });
    const [first, second] = await createCitizens(db(), 2);
    await db().query(`UPDATE users SET preferred_language = 'en' WHERE id = $1`, [second!.userId]);
    const bookedAt = Date.now();
    expect((await book(first!, courseId)).status).toBe(201);
    const waiting = await book(second!, courseId, { companionIds: [], joinWaitlist: true });
    expect(waiting.body.status).toBe('waiting');

    const mailJa = await mail.waitFor(await emailOf(first!), '【tsumugu】予約が確定しました');
    expect(mailJa.html).toContain('<html lang="ja">');
    // For the closing note: how long after the 201 the mail arrived (NOTIFICATION_POLL_MS=100).
    console.log(`outbox: booking → mail in ${Date.now() - bookedAt} ms`);
    const mailEn = await mail.waitFor(
      await emailOf(second!),
      '[tsumugu] You are on the waiting list',
    );
    expect(mailEn.text).toContain('You are number 1 on the waiting list.');
    expect(mailEn.text).toContain('Dear 2 市民,');
  });

  it('sends one person’s mails in the order they were written', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 3 });
    const [citizen] = await createCitizens(db(), 1);
    const booked = await book(citizen!, courseId);
    const email = await emailOf(citizen!);
    await mail.waitFor(email, '予約が確定しました');
    // Waitlisted, then promoted a moment later: both due in the same round of the drain.
    await db().query(
      `INSERT INTO notifications (kind, user_id, booking_id, course_id)
       SELECT kind, $1, $2, $3 FROM unnest(ARRAY['booking_waitlisted', 'waitlist_promoted']) AS kind`,
      [citizen!.userId, booked.body.id, courseId],
    );
    await mail.waitFor(email, 'キャンセル待ちから予約が確定しました');
    expect(mail.mailsTo(email).map((m) => m.subject.replace(/：.*/, ''))).toEqual([
      '【tsumugu】予約が確定しました',
      '【tsumugu】キャンセル待ちに登録しました',
      '【tsumugu】キャンセル待ちから予約が確定しました',
    ]);
  });

  it('skips the mail of a deleted account instead of retrying it', async () => {
    const [{ id: userId }] = await db().query(
      `INSERT INTO users (email, password_hash, deleted_at) VALUES (NULL, NULL, now()) RETURNING id`,
    );
    const [{ id }] = await db().query(
      `INSERT INTO notifications (kind, user_id) VALUES ('booking_cancelled', $1) RETURNING id`,
      [userId],
    );
    const row = await eventually(
      async () =>
        (await db().query(`SELECT status, last_error FROM notifications WHERE id = $1`, [id]))[0],
      (value: { status: string }) => value.status !== 'pending',
    );
    expect(row).toEqual({ status: 'skipped', last_error: 'no recipient' });
  });

  it('sends each of many notifications exactly once while several drains run at once', async () => {
    const { courseId } = await createBookableCourse(db(), { capacity: 40 });
    const citizens = await createCitizens(db(), 30);
    const since = mail.count;
    const responses = await Promise.all(citizens.map((citizen) => book(citizen, courseId)));
    expect(responses.map((response) => response.status)).toEqual(citizens.map(() => 201));
    // The app's own drain plus three more rounds in parallel, each claiming with SKIP LOCKED.
    const drain = t.app.get(OutboxDrainService);
    await Promise.all([drain.drain(), drain.drain(), drain.drain()]);
    await eventually(
      async () =>
        (
          await db().query(
            `SELECT count(*)::int AS n FROM notifications WHERE course_id = $1 AND status = 'sent'`,
            [courseId],
          )
        )[0].n as number,
      (n) => n === 30,
    );
    const emails = await Promise.all(citizens.map(emailOf));
    const received = mail.mails.slice(since).flatMap((m) => m.to);
    expect(received.sort()).toEqual([...emails].sort());
  });
});
