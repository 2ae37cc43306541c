import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import request from 'supertest';
import { seedDemoData } from '../demo/seeder';
import { createBookableCourse, createCitizens } from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { type CaughtMail, MailCatcher } from '../testing/mail-catcher';
import { createTestApp, type TestApp } from '../testing/test-app';
import { OutboxDrainService } from './outbox-drain.service';

const NOTIFICATIONS = 25;
/** The mail server answers the first mails at once and then holds every later one. */
const ANSWERED = 12;

/** A drain in a process of its own (testing/outbox-drain-child.ts), ready to be SIGKILLed. */
async function startChildDrain(databaseUrl: string, smtpUrl: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      resolve(__dirname, '../testing/outbox-drain-child.ts'),
    ],
    {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        DATABASE_URL: databaseUrl,
        SMTP_URL: smtpUrl,
        TS_NODE_PROJECT: resolve(__dirname, '../../tsconfig.spec.json'),
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  await new Promise<void>((ready, failed) => {
    child.once('message', () => ready());
    child.once('exit', (code) => failed(new Error(`the drain process ended (${code})`)));
  });
  return child;
}

/**
 * A drain process killed mid-hand-over (issue 10, item 1): nothing it had recorded is sent again;
 * only the mails it was handing over when it died go out a second time, with the same Message-ID.
 */
describe('the outbox drain killed mid-hand-over', () => {
  const mail = new MailCatcher();
  let t: TestApp;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    // Only the child drains; the app's own drain runs when the test calls it.
    process.env['JOB_WORKERS'] = 'false';
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
  }, 120_000);
  afterAll(async () => {
    child?.kill('SIGKILL');
    await t?.close();
    await mail.stop();
    delete process.env['SMTP_URL'];
    delete process.env['JOB_WORKERS'];
  });

  it('sends each notification once, except the ones mid-hand-over: again, with the same Message-ID', async () => {
    const db = t.database.dataSource;
    const { courseId } = await createBookableCourse(db, { capacity: 40 });
    for (const citizen of await createCitizens(db, NOTIFICATIONS)) {
      const booked = await request(t.http)
        .post(`/api/courses/${courseId}/bookings`)
        .set('Cookie', citizen.credentials.cookie)
        .set(citizen.credentials.csrfHeader)
        .send({ companionIds: [] });
      expect(booked.status).toBe(201);
    }
    const messageIdOf = new Map<string, string>(
      (
        await db.query(
          `SELECT id::text, '<' || message_uuid || '@tsumugu.city.tsukuba.example>' AS "messageId"
             FROM notifications WHERE course_id = $1`,
          [courseId],
        )
      ).map((row: { id: string; messageId: string }) => [row.id, row.messageId]),
    );
    expect(messageIdOf.size).toBe(NOTIFICATIONS);

    const held: CaughtMail[] = [];
    mail.beforeAccepting = (caught) => {
      if (mail.count <= ANSWERED) return Promise.resolve();
      held.push(caught);
      return new Promise(() => undefined); // never answered: the drain dies waiting
    };
    child = await startChildDrain(t.database.url, `smtp://127.0.0.1:${mail.port}`);
    const deadline = Date.now() + 20_000;
    while (held.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(held.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the rest of the round arrives
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    child = null;
    mail.beforeAccepting = null;

    const atKill: { id: string; status: string }[] = await db.query(
      `SELECT id::text, status FROM notifications WHERE course_id = $1`,
      [courseId],
    );
    const sendingAtKill = new Set(atKill.filter((r) => r.status === 'sending').map((r) => r.id));
    const sentAtKill = atKill.filter((r) => r.status === 'sent').length;
    // Every mail the server was holding belongs to a row recorded as 'sending'.
    const sendingIds = new Set([...sendingAtKill].map((id) => messageIdOf.get(id)));
    for (const caught of held) expect(sendingIds.has(caught.messageId)).toBe(true);

    // Another drain, once the dead drain's leases have ended (moved forward here rather than
    // waited for: 2 minutes for a hand-over, 30 s for a claim).
    await db.query(
      `UPDATE notifications SET next_attempt_at = now()
        WHERE course_id = $1 AND status IN ('pending', 'sending')`,
      [courseId],
    );
    await t.app.get(OutboxDrainService).drain();

    const [{ sent }] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent FROM notifications
        WHERE course_id = $1`,
      [courseId],
    );
    expect(sent).toBe(NOTIFICATIONS);
    const timesReceived = new Map<string, CaughtMail[]>();
    for (const caught of mail.mails) {
      timesReceived.set(caught.messageId, [...(timesReceived.get(caught.messageId) ?? []), caught]);
    }
    const twice = [...timesReceived.values()].filter((mails) => mails.length > 1);
    console.log(
      `outbox crash: at the SIGKILL ${sentAtKill} sent, ${sendingAtKill.size} sending ` +
        `(${held.length} of them held by the mail server); after another drain ` +
        `${mail.count} mails for ${NOTIFICATIONS} notifications, ${twice.length} received twice`,
    );
    // Every notification arrived; the only ones that arrived twice were mid-hand-over, and
    // their second copy carries the same Message-ID (and says the same).
    expect([...timesReceived.keys()].sort()).toEqual([...messageIdOf.values()].sort());
    expect(twice.map((mails) => mails[0]!.messageId).sort()).toEqual(
      held.map((caught) => caught.messageId).sort(),
    );
    for (const mails of twice) {
      expect(mails).toHaveLength(2);
      expect(mails[1]!.subject).toBe(mails[0]!.subject);
      expect(mails[1]!.to).toEqual(mails[0]!.to);
    }
    const resent = t.logs.filter(
      (line) => line['msg'] === 'notification resent after an interrupted hand-over',
    );
    expect(resent).toHaveLength(sendingAtKill.size);
  }, 90_000);
});
