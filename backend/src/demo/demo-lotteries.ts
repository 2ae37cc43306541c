import type { EntityManager } from 'typeorm';
import { createBookingLedger } from '../bookings/ledger/booking-ledger';
import { LotteryDrawService } from '../lottery/lottery-draw.service';
import { LotteryRepository } from '../lottery/lottery.repository';

/**
 * The demo's lotteries as they would be after running for real: every published lottery course
 * has its seed commitment (made when it was published); an open window has applications (the
 * demo bookings) and waits for its draw; a lottery drawn before the demo's day was drawn by the
 * real draw from applications — more applicants than seats — so its public record verifies. Runs inside
 * the seeder's transaction, after the demo bookings; nobody is mailed for demo data.
 */
export async function seedDemoLotteries(
  manager: EntityManager,
  now: Date,
): Promise<{ committed: number; drawn: number }> {
  const draws = new LotteryDrawService(
    new LotteryRepository(manager.connection),
    createBookingLedger(manager.connection),
  );

  // A mix of the priorities organisers choose: both, residents only, none.
  await manager.query(
    `UPDATE courses c SET lottery_priorities = CASE o.n % 3
              WHEN 0 THEN '{first_time,residents}'::text[]
              WHEN 1 THEN '{residents}'::text[]
              ELSE '{}'::text[] END
       FROM (SELECT id, row_number() OVER (ORDER BY application_closes_at, id) AS n
               FROM courses WHERE booking_rule = 'lottery') o
      WHERE c.id = o.id`,
  );

  // The demo bookings hold the seats of a lottery drawn before the seeding moment as confirmed
  // (they won) and the others as applications (they were not drawn). All become applications
  // again, the course keeps free exactly the seats that were won, and the real draw gives them
  // out, so that every public record verifies. A lottery whose window is still open holds
  // applications only; one that closed since is drawn by the sweep when the app starts.
  // An UPDATE … RETURNING answers [rows, count].
  const [replayed]: [{ id: string }[], number] = await manager.query(
    `WITH won AS (
       SELECT c.id, c.capacity, count(*)::int AS seats
         FROM courses c JOIN bookings b ON b.course_id = c.id AND b.status = 'confirmed'
        WHERE c.booking_rule = 'lottery' AND c.status = 'published' AND c.application_closes_at <= $1
        GROUP BY c.id),
     reopened AS (
       UPDATE bookings b SET status = 'applied', confirmed_at = NULL, queue_position = NULL,
                             updated_at = b.created_at
         FROM won WHERE b.course_id = won.id AND b.status IN ('confirmed', 'waiting'))
     UPDATE courses c SET booked_count = won.capacity - won.seats
       FROM won WHERE c.id = won.id
     RETURNING c.id`,
    [now],
  );
  const toDraw = new Set(replayed.map((row) => row.id));

  const courses: { id: string }[] = await manager.query(
    `SELECT id FROM courses WHERE booking_rule = 'lottery' AND status = 'published'
      ORDER BY application_closes_at, id`,
  );
  let committed = 0;
  let drawn = 0;
  for (const course of courses) {
    if (await draws.commit(course.id, manager)) committed++;
    if (!toDraw.has(course.id)) continue;
    if ((await draws.drawWith(manager, course.id, now)).outcome === 'drawn') drawn++;
  }
  await manager.query(
    `UPDATE courses c SET booked_count = (SELECT coalesce(sum(party_size), 0) FROM bookings b
                                           WHERE b.course_id = c.id AND b.status = 'confirmed')
      WHERE c.booking_rule = 'lottery'`,
  );

  // As it happened: committed when published, drawn a few minutes after the window closed.
  await manager.query(
    `UPDATE lottery_draws d
        SET committed_at = coalesce(c.published_at, d.committed_at),
            drawn_at = CASE WHEN d.drawn_at IS NOT NULL
                            THEN least(c.application_closes_at + interval '3 minutes', $1) END
       FROM courses c WHERE c.id = d.course_id`,
    [now],
  );
  await manager.query(
    `UPDATE bookings b
        SET confirmed_at = CASE WHEN b.status = 'confirmed' THEN d.drawn_at END,
            updated_at = d.drawn_at
       FROM lottery_draws d
      WHERE d.course_id = b.course_id AND d.drawn_at IS NOT NULL
        AND b.status IN ('confirmed', 'waiting')`,
  );
  // Nobody is mailed for demo data.
  await manager.query(
    `DELETE FROM notifications WHERE kind IN ('lottery_won', 'lottery_waitlisted')`,
  );
  return { committed, drawn };
}
