import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bookings, the waiting list, the durable notification outbox and idempotent retries.
 *
 * - A booking is one person's place on a course, with the family members they bring
 *   (booking_participants); party_size counts everybody. courses.booked_count is the sum of the
 *   confirmed parties and the existing CHECK (booked_count BETWEEN 0 AND capacity) makes an
 *   overbooked course impossible whatever the application does: the seat is taken by an UPDATE
 *   of the course row that holds its row lock until commit, so bookings of one course are
 *   serialised by PostgreSQL while bookings of different courses run in parallel.
 * - One active booking per person per course: the partial unique index
 *   bookings_one_active_per_person.
 * - The waiting list is the course's 'waiting' bookings in queue_position order (the sequence
 *   booking_queue_positions for first come; the drawn order for a lottery).
 *   tsumugu_promote_waiting(course) promotes, under the course's row lock, the first in line
 *   whose party fits the free seats, again and again, and queues a 'waitlist_promoted'
 *   notification for each, in the caller's transaction: with concurrent cancellations each one
 *   waits for the course lock, so a waiting person is promoted exactly once.
 *   Lock order everywhere: the course row first, then its bookings.
 * - notifications is the outbox: a row is written in the same transaction as what it tells of
 *   (a booking, a promotion), and a job sends it later, in the recipient's language, retrying
 *   while the mail server is down. A mail server that is down never blocks a booking.
 * - idempotency_keys remembers, per person, the Idempotency-Key of a booking request and the
 *   booking it made, so that a retried request returns the same booking.
 * - calendar_feeds holds the hash of each person's private calendar feed token.
 */
export class Bookings1795680000000 implements MigrationInterface {
  name = 'Bookings1795680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE courses
        ADD COLUMN cancel_deadline_hours smallint NOT NULL DEFAULT 24
          CONSTRAINT courses_cancel_deadline_hours_check CHECK (cancel_deadline_hours BETWEEN 0 AND 720),
        ADD COLUMN lottery_priorities text[] NOT NULL DEFAULT '{}'
          CONSTRAINT courses_lottery_priorities_check
          CHECK (lottery_priorities <@ ARRAY['first_time', 'residents']::text[])`);

    await queryRunner.query(`CREATE SEQUENCE booking_queue_positions`);
    await queryRunner.query(`
      CREATE TABLE bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        -- Eight characters of an alphabet without 0/O, 1/I/L: read aloud and typed at the door.
        code text NOT NULL CONSTRAINT bookings_code_unique UNIQUE
          CONSTRAINT bookings_code_check CHECK (code ~ '^[2-9A-HJKMNP-Z]{8}$'),
        status text NOT NULL CONSTRAINT bookings_status_check
          CHECK (status IN ('applied', 'confirmed', 'waiting', 'cancelled')),
        party_size smallint NOT NULL CONSTRAINT bookings_party_size_check CHECK (party_size BETWEEN 1 AND 11),
        queue_position bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        promoted_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by text CONSTRAINT bookings_cancelled_by_check
          CHECK (cancelled_by IN ('citizen', 'organiser', 'system')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bookings_queue_position_check CHECK ((status = 'waiting') = (queue_position IS NOT NULL)),
        CONSTRAINT bookings_confirmed_at_check CHECK (status <> 'confirmed' OR confirmed_at IS NOT NULL),
        CONSTRAINT bookings_cancelled_check CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX bookings_one_active_per_person ON bookings (course_id, user_id)
        WHERE status IN ('applied', 'confirmed', 'waiting')`);
    await queryRunner.query(`
      CREATE INDEX bookings_waiting_index ON bookings (course_id, queue_position) WHERE status = 'waiting'`);
    await queryRunner.query(
      `CREATE INDEX bookings_course_status_index ON bookings (course_id, status)`,
    );
    await queryRunner.query(
      `CREATE INDEX bookings_user_index ON bookings (user_id, created_at DESC)`,
    );

    await queryRunner.query(`
      CREATE TABLE booking_participants (
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
        position smallint NOT NULL CONSTRAINT booking_participants_position_check CHECK (position BETWEEN 1 AND 10),
        -- The family member as they were when booked: a later edit or removal of the family
        -- member keeps the roster of a past session readable.
        family_member_id uuid REFERENCES family_members (id) ON DELETE SET NULL,
        name text NOT NULL CONSTRAINT booking_participants_name_check CHECK (btrim(name) <> ''),
        birth_year smallint NOT NULL,
        PRIMARY KEY (booking_id, position)
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX booking_participants_member_unique ON booking_participants (booking_id, family_member_id)`);

    await queryRunner.query(`
      CREATE TABLE notifications (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CONSTRAINT notifications_kind_check CHECK (kind IN (
          'booking_confirmed', 'booking_waitlisted', 'booking_cancelled', 'waitlist_promoted',
          'lottery_applied', 'lottery_won', 'lottery_waitlisted', 'session_reminder',
          'course_changed', 'course_cancelled', 'organiser_message')),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        booking_id uuid REFERENCES bookings (id) ON DELETE CASCADE,
        course_id uuid REFERENCES courses (id) ON DELETE CASCADE,
        session_id uuid REFERENCES course_sessions (id) ON DELETE CASCADE,
        payload jsonb NOT NULL DEFAULT '{}',
        -- Set where a notification must exist at most once (a reminder per booking and session).
        dedupe_key text CONSTRAINT notifications_dedupe_key_unique UNIQUE,
        status text NOT NULL DEFAULT 'pending'
          CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
        attempts smallint NOT NULL DEFAULT 0 CONSTRAINT notifications_attempts_check CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_sent_at_check CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE INDEX notifications_pending_index ON notifications (next_attempt_at) WHERE status = 'pending'`);
    await queryRunner.query(
      `CREATE INDEX notifications_user_index ON notifications (user_id, created_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX notifications_booking_index ON notifications (booking_id) WHERE booking_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        key text NOT NULL CONSTRAINT idempotency_keys_key_check CHECK (length(key) BETWEEN 1 AND 200),
        -- SHA-256 of what was asked (method, path, body): a key reused for another request is refused.
        fingerprint text NOT NULL,
        booking_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
    await queryRunner.query(
      `CREATE INDEX idempotency_keys_created_index ON idempotency_keys (created_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL CONSTRAINT calendar_feeds_token_hash_unique UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz
      )`);

    await queryRunner.query(`
      CREATE FUNCTION tsumugu_promote_waiting(p_course uuid) RETURNS SETOF uuid
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
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION tsumugu_promote_waiting(uuid)`);
    await queryRunner.query(`DROP TABLE calendar_feeds`);
    await queryRunner.query(`DROP TABLE idempotency_keys`);
    await queryRunner.query(`DROP TABLE notifications`);
    await queryRunner.query(`DROP TABLE booking_participants`);
    await queryRunner.query(`DROP TABLE bookings`);
    await queryRunner.query(`DROP SEQUENCE booking_queue_positions`);
    // Seats were held by the bookings that are gone.
    await queryRunner.query(`UPDATE courses SET booked_count = 0`);
    await queryRunner.query(
      `ALTER TABLE courses DROP COLUMN lottery_priorities, DROP COLUMN cancel_deadline_hours`,
    );
  }
}
