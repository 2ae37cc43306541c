-- tsumugu_course_revision(course): a fingerprint of everything about a course that a booking
-- decision reads before it takes the course's lock (BookingsRepository's booking context, which
-- the app keeps in memory between bookings of the same course). Applied by migration
-- 1795940000000-booking-context-revision. This file is history like a migration: a change is a
-- new course-revision.v2.sql and a new migration that applies it.
--
-- The app reads it with the context; tsumugu_take_seats (take-seats.v2.sql) computes it again
-- under the course's lock, and a request whose context was read at another revision is decided
-- 'stale' (nothing written): the app reads the course again and decides once more. So a course
-- changed by its organiser is never booked on what the app knew before the change, however
-- late the change's notification reaches the app's cache.
--
-- Not in it: booked_count (changes with every booking; the ledger decides seats under the lock
-- anyway), updated_at and the search columns. In it: the course's rules, window, texts a
-- booking shows, and every session (time, room, status). Names of the organisation, facility
-- and room (display only) are not; their changes reach the cache by notification. Instants
-- are taken as epoch seconds, so that the text is the same whatever the session's TimeZone.
CREATE OR REPLACE FUNCTION tsumugu_course_revision(p_course uuid)
RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT md5(concat_ws('|',
           (SELECT row(c.status, c.booking_rule, extract(epoch FROM c.application_opens_at),
                       extract(epoch FROM c.application_closes_at), c.capacity, c.max_companions, c.audience, c.target_age_min,
                       c.target_age_max, c.cancel_deadline_hours, c.organisation_id, c.title_ja,
                       c.title_en, c.fee_yen, c.what_to_bring_ja, c.what_to_bring_en)::text
              FROM courses c WHERE c.id = p_course),
           (SELECT string_agg(row(s.id, s.room_id, extract(epoch FROM s.starts_at),
                                  extract(epoch FROM s.ends_at), s.status)::text, ','
                              ORDER BY s.id)
              FROM course_sessions s WHERE s.course_id = p_course)))
$$;
