import request from 'supertest';
import { freePort } from '../database/embedded-postgres';
import { seedDemoData } from '../demo/seeder';
import { createBookableCourse, createCitizens } from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { MailCatcher } from '../testing/mail-catcher';
import { OwnPostgres } from '../testing/own-postgres';
import { createTestApp, type TestApp } from '../testing/test-app';

/**
 * A PostgreSQL outage while the drain is handing mails over (issue 10, item 1): the server stops
 * after the mail server has received a round's mails and before the drain has recorded them. The
 * old drain left the whole round under a ten-minute lease and sent the handed-over ones again
 * when it ended.
 */
describe('the outbox drain through a database outage mid-hand-over', () => {
  const mail = new MailCatcher();
  let postgres: OwnPostgres;
  let t: TestApp;
  let smtpPort: number;

  beforeAll(async () => {
    postgres = await OwnPostgres.start();
    // The mail server is down at first, so that the bookings' notifications pile up.
    smtpPort = await freePort();
    process.env['SMTP_URL'] = `smtp://127.0.0.1:${smtpPort}`;
    process.env['NOTIFICATION_POLL_MS'] = '100';
    t = await createTestApp({
      serverUrl: postgres.serverUrl,
      timeouts: { databaseConnectTimeoutMs: 1000 },
    });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
  }, 120_000);
  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await postgres?.stop();
    await mail.stop();
    delete process.env['SMTP_URL'];
    delete process.env['NOTIFICATION_POLL_MS'];
  });

  it('hands every notification over exactly once, within seconds of the recovery', async () => {
    const db = t.database.dataSource;
    const { courseId } = await createBookableCourse(db, { capacity: 40 });
    const citizens = await createCitizens(db, 25);

    for (const citizen of citizens) {
      const booked = await request(t.http)
        .post(`/api/courses/${courseId}/bookings`)
        .set('Cookie', citizen.credentials.cookie)
        .set(citizen.credentials.csrfHeader)
        .send({ companionIds: [] });
      expect(booked.status).toBe(201);
    }
    const expectedIds: string[] = (
      await db.query(
        `SELECT '<' || message_uuid || '@tsumugu.city.tsukuba.example>' AS id
           FROM notifications WHERE course_id = $1`,
        [courseId],
      )
    ).map((row: { id: string }) => row.id);
    expect(expectedIds).toHaveLength(25);
    const failedOnce = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM notifications
            WHERE course_id = $1 AND status = 'pending' AND last_error IS NOT NULL`,
          [courseId],
        )
      )[0].n as number;
    for (let waited = 0; (await failedOnce()) < 25 && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await failedOnce()).toBe(25);

    // The mail server comes up, takes each mail in and then waits before it answers 250; the
    // retries fall due (as a minute later): the drain's first round is mid-hand-over, the rest
    // wait for the next rounds.
    let openGate: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    mail.beforeAccepting = () => gate;
    await mail.start(smtpPort);
    await db.query(`UPDATE notifications SET next_attempt_at = now() WHERE course_id = $1`, [
      courseId,
    ]);
    const deadline = Date.now() + 10_000;
    while (mail.count < 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(mail.count).toBe(10);
    const inFlight = mail.count;

    // PostgreSQL goes down; then the mail server says 250 to every mail it holds: those were
    // handed over, and the drain cannot record it. Two seconds later PostgreSQL is back.
    await postgres.halt();
    mail.beforeAccepting = null;
    openGate();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await postgres.startAgain();
    const recoveredAt = Date.now();

    const sentDeadline = recoveredAt + 20_000;
    let sent = 0;
    while (Date.now() < sentDeadline) {
      sent = await db
        .query(
          `SELECT count(*)::int AS n FROM notifications WHERE course_id = $1 AND status = 'sent'`,
          [courseId],
        )
        .then((rows: { n: number }[]) => rows[0]!.n)
        .catch(() => 0);
      if (sent === 25 && mail.count >= 25) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const allSentIn = Date.now() - recoveredAt;
    // Let a few more rounds run: nothing is sent again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    console.log(
      `outbox outage: ${inFlight} mails in flight when PostgreSQL stopped; all 25 sent ` +
        `${allSentIn} ms after it was back; ${mail.count} mails received`,
    );

    expect(sent).toBe(25);
    // Well inside the claim lease (30 s), let alone the old ten minutes: released, not waited out.
    expect(allSentIn).toBeLessThan(15_000);
    const received = mail.mails.map((m) => m.messageId).sort();
    expect(received).toEqual([...expectedIds].sort());
    expect(JSON.stringify(t.logs)).not.toMatch(/citizen-|@example\.jp|市民/);
  }, 60_000);
});
