import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { newBookingCode } from '../bookings/booking-code';
import type { BookFunction } from './rush-clients';

/**
 * A deliberately WRONG booking path, for the control run of the rush tests only: it counts the
 * confirmed seats, then inserts — without the course's row lock that tsumugu_take_seats takes —
 * and writes booked_count back from what it read. Concurrent requests read the same count and
 * all confirm: the course is oversold. The rush tests run it to prove that their checks can see
 * an oversell; nothing in the application may ever book this way.
 */
export function naiveBooker(dataSource: DataSource, courseId: string): BookFunction {
  return async (citizen, idempotencyKey) => {
    const sent = performance.now();
    const [{ capacity, taken }] = (await dataSource.query(
      `SELECT c.capacity,
              coalesce((SELECT sum(party_size)::int FROM bookings
                         WHERE course_id = c.id AND status = 'confirmed'), 0) AS taken
         FROM courses c WHERE c.id = $1`,
      [courseId],
    )) as { capacity: number; taken: number }[];
    const confirmed = taken < capacity;
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO bookings (id, course_id, user_id, code, status, party_size, queue_position,
                             confirmed_at)
       VALUES ($1, $2, $3, $4, $5, 1,
               CASE WHEN $5 = 'waiting' THEN nextval('booking_queue_positions') END,
               CASE WHEN $5 = 'confirmed' THEN now() END)`,
      [id, courseId, citizen.userId, newBookingCode(), confirmed ? 'confirmed' : 'waiting'],
    );
    await dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, fingerprint, booking_id) VALUES ($1, $2, 'naive', $3)`,
      [citizen.userId, idempotencyKey, id],
    );
    // Read, modify, write: the lost update that the row lock prevents.
    if (confirmed) {
      await dataSource.query(`UPDATE courses SET booked_count = $2 WHERE id = $1`, [
        courseId,
        taken + 1,
      ]);
    }
    return {
      status: 201,
      ms: performance.now() - sent,
      bookingId: id,
      bookingStatus: confirmed ? 'confirmed' : 'waiting',
    };
  };
}
