-- tsumugu_promote_waiting(course): the waiting list moves up. Returns the promoted bookings.
-- Owned by the booking ledger (BookingLedger.promoteWaiting and every ledger operation that frees
-- or adds seats). Applied by migration 1795951000000-promotion-answers. This file is history like
-- a migration (its SHA-256 is in migration-checksums.ts): a change is a new promote-waiting.v3.sql
-- and a new migration.
--
-- What changed since v1: a promoted person is given a fair time to answer (respond_by). Until
-- then the seat is theirs (confirmed) and they may accept it or decline it whatever the
-- cancellation deadline; past it, unanswered, the booking ledger's expiry job gives the seat to
-- the next in line. The rule: 48 hours, or until the end of the day (Japan time) before the
-- first session, whichever comes first. A promotion too late for two hours of that (the day of
-- the course, or minutes before the day before ends) asks for no answer: the place is simply
-- confirmed, and can still be given back on the booking page.
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
  answer_by timestamptz;
BEGIN
  SELECT capacity - booked_count, status INTO free, course_status
    FROM courses WHERE id = p_course FOR UPDATE;
  IF course_status IS DISTINCT FROM 'published' THEN
    RETURN;
  END IF;
  SELECT least(now() + interval '48 hours',
               date_trunc('day', min(s.starts_at) AT TIME ZONE 'Asia/Tokyo') AT TIME ZONE 'Asia/Tokyo')
    INTO answer_by
    FROM course_sessions s WHERE s.course_id = p_course AND s.status = 'scheduled';
  IF answer_by IS NULL OR answer_by < now() + interval '2 hours' THEN
    answer_by := NULL;
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
          promoted_at = now(), respond_by = answer_by, updated_at = now()
      WHERE id = candidate.id;
    UPDATE courses SET booked_count = booked_count + candidate.party_size WHERE id = p_course;
    INSERT INTO notifications (kind, user_id, booking_id, course_id)
      VALUES ('waitlist_promoted', candidate.user_id, candidate.id, p_course);
    free := free - candidate.party_size;
    RETURN NEXT candidate.id;
  END LOOP;
END $$;
