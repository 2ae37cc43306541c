-- tsumugu_take_seats(course, requests): the booking transaction, for one booking or for many.
-- Owned by the booking ledger (../booking-ledger.ts, which calls it through the SeatBatcher).
-- Applied by migration 1795950000000-booking-attendees. This file is history like a migration
-- (its SHA-256 is in migration-checksums.ts): a change is a new take-seats.v3.sql and a new
-- migration that applies it.
--
-- What changed since v1: the person who books need not attend. A request names who attends —
-- the booker (booker_attends, true when absent) and/or members of the booker's family
-- (companions) — and the party that takes seats is counted here, from the booker's own family
-- rows, not taken on trust: only attendees count against capacity. A request may also ask for
-- childcare (childcare_ages, one age per child), which only a course that offers it accepts.
--
-- A seat is taken under the course's row lock, held until the commit is flushed to disk; the
-- SeatBatcher groups the requests for one course that arrive while the previous group commits
-- and passes them here as one JSON array: one lock, one commit, one flush (group commit).
--
-- Each request is decided in arrival order (ord), exactly as if alone:
--   'closed'         the course is not published or outside its application window;
--   'replay'         the person already sent this Idempotency-Key (the caller reads its record);
--   'already_booked' the person already has an active booking of this course;
--   'invalid'        nobody attends, a companion is not (or no longer) the person's family, the
--                    party differs from the one the caller counted, or childcare is asked of a
--                    course without it;
--   'applied'        a lottery application (no seat yet);
--   'confirmed'      the party fits the free seats;
--   'waiting'        full, and the person asked to join the waiting list;
--   'full'           full, and they did not.
-- Every booking made gets its outbox notification in the same transaction; booked_count is
-- updated once at the end (its CHECK still refuses any overbooking).
--
-- The booking window: this is the authoritative judgement (see ../booking-window.ts). It is
-- made with clock_timestamp() once the lock is held, not now() (when the transaction began): a
-- group that waited for the lock past the closing time books nothing, and the lottery's draw,
-- which takes the same lock after the close, sees every application there will ever be.
CREATE OR REPLACE FUNCTION tsumugu_take_seats(p_course uuid, p_requests jsonb)
RETURNS TABLE (ord integer, outcome text)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  course record;
  free integer;
  request record;
  decided text;
  is_open boolean;
  attends boolean;
  members integer;
  party integer;
  childcare smallint[];
BEGIN
  SELECT c.booking_rule, c.capacity - c.booked_count AS free, c.status,
         c.application_opens_at, c.application_closes_at, c.childcare_offered
    INTO course
    FROM courses c WHERE c.id = p_course
    FOR UPDATE;
  -- The same rule as bookingWindowState() in booking-window.ts, on the database's clock.
  is_open := course.status = 'published'
          AND clock_timestamp() >= course.application_opens_at
          AND clock_timestamp() < course.application_closes_at;
  free := course.free;
  FOR request IN
    SELECT * FROM jsonb_to_recordset(p_requests) AS r (
      ord integer, booking_id uuid, user_id uuid, party integer, code text,
      join_waitlist boolean, companions uuid[], idempotency_key text, fingerprint text,
      booker_attends boolean, childcare_ages smallint[])
    ORDER BY r.ord
  LOOP
    ord := request.ord;
    IF is_open IS NOT TRUE THEN
      outcome := 'closed'; RETURN NEXT; CONTINUE;
    END IF;
    IF request.idempotency_key IS NOT NULL AND EXISTS (
         SELECT 1 FROM idempotency_keys k
          WHERE k.user_id = request.user_id AND k.key = request.idempotency_key) THEN
      outcome := 'replay'; RETURN NEXT; CONTINUE;
    END IF;
    IF EXISTS (SELECT 1 FROM bookings b
                WHERE b.course_id = p_course AND b.user_id = request.user_id
                  AND b.status IN ('applied', 'confirmed', 'waiting')) THEN
      outcome := 'already_booked'; RETURN NEXT; CONTINUE;
    END IF;
    attends := coalesce(request.booker_attends, true);
    childcare := coalesce(request.childcare_ages, '{}');
    SELECT count(*) INTO members
      FROM family_members f
     WHERE f.user_id = request.user_id AND f.id = ANY(coalesce(request.companions, '{}'));
    party := (CASE WHEN attends THEN 1 ELSE 0 END) + members;
    IF party = 0
       OR members <> cardinality(coalesce(request.companions, '{}'))
       OR (request.party IS NOT NULL AND request.party <> party)
       OR (cardinality(childcare) > 0 AND course.childcare_offered IS NOT TRUE) THEN
      outcome := 'invalid'; RETURN NEXT; CONTINUE;
    END IF;
    IF request.idempotency_key IS NOT NULL THEN
      INSERT INTO idempotency_keys (user_id, key, fingerprint, booking_id)
      VALUES (request.user_id, request.idempotency_key, request.fingerprint, request.booking_id)
      ON CONFLICT (user_id, key) DO NOTHING;
      IF NOT FOUND THEN
        outcome := 'replay'; RETURN NEXT; CONTINUE;
      END IF;
    END IF;
    decided := CASE
      WHEN course.booking_rule = 'lottery' THEN 'applied'
      WHEN party <= free THEN 'confirmed'
      WHEN request.join_waitlist THEN 'waiting'
    END;
    IF decided IS NULL THEN
      outcome := 'full'; RETURN NEXT; CONTINUE;
    END IF;
    IF decided = 'confirmed' THEN
      free := free - party;
    END IF;
    INSERT INTO bookings (id, course_id, user_id, code, status, party_size, queue_position,
                          confirmed_at, booker_attends, childcare_ages)
    VALUES (request.booking_id, p_course, request.user_id, request.code, decided, party,
            CASE WHEN decided = 'waiting' THEN nextval('booking_queue_positions') END,
            CASE WHEN decided = 'confirmed' THEN now() END, attends, childcare);
    INSERT INTO booking_participants (booking_id, position, family_member_id, name, birth_year)
    SELECT request.booking_id, m.position, f.id, f.name, f.birth_year
      FROM unnest(request.companions) WITH ORDINALITY AS m (member_id, position)
      JOIN family_members f ON f.id = m.member_id AND f.user_id = request.user_id;
    -- The booking notices written inside PL/pgSQL (the ledger's other notices go through
    -- queueNotifications in notifications/outbox-writer.ts).
    INSERT INTO notifications (kind, user_id, booking_id, course_id)
    VALUES (CASE decided WHEN 'confirmed' THEN 'booking_confirmed'
                         WHEN 'waiting' THEN 'booking_waitlisted'
                         ELSE 'lottery_applied' END,
            request.user_id, request.booking_id, p_course);
    outcome := decided; RETURN NEXT;
  END LOOP;
  IF free IS DISTINCT FROM course.free THEN
    UPDATE courses SET booked_count = booked_count + (course.free - free) WHERE id = p_course;
  END IF;
END $$;
