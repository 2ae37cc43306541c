import type { DataSource } from 'typeorm';
import { LotteryDrawService } from '../lottery/lottery-draw.service';
import { verifyDrawRecord } from '../lottery/verify-draw';
import { SessionRemindersService } from '../notifications/session-reminders.service';
import { WHOLE_DEMO_TIMEOUTS } from '../testing/demo-database';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, type TestPerson } from '../testing/test-people';
import { seedDemoAccounts } from './demo-accounts';
import { buildSeedPlanAt } from './programme';
import { seedDemoData, seedId } from './seeder';

/**
 * A demo seeded eight months ago and used today: its dates have gone by, and nothing breaks.
 * The catalogue and the demo citizen's pages answer, her bookings have moved to the past, the
 * lotteries that closed since are drawn by the sweep and verify, reminders find nothing to do.
 */
describe('a demo database seeded eight months ago', () => {
  let t: TestApp;
  let db: DataSource;
  const hanako: TestPerson = { userId: seedId('user', 'hanako'), email: 'hanako@example.jp' };

  beforeAll(async () => {
    process.env['JOB_WORKERS'] = 'false';
    t = await createTestApp({ timeouts: WHOLE_DEMO_TIMEOUTS });
    db = t.database.dataSource;
    const seededAt = new Date(Date.now() - 240 * 86_400_000);
    await seedDemoData(db, buildSeedPlanAt(seededAt), seededAt);
    await seedDemoAccounts(db, seededAt);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    delete process.env['JOB_WORKERS'];
  });

  it('still serves the catalogue, the course pages and the demo citizen her own past', async () => {
    const catalogue = await callAs(t.http, db, null, 'get', '/api/courses');
    expect(catalogue.status).toBe(200);
    const past = await callAs(t.http, db, hanako, 'get', '/api/me/bookings?view=past');
    expect(past.status).toBe(200);
    expect(past.body.length).toBeGreaterThanOrEqual(3);
    const upcoming = await callAs(t.http, db, hanako, 'get', '/api/me/bookings?view=upcoming');
    expect(upcoming.status).toBe(200);
    expect(upcoming.body).toEqual([]);
    for (const booking of past.body as { id: string; course: { id: string } }[]) {
      expect(
        (await callAs(t.http, db, hanako, 'get', `/api/me/bookings/${booking.id}`)).status,
      ).toBe(200);
      expect(
        (await callAs(t.http, db, null, 'get', `/api/courses/${booking.course.id}`)).status,
      ).toBe(200);
    }
  });

  it('draws the lotteries that closed since, once, and every record verifies', async () => {
    const due: { id: string }[] = await db.query(
      `SELECT c.id FROM courses c JOIN lottery_draws d ON d.course_id = c.id
        WHERE d.drawn_at IS NULL AND c.application_closes_at < now() - interval '1 minute'`,
    );
    expect(due.length).toBeGreaterThan(0);
    const drawn = await t.app.get(LotteryDrawService).sweep();
    expect(drawn.sort()).toEqual(due.map((course) => course.id).sort());
    expect(await t.app.get(LotteryDrawService).sweep()).toEqual([]);
    for (const { id } of due) {
      const record = (await callAs(t.http, db, null, 'get', `/api/courses/${id}/lottery`)).body;
      expect(record.state).toBe('drawn');
      expect(verifyDrawRecord(record)).toEqual({ valid: true, problems: [] });
    }
  });

  it('queues no reminder for sessions long past', async () => {
    await t.app.get(SessionRemindersService).queueReminders(new Date());
    const [{ reminders }] = await db.query(
      `SELECT count(*)::int AS reminders FROM notifications WHERE kind = 'session_reminder'`,
    );
    expect(reminders).toBe(0);
  });
});
