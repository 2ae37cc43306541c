-- tsumugu_course_revision(course): a fingerprint of everything about a course that a booking
-- decision reads before it takes the course's lock (BookingsRepository's booking context, which
-- the app keeps in memory between bookings of the same course). Applied by migration
-- 1795940000000-booking-context-revision. This file is history like a migration: a change is a
-- new course-revision.v2.sql and a new migration that applies it.
--
-- The app reads it with the context; tsumugu_take_seats_checked (take-seats-checked.v1.sql)
-- computes it again under the course's lock, and a request whose context was read at another
-- revision is decided 'stale' (nothing written): the app reads the course again and decides once
-- more. So a course changed by its organiser is never booked on what the app knew before the
-- change, however late the change's notification reaches the app's cache.
--
-- In it: every column of the course (those added later too) but booked_count (it changes with
-- every booking, and the ledger decides seats under the lock anyway), updated_at and the search
-- columns derived from the texts; and every session (time, room, status). Not in it: the names
-- of the organisation, facility and room (display only), whose changes reach the cache by
-- notification. Computed in UTC, so that the text is the same whatever the caller's TimeZone.
CREATE OR REPLACE FUNCTION tsumugu_course_revision(p_course uuid)
RETURNS text
LANGUAGE sql STABLE
SET "TimeZone" = 'UTC'
AS $$
  SELECT md5(concat_ws('|',
           (SELECT (to_jsonb(c) - 'booked_count' - 'updated_at' - 'search_text' - 'search_grams')::text
              FROM courses c WHERE c.id = p_course),
           (SELECT string_agg((to_jsonb(s) - 'updated_at')::text, ',' ORDER BY s.id)
              FROM course_sessions s WHERE s.course_id = p_course)))
$$;
