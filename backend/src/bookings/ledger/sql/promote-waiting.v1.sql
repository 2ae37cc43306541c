-- tsumugu_promote_waiting(course): the waiting list moves up. Returns the promoted bookings.
-- Owned by the booking ledger (BookingLedger.promoteWaiting and every ledger operation that frees
-- or adds seats). Applied by migration 1795750000000-booking-ledger; the same rules as the first
-- version in 1795680000000-bookings. This file is history like a migration (its SHA-256 is in
-- migration-checksums.ts): a change is a new promote-waiting.v2.sql and a new migration.
--
-- Under the course's row lock (lock order everywhere: the course row, then its bookings), the
-- first in line whose party fits the free seats is confirmed, again and again, each with a
-- 'waitlist_promoted' notification, in the caller's transaction. Concurrent cancellations wait
-- for the lock, so a waiting person is promoted exactly once. Only a published course promotes.
CREATE OR REPLACE FUNCTION tsumugu_promote_waiting(p_course uuid) RETURNS SETOF uuid
LANGUAGE plpgsql AS $$
DECLARE
  free integer;
  course_status text;
  candidate record;
BEGIN
  SELECT capacity - booked_count, status INTO free, course_status
    FROM courses WHERE id = p_course FOR UPDATE;
  IF course_status IS DISTINCT FROM 'published' THEN
    RETURN;
  END IF;
  LOOP
    EXIT WHEN free <= 0;
    SELECT id, user_id, party_size INTO candidate
      FROM bookings
      WHERE course_id = p_course AND status = 'waiting' AND party_size <= free
      ORDER BY queue_position
      LIMIT 1
      FOR UPDATE;
    EXIT WHEN NOT FOUND;
    UPDATE bookings
      SET status = 'confirmed', queue_position = NULL, confirmed_at = now(),
          promoted_at = now(), updated_at = now()
      WHERE id = candidate.id;
    UPDATE courses SET booked_count = booked_count + candidate.party_size WHERE id = p_course;
    INSERT INTO notifications (kind, user_id, booking_id, course_id)
      VALUES ('waitlist_promoted', candidate.user_id, candidate.id, p_course);
    free := free - candidate.party_size;
    RETURN NEXT candidate.id;
  END LOOP;
END $$;
