-- tsumugu_take_seats_checked(course, requests): tsumugu_take_seats (take-seats.v<N>.sql, whichever
-- version is installed; it is called by name) for requests whose course context the app read
-- earlier, possibly from memory. Owned by the booking ledger (../seat-batcher.ts calls it).
-- Applied by migration 1795940000000-booking-context-revision. This file is history like a
-- migration: a change is a new take-seats-checked.v2.sql and a new migration that applies it.
--
-- Under the course's row lock (taken here first; tsumugu_take_seats takes it again, a no-op):
--   * a request that carries the `revision` of the course it was judged on, and the course is
--     now at another (course-revision.v1.sql), is decided 'stale' and nothing is written for it:
--     the app reads the course again and judges the request once more. A request without a
--     revision is not checked.
--   * the others go to tsumugu_take_seats, in their order, as one group, and are answered as it
--     decides them; a 'waiting' one also with its place on the waiting list (1 = next), counted
--     once for the group under the lock rather than by a query per booking after the commit.
CREATE OR REPLACE FUNCTION tsumugu_take_seats_checked(p_course uuid, p_requests jsonb)
RETURNS TABLE (ord integer, outcome text, waiting_position integer)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  current_revision text;
  fresh jsonb;
  decided_ords integer[];
  decided_outcomes text[];
BEGIN
  PERFORM 1 FROM courses c WHERE c.id = p_course FOR UPDATE;
  IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_requests) r WHERE r->>'revision' IS NOT NULL) THEN
    current_revision := coalesce(tsumugu_course_revision(p_course), '');
  END IF;
  RETURN QUERY
    SELECT (r->>'ord')::integer, 'stale'::text, NULL::integer
      FROM jsonb_array_elements(p_requests) r
     WHERE r->>'revision' IS NOT NULL AND r->>'revision' <> current_revision;
  SELECT coalesce(jsonb_agg(r ORDER BY (r->>'ord')::integer), '[]'::jsonb) INTO fresh
    FROM jsonb_array_elements(p_requests) r
   WHERE r->>'revision' IS NULL OR r->>'revision' = current_revision;
  IF jsonb_array_length(fresh) = 0 THEN
    RETURN;
  END IF;
  SELECT array_agg(t.ord ORDER BY t.ord), array_agg(t.outcome ORDER BY t.ord)
    INTO decided_ords, decided_outcomes
    FROM tsumugu_take_seats(p_course, fresh) t;
  -- A statement of its own: it sees the bookings tsumugu_take_seats has just written.
  RETURN QUERY
    WITH decided AS (
      SELECT d.ord, d.outcome, (r->>'booking_id')::uuid AS booking_id
        FROM unnest(decided_ords, decided_outcomes) AS d (ord, outcome)
        JOIN jsonb_array_elements(fresh) r ON (r->>'ord')::integer = d.ord
    ), queue AS (
      SELECT b.id, row_number() OVER (ORDER BY b.queue_position)::integer AS position
        FROM bookings b
       WHERE b.course_id = p_course AND b.status = 'waiting'
         AND 'waiting' = ANY (decided_outcomes)
    )
    SELECT d.ord, d.outcome, CASE WHEN d.outcome = 'waiting' THEN q.position END
      FROM decided d LEFT JOIN queue q ON q.id = d.booking_id
     ORDER BY d.ord;
END $$;
