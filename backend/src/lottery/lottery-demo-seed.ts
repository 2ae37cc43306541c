import type { EntityManager } from 'typeorm';
import { newBookingCode } from '../bookings/booking-code';
import { LotteryDrawService } from './lottery-draw.service';
import { LotteryRepository } from './lottery.repository';

const DEMO_RESIDENTS = '%@residents.tsumugu.example';

/**
 * The demo's lotteries as they would be after running for real: every published lottery course
 * has its seed commitment (made when it was published); an open window has applications (the
 * demo bookings) and waits for its draw; a lottery drawn before the demo's day was drawn by the
 * real draw from applications — more applicants than seats — so its public record verifies. Runs inside
 * the seeder's transaction, after the demo bookings; nobody is mailed for demo data.
 */
export async function seedDemoLotteries(
  manager: EntityManager,
): Promise<{ committed: number; drawn: number }> {
  const draws = new LotteryDrawService(new LotteryRepository(manager.connection));

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

  await openOneForEveryone(manager);

  const courses: { id: string; closed: boolean; capacity: number }[] = await manager.query(
    `SELECT id, application_closes_at <= now() AS closed, capacity FROM courses
      WHERE booking_rule = 'lottery' AND status = 'published'
      ORDER BY application_closes_at, id`,
  );
  let committed = 0;
  let drawn = 0;
  for (const course of courses) {
    if (await draws.commit(course.id, manager)) committed++;
    if (!course.closed) continue;
    // The demo bookings hold the seats of a lottery drawn before the demo's day as confirmed:
    // they were won in a draw. They become applications again, with about half as many more
    // who were not drawn, and the real draw gives out exactly those seats. A lottery that
    // closed since still holds applications only: the sweep draws it when the app starts.
    const [{ taken }] = await manager.query(
      `SELECT count(*)::int AS taken FROM bookings WHERE course_id = $1 AND status = 'confirmed'`,
      [course.id],
    );
    if (taken === 0) continue;
    await manager.query(
      `UPDATE bookings SET status = 'applied', confirmed_at = NULL, queue_position = NULL,
                           updated_at = created_at
        WHERE course_id = $1 AND status IN ('confirmed', 'waiting')`,
      [course.id],
    );
    const extra: { id: string }[] = await manager.query(
      `SELECT u.id FROM users u
        WHERE u.email LIKE $2
          AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.course_id = $1 AND b.user_id = u.id)
        ORDER BY md5(u.id::text || $1) LIMIT $3`,
      [course.id, DEMO_RESIDENTS, Math.ceil(taken / 2)],
    );
    for (const [index, person] of extra.entries()) {
      await manager.query(
        `INSERT INTO bookings (course_id, user_id, code, status, party_size, created_at, updated_at)
         SELECT id, $2, $3, 'applied', 1, application_opens_at + make_interval(mins => 11 * $4),
                application_opens_at + make_interval(mins => 11 * $4)
           FROM courses WHERE id = $1`,
        [course.id, person.id, newBookingCode(), index + 1],
      );
    }
    // The draw fills the free seats: as many as the demo gave out.
    await manager.query(`UPDATE courses SET booked_count = capacity - $2 WHERE id = $1`, [
      course.id,
      taken,
    ]);
    if ((await draws.drawWith(manager, course.id)).outcome === 'drawn') drawn++;
    await manager.query(
      `UPDATE courses c SET booked_count = (SELECT coalesce(sum(party_size), 0) FROM bookings b
                                             WHERE b.course_id = c.id AND b.status = 'confirmed')
        WHERE c.id = $1`,
      [course.id],
    );
  }

  // As it happened: committed when published, drawn a few minutes after the window closed.
  await manager.query(
    `UPDATE lottery_draws d
        SET committed_at = coalesce(c.published_at, d.committed_at),
            drawn_at = CASE WHEN d.drawn_at IS NOT NULL
                            THEN least(c.application_closes_at + interval '3 minutes', now()) END
       FROM courses c WHERE c.id = d.course_id`,
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

/**
 * The demo's open lotteries are all for children or seniors; so that an adult (hanako) can try
 * applying, the first lottery not yet open that has no age limit opens now, with applications
 * from demo residents already in.
 */
async function openOneForEveryone(manager: EntityManager): Promise<void> {
  // An UPDATE … RETURNING answers [rows, count].
  const [[course]]: [{ id: string; capacity: number }[], number] = await manager.query(
    `UPDATE courses SET application_opens_at = date_trunc('day', now()) - interval '2 days'
      WHERE id = (SELECT id FROM courses
                   WHERE booking_rule = 'lottery' AND status = 'published'
                     AND application_opens_at > now()
                     AND target_age_min IS NULL AND target_age_max IS NULL
                   ORDER BY application_closes_at, id LIMIT 1)
      RETURNING id, capacity`,
  );
  if (!course) return;
  const applicants: { id: string }[] = await manager.query(
    `SELECT u.id FROM users u WHERE u.email LIKE $2
      ORDER BY md5(u.id::text || $1) LIMIT $3`,
    [course.id, DEMO_RESIDENTS, Math.ceil(course.capacity * 0.6)],
  );
  for (const [index, person] of applicants.entries()) {
    await manager.query(
      `INSERT INTO bookings (course_id, user_id, code, status, party_size, created_at, updated_at)
       SELECT id, $2, $3, 'applied', 1, application_opens_at + make_interval(mins => 13 * $4),
              application_opens_at + make_interval(mins => 13 * $4)
         FROM courses WHERE id = $1`,
      [course.id, person.id, newBookingCode(), index + 1],
    );
  }
}
