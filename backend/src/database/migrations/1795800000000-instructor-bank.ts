import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The instructor bank (人材バンク), issue 12.
 *
 * - instructor_profiles: one per person (an individual or a group they represent). `content` is
 *   the applicant's working copy; `approved_content` the version a reviewer registered, which is
 *   what the directory shows (an edit of a registered profile waits for review while the old
 *   version stays listed). The listed_* and search columns are derived from the approved version
 *   and its per-field visibility by the service (only public parts are searchable or filterable).
 * - The status trigger refuses every status change not in the table below (the same table as
 *   PROFILE_TRANSITIONS in instructor-reference.ts), a new row that is not a draft, and any change
 *   of a registration number once given. CHECKs tie a registered status to its number and
 *   validity, and a declined status to a profile never registered.
 * - instructor_profile_submissions: a snapshot per submission, so that the reviewer sees what
 *   changed; instructor_profile_events: every decision and step. One review decision per
 *   submission (partial unique index): two reviewers acting at once give one decision.
 * - Requests (講師依頼), their date options, thread and report; the city's settings (lead time);
 *   photos; instructors linked to courses.
 * - The assignable role instructor_reviewer, and the notification kinds of the bank.
 */
export class InstructorBank1795800000000 implements MigrationInterface {
  name = 'InstructorBank1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE instructor_profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT instructor_profiles_user_id_unique UNIQUE
          CONSTRAINT instructor_profiles_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL
          CONSTRAINT instructor_profiles_kind_check CHECK (kind IN ('individual', 'group')),
        status text NOT NULL DEFAULT 'draft'
          CONSTRAINT instructor_profiles_status_check CHECK (status IN (
            'draft', 'submitted', 'returned', 'registered', 'declined', 'withdrawn', 'suspended', 'expired')),
        version integer NOT NULL DEFAULT 1 CONSTRAINT instructor_profiles_version_check CHECK (version >= 1),
        content jsonb NOT NULL,
        approved_content jsonb,
        submission_count integer NOT NULL DEFAULT 0
          CONSTRAINT instructor_profiles_submission_count_check CHECK (submission_count >= 0),
        submitted_at timestamptz,
        registration_number text CONSTRAINT instructor_profiles_registration_number_unique UNIQUE
          CONSTRAINT instructor_profiles_registration_number_check
            CHECK (registration_number ~ '^TKB-[0-9]{4}-[0-9]{4,}$'),
        registered_at timestamptz,
        valid_until date,
        reviewer_comment text NOT NULL DEFAULT '',
        search_text text NOT NULL DEFAULT '',
        search_grams text[] NOT NULL DEFAULT '{}',
        listed_fields text[] NOT NULL DEFAULT '{}',
        listed_life_stages text[] NOT NULL DEFAULT '{}',
        listed_languages text[] NOT NULL DEFAULT '{}',
        listed_area_ids uuid[] NOT NULL DEFAULT '{}',
        listed_any_area boolean NOT NULL DEFAULT false,
        listed_weekdays smallint[] NOT NULL DEFAULT '{}',
        listed_online boolean NOT NULL DEFAULT false,
        listed_fee_type text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT instructor_profiles_registration_check CHECK (
          (registration_number IS NULL) = (registered_at IS NULL) AND
          (registration_number IS NULL) = (valid_until IS NULL)),
        CONSTRAINT instructor_profiles_registered_check CHECK (
          status NOT IN ('registered', 'suspended', 'expired') OR
          (registration_number IS NOT NULL AND approved_content IS NOT NULL)),
        CONSTRAINT instructor_profiles_declined_check CHECK (
          status <> 'declined' OR registration_number IS NULL),
        CONSTRAINT instructor_profiles_submitted_check CHECK (
          status NOT IN ('submitted', 'returned') OR submitted_at IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX instructor_profiles_status_index ON instructor_profiles (status)`,
    );
    await queryRunner.query(
      `CREATE INDEX instructor_profiles_search_grams_index ON instructor_profiles USING gin (search_grams)`,
    );
    await queryRunner.query(`CREATE SEQUENCE instructor_registration_number_seq`);

    await queryRunner.query(`
      CREATE FUNCTION instructor_profiles_check_transition() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.status <> 'draft' THEN
            RAISE EXCEPTION 'an instructor profile starts as a draft, not %', NEW.status
              USING ERRCODE = 'TSI01';
          END IF;
          RETURN NEW;
        END IF;
        IF OLD.registration_number IS NOT NULL
           AND NEW.registration_number IS DISTINCT FROM OLD.registration_number THEN
          RAISE EXCEPTION 'a registration number never changes' USING ERRCODE = 'TSI01';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
          (OLD.status = 'draft' AND NEW.status IN ('submitted', 'withdrawn')) OR
          (OLD.status = 'submitted' AND NEW.status IN
             ('returned', 'registered', 'declined', 'withdrawn', 'suspended', 'expired')) OR
          (OLD.status = 'returned' AND NEW.status IN ('submitted', 'withdrawn', 'suspended', 'expired')) OR
          (OLD.status = 'registered' AND NEW.status IN ('submitted', 'withdrawn', 'suspended', 'expired')) OR
          (OLD.status = 'declined' AND NEW.status IN ('submitted', 'withdrawn')) OR
          (OLD.status = 'withdrawn' AND NEW.status IN ('submitted')) OR
          (OLD.status = 'suspended' AND NEW.status IN ('registered', 'withdrawn')) OR
          (OLD.status = 'expired' AND NEW.status IN ('submitted', 'withdrawn'))
        ) THEN
          RAISE EXCEPTION 'instructor profile status % cannot become %', OLD.status, NEW.status
            USING ERRCODE = 'TSI01';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER instructor_profiles_check_transition
        BEFORE INSERT OR UPDATE ON instructor_profiles
        FOR EACH ROW EXECUTE FUNCTION instructor_profiles_check_transition()`);

    await queryRunner.query(`
      CREATE TABLE instructor_profile_submissions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        profile_id uuid NOT NULL
          CONSTRAINT instructor_profile_submissions_profile_id_fkey
          REFERENCES instructor_profiles (id) ON DELETE CASCADE,
        number integer NOT NULL CONSTRAINT instructor_profile_submissions_number_check CHECK (number >= 1),
        content jsonb NOT NULL,
        submitted_at timestamptz NOT NULL,
        CONSTRAINT instructor_profile_submissions_number_unique UNIQUE (profile_id, number)
      )`);

    await queryRunner.query(`
      CREATE TABLE instructor_profile_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        profile_id uuid NOT NULL
          CONSTRAINT instructor_profile_events_profile_id_fkey
          REFERENCES instructor_profiles (id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT instructor_profile_events_kind_check CHECK (kind IN (
          'submitted', 'returned', 'registered', 'declined', 'suspended', 'withdrawn', 'renewed', 'expired')),
        from_status text,
        to_status text NOT NULL,
        actor_user_id uuid CONSTRAINT instructor_profile_events_actor_user_id_fkey
          REFERENCES users (id) ON DELETE SET NULL,
        by_reviewer boolean NOT NULL DEFAULT false,
        comment text NOT NULL DEFAULT '',
        submission_id uuid CONSTRAINT instructor_profile_events_submission_id_fkey
          REFERENCES instructor_profile_submissions (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX instructor_profile_events_profile_index ON instructor_profile_events (profile_id, created_at)`,
    );
    // One review decision per submission, whatever the number of reviewers acting at once.
    await queryRunner.query(`
      CREATE UNIQUE INDEX instructor_profile_events_one_decision
        ON instructor_profile_events (submission_id)
        WHERE kind IN ('returned', 'registered', 'declined')`);

    await queryRunner.query(`
      CREATE TABLE instructor_profile_photos (
        profile_id uuid PRIMARY KEY
          CONSTRAINT instructor_profile_photos_profile_id_fkey
          REFERENCES instructor_profiles (id) ON DELETE CASCADE,
        content_type text NOT NULL CONSTRAINT instructor_profile_photos_content_type_check
          CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
        bytes bytea NOT NULL
          CONSTRAINT instructor_profile_photos_size_check CHECK (octet_length(bytes) <= 2097152),
        sha256 text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE instructor_settings (
        id boolean PRIMARY KEY DEFAULT true CONSTRAINT instructor_settings_single_row_check CHECK (id),
        request_lead_days integer NOT NULL DEFAULT 14
          CONSTRAINT instructor_settings_request_lead_days_check CHECK (request_lead_days BETWEEN 1 AND 90),
        updated_by uuid CONSTRAINT instructor_settings_updated_by_fkey
          REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`INSERT INTO instructor_settings (id) VALUES (true)`);

    await queryRunner.query(`
      CREATE TABLE instructor_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        profile_id uuid NOT NULL CONSTRAINT instructor_requests_profile_id_fkey
          REFERENCES instructor_profiles (id) ON DELETE CASCADE,
        requester_user_id uuid NOT NULL CONSTRAINT instructor_requests_requester_user_id_fkey
          REFERENCES users (id) ON DELETE CASCADE,
        requester_kind text NOT NULL CONSTRAINT instructor_requests_requester_kind_check
          CHECK (requester_kind IN ('organiser', 'group')),
        organisation_id uuid CONSTRAINT instructor_requests_organisation_id_fkey
          REFERENCES organisations (id) ON DELETE CASCADE,
        group_name text NOT NULL DEFAULT '',
        purpose text NOT NULL CONSTRAINT instructor_requests_purpose_check CHECK (btrim(purpose) <> ''),
        audience text NOT NULL,
        expected_participants integer NOT NULL CONSTRAINT instructor_requests_expected_participants_check
          CHECK (expected_participants BETWEEN 1 AND 1000),
        place_kind text NOT NULL CONSTRAINT instructor_requests_place_kind_check
          CHECK (place_kind IN ('facility', 'other', 'online')),
        facility_id uuid CONSTRAINT instructor_requests_facility_id_fkey
          REFERENCES facilities (id) ON DELETE SET NULL,
        place_detail text NOT NULL DEFAULT '',
        fee_offered_yen integer CONSTRAINT instructor_requests_fee_offered_yen_check
          CHECK (fee_offered_yen >= 0),
        fee_note text NOT NULL DEFAULT '',
        message text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'pending' CONSTRAINT instructor_requests_status_check
          CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled', 'reported')),
        accepted_option smallint CONSTRAINT instructor_requests_accepted_option_check
          CHECK (accepted_option BETWEEN 0 AND 2),
        decline_reason text NOT NULL DEFAULT '',
        cancelled_by uuid CONSTRAINT instructor_requests_cancelled_by_fkey
          REFERENCES users (id) ON DELETE SET NULL,
        report_attendees integer CONSTRAINT instructor_requests_report_attendees_check
          CHECK (report_attendees >= 0),
        report_rating smallint CONSTRAINT instructor_requests_report_rating_check
          CHECK (report_rating BETWEEN 1 AND 5),
        report_comment text NOT NULL DEFAULT '',
        reported_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT instructor_requests_requester_check CHECK (
          (requester_kind = 'organiser') = (organisation_id IS NOT NULL) AND
          (requester_kind <> 'group' OR btrim(group_name) <> '')),
        CONSTRAINT instructor_requests_place_check CHECK ((place_kind = 'facility') = (facility_id IS NOT NULL)),
        CONSTRAINT instructor_requests_accepted_check CHECK (
          (status IN ('accepted', 'reported')) = (accepted_option IS NOT NULL)),
        CONSTRAINT instructor_requests_reported_check CHECK (
          (status = 'reported') = (reported_at IS NOT NULL) AND
          (reported_at IS NULL OR (report_attendees IS NOT NULL AND report_rating IS NOT NULL)))
      )`);
    await queryRunner.query(
      `CREATE INDEX instructor_requests_profile_index ON instructor_requests (profile_id, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX instructor_requests_requester_index ON instructor_requests (requester_user_id, created_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE instructor_request_options (
        request_id uuid NOT NULL CONSTRAINT instructor_request_options_request_id_fkey
          REFERENCES instructor_requests (id) ON DELETE CASCADE,
        option_index smallint NOT NULL CONSTRAINT instructor_request_options_index_check
          CHECK (option_index BETWEEN 0 AND 2),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        CONSTRAINT instructor_request_options_pkey PRIMARY KEY (request_id, option_index),
        CONSTRAINT instructor_request_options_times_check CHECK (ends_at > starts_at)
      )`);

    await queryRunner.query(`
      CREATE TABLE instructor_request_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL CONSTRAINT instructor_request_messages_request_id_fkey
          REFERENCES instructor_requests (id) ON DELETE CASCADE,
        author_user_id uuid CONSTRAINT instructor_request_messages_author_user_id_fkey
          REFERENCES users (id) ON DELETE SET NULL,
        body text NOT NULL CONSTRAINT instructor_request_messages_body_check CHECK (btrim(body) <> ''),
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX instructor_request_messages_request_index ON instructor_request_messages (request_id, created_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE course_instructor_profiles (
        course_id uuid NOT NULL CONSTRAINT course_instructor_profiles_course_id_fkey
          REFERENCES courses (id) ON DELETE CASCADE,
        profile_id uuid NOT NULL CONSTRAINT course_instructor_profiles_profile_id_fkey
          REFERENCES instructor_profiles (id) ON DELETE CASCADE,
        position smallint NOT NULL DEFAULT 0,
        added_by uuid CONSTRAINT course_instructor_profiles_added_by_fkey
          REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT course_instructor_profiles_pkey PRIMARY KEY (course_id, profile_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX course_instructor_profiles_profile_index ON course_instructor_profiles (profile_id)`,
    );

    // The reviewer role (the city's lifelong-learning section): city-wide, like city_admin.
    for (const table of ['role_assignments', 'invitations']) {
      await queryRunner.query(`
        ALTER TABLE ${table} DROP CONSTRAINT ${table}_role_check,
          ADD CONSTRAINT ${table}_role_check CHECK (role IN
            ('instructor', 'organiser', 'facility_staff', 'city_admin', 'instructor_reviewer')),
          DROP CONSTRAINT ${table}_scope_check,
          ADD CONSTRAINT ${table}_scope_check CHECK (
            (role = 'organiser' AND organisation_id IS NOT NULL AND facility_id IS NULL) OR
            (role = 'facility_staff' AND facility_id IS NOT NULL AND organisation_id IS NULL AND NOT is_organisation_admin) OR
            (role IN ('instructor', 'city_admin', 'instructor_reviewer') AND organisation_id IS NULL AND facility_id IS NULL AND NOT is_organisation_admin))`);
    }

    await queryRunner.query(`
      ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check,
        ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
          'booking_confirmed', 'booking_waitlisted', 'booking_cancelled', 'waitlist_promoted',
          'lottery_applied', 'lottery_won', 'lottery_waitlisted', 'session_reminder',
          'course_changed', 'course_cancelled', 'organiser_message',
          'instructor_profile_received', 'instructor_profile_returned',
          'instructor_profile_registered', 'instructor_profile_declined',
          'instructor_profile_suspended', 'instructor_profile_expired',
          'instructor_renewal_reminder', 'instructor_request_received',
          'instructor_request_message', 'instructor_request_accepted',
          'instructor_request_declined', 'instructor_request_cancelled',
          'instructor_request_reported', 'instructor_course_linked'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM notifications WHERE kind LIKE 'instructor\\_%'`);
    await queryRunner.query(`
      ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check,
        ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
          'booking_confirmed', 'booking_waitlisted', 'booking_cancelled', 'waitlist_promoted',
          'lottery_applied', 'lottery_won', 'lottery_waitlisted', 'session_reminder',
          'course_changed', 'course_cancelled', 'organiser_message'))`);
    for (const table of ['role_assignments', 'invitations']) {
      await queryRunner.query(`DELETE FROM ${table} WHERE role = 'instructor_reviewer'`);
      await queryRunner.query(`
        ALTER TABLE ${table} DROP CONSTRAINT ${table}_role_check,
          ADD CONSTRAINT ${table}_role_check CHECK (role IN
            ('instructor', 'organiser', 'facility_staff', 'city_admin')),
          DROP CONSTRAINT ${table}_scope_check,
          ADD CONSTRAINT ${table}_scope_check CHECK (
            (role = 'organiser' AND organisation_id IS NOT NULL AND facility_id IS NULL) OR
            (role = 'facility_staff' AND facility_id IS NOT NULL AND organisation_id IS NULL AND NOT is_organisation_admin) OR
            (role IN ('instructor', 'city_admin') AND organisation_id IS NULL AND facility_id IS NULL AND NOT is_organisation_admin))`);
    }
    await queryRunner.query(`DROP TABLE course_instructor_profiles`);
    await queryRunner.query(`DROP TABLE instructor_request_messages`);
    await queryRunner.query(`DROP TABLE instructor_request_options`);
    await queryRunner.query(`DROP TABLE instructor_requests`);
    await queryRunner.query(`DROP TABLE instructor_settings`);
    await queryRunner.query(`DROP TABLE instructor_profile_photos`);
    await queryRunner.query(`DROP TABLE instructor_profile_events`);
    await queryRunner.query(`DROP TABLE instructor_profile_submissions`);
    await queryRunner.query(`DROP TABLE instructor_profiles`);
    await queryRunner.query(`DROP FUNCTION instructor_profiles_check_transition()`);
    await queryRunner.query(`DROP SEQUENCE instructor_registration_number_seq`);
  }
}
