import type { DataSource } from 'typeorm';
import { demoTemplate } from '../testing/demo-database';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs } from '../testing/test-people';
import { LotteryDrawService } from '../lottery/lottery-draw.service';
import { verifyDrawRecord } from '../lottery/verify-draw';

describe('demo lotteries (the full demo seed)', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    process.env['JOB_WORKERS'] = 'false';
    // A copy of the run's demo, seeded minutes ago at most, used now: the app's clock and the
    // database's are the real time, so they agree on which lotteries have closed since.
    t = await createTestApp({ template: (await demoTemplate()).template });
    db = t.database.dataSource;
  }, 180_000);
  afterAll(async () => {
    await t.close();
    delete process.env['JOB_WORKERS'];
  });

  it('has an open lottery with applications and a public commitment, and drawn ones that verify', async () => {
    const lotteries: { id: string; closed: boolean; applied: number; drawn: boolean }[] =
      await db.query(
        `SELECT c.id, c.application_closes_at <= now() AS closed, d.drawn_at IS NOT NULL AS drawn,
                (SELECT count(*)::int FROM bookings b
                  WHERE b.course_id = c.id AND b.status = 'applied') AS applied
           FROM courses c JOIN lottery_draws d ON d.course_id = c.id
          WHERE c.booking_rule = 'lottery' AND c.status = 'published'`,
      );
    const open = lotteries.filter((l) => !l.closed && l.applied > 0);
    expect(open.length).toBeGreaterThan(0);
    const openRecord = await callAs(t.http, db, null, 'get', `/api/courses/${open[0].id}/lottery`);
    expect(openRecord.body).toMatchObject({ state: 'accepting', seed: null });
    expect(openRecord.body.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(openRecord.body.committedAt < openRecord.body.applicationClosesAt).toBe(true);

    // Drawn before the demo's day: drawn in the seed. Closed since: drawn by the sweep at start.
    expect(lotteries.filter((l) => l.closed && l.drawn).length).toBeGreaterThan(0);
    const swept = await t.app.get(LotteryDrawService).sweep();
    expect(swept.sort()).toEqual(
      lotteries
        .filter((l) => l.closed && !l.drawn)
        .map((l) => l.id)
        .sort(),
    );
    const drawn = lotteries.filter((l) => l.closed);
    for (const lottery of drawn) {
      const record = (await callAs(t.http, db, null, 'get', `/api/courses/${lottery.id}/lottery`))
        .body;
      expect(record.state).toBe('drawn');
      expect(record.waitlistedCount).toBeGreaterThan(0);
      expect(verifyDrawRecord(record)).toEqual({ valid: true, problems: [] });
    }

    // Seats are the confirmed parties.
    const [{ wrong }] = await db.query(
      `SELECT count(*)::int AS wrong FROM courses c
        WHERE booked_count <> (SELECT coalesce(sum(party_size), 0) FROM bookings b
                                WHERE b.course_id = c.id AND b.status = 'confirmed')`,
    );
    expect(wrong).toBe(0);
  });
});
