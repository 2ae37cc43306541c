import type { EntityManager } from 'typeorm';

/**
 * What an organiser's change of a course means for the people booked on it, written in the
 * organiser's transaction (the course row is already locked by it: course first, then its
 * bookings). The outbox drain mails them afterwards.
 */

/**
 * A cancelled course: every active booking (applied, confirmed, waiting) is cancelled by the
 * organiser, the seats go back to 0, and each booker is told ('course_cancelled').
 * Returns how many bookings were cancelled.
 */
export async function cancelBookingsOfCourse(
  manager: EntityManager,
  courseId: string,
): Promise<number> {
  // The caller holds the course row's lock; this takes it again for a caller that does not.
  await manager.query(`SELECT 1 FROM courses WHERE id = $1 FOR UPDATE`, [courseId]);
  const [row] = await manager.query(
    `WITH cancelled AS (
       UPDATE bookings
          SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'organiser',
              queue_position = NULL, updated_at = now()
        WHERE course_id = $1 AND status IN ('applied', 'confirmed', 'waiting')
       RETURNING id, user_id
     ), notified AS (
       INSERT INTO notifications (kind, user_id, booking_id, course_id, dedupe_key)
       SELECT 'course_cancelled', user_id, id, $1, 'course-cancelled:' || id FROM cancelled
       ON CONFLICT (dedupe_key) DO NOTHING
     ), freed AS (
       UPDATE courses SET booked_count = 0 WHERE id = $1
     )
     SELECT count(*)::int AS count FROM cancelled`,
    [courseId],
  );
  return row?.count ?? 0;
}

/**
 * A session moved (`to` given) or cancelled (`to` null): each confirmed or waiting booker of the
 * course is told what changed ('course_changed', payload { change, before, after }). Call it
 * before the session row changes: it reads the session as it was.
 */
export async function noteSessionChange(
  manager: EntityManager,
  courseId: string,
  sessionId: string,
  to: { roomId: string; startsAt: Date; endsAt: Date } | null,
): Promise<void> {
  await manager.query(
    `WITH before AS (
       SELECT jsonb_build_object(
                'startsAt', s.starts_at, 'endsAt', s.ends_at,
                'facility', jsonb_build_object('ja', f.name_ja, 'en', f.name_en),
                'room', jsonb_build_object('ja', r.name_ja, 'en', r.name_en)) AS session
         FROM course_sessions s
         JOIN rooms r ON r.id = s.room_id
         JOIN facilities f ON f.id = r.facility_id
        WHERE s.id = $2 AND s.course_id = $1
     ), after AS (
       SELECT jsonb_build_object(
                'startsAt', $4::timestamptz, 'endsAt', $5::timestamptz,
                'facility', jsonb_build_object('ja', f.name_ja, 'en', f.name_en),
                'room', jsonb_build_object('ja', r.name_ja, 'en', r.name_en)) AS session
         FROM rooms r JOIN facilities f ON f.id = r.facility_id
        WHERE r.id = $3
     )
     INSERT INTO notifications (kind, user_id, booking_id, course_id, session_id, payload)
     SELECT 'course_changed', b.user_id, b.id, $1, $2,
            jsonb_build_object(
              'change', CASE WHEN $3::uuid IS NULL THEN 'session_cancelled' ELSE 'session_moved' END,
              'before', (SELECT session FROM before),
              'after', (SELECT session FROM after))
       FROM bookings b
      WHERE b.course_id = $1 AND b.status IN ('confirmed', 'waiting')
        AND EXISTS (SELECT 1 FROM before)`,
    [courseId, sessionId, to?.roomId ?? null, to?.startsAt ?? null, to?.endsAt ?? null],
  );
}
