import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Completion and certificates (修了・修了証), issue 13.
 *
 * - courses.completion_rule: the share of held sessions a participant must attend (see
 *   certificates/completion-rule.ts), or 'none' for a course that issues no certificates;
 *   completion_counts_late: whether a late arrival counts. finished_at: when the completion job
 *   decided the course (status 'finished' iff set).
 * - course_completions: one decision per participant of a confirmed booking — the booker
 *   (participant_position 0) and each companion (the booking_participants position). The
 *   unique (booking_id, participant_position) and the course's one-way move to 'finished' are
 *   what make the decision happen once. The names are kept as decided (the certificate's name).
 * - certificates: one per completion that holds, with its public number (TSU-<fiscal year>-
 *   XXXX-XXXX), never deleted (a trigger refuses it, and the completion may not go while a
 *   certificate points to it): one that no longer holds is revoked with the time and a reason.
 *   At most one valid certificate per completion. share_name / share_hours: what the holder
 *   chooses to show on the PDF, the badge and the verification page.
 */
export class CompletionAndCertificates1795900000000 implements MigrationInterface {
  name = 'CompletionAndCertificates1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE courses
        ADD COLUMN completion_rule text NOT NULL DEFAULT 'two_thirds'
          CONSTRAINT courses_completion_rule_check
            CHECK (completion_rule IN ('all', 'three_quarters', 'two_thirds', 'half', 'none')),
        ADD COLUMN completion_counts_late boolean NOT NULL DEFAULT true,
        ADD COLUMN finished_at timestamptz,
        ADD CONSTRAINT courses_finished_at_check CHECK ((status = 'finished') = (finished_at IS NOT NULL))`);

    await queryRunner.query(`
      CREATE TABLE course_completions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL
          CONSTRAINT course_completions_course_id_fkey REFERENCES courses (id) ON DELETE CASCADE,
        booking_id uuid NOT NULL
          CONSTRAINT course_completions_booking_id_fkey REFERENCES bookings (id) ON DELETE CASCADE,
        participant_position smallint NOT NULL
          CONSTRAINT course_completions_participant_position_check
            CHECK (participant_position BETWEEN 0 AND 10),
        user_id uuid NOT NULL
          CONSTRAINT course_completions_user_id_fkey REFERENCES users (id) ON DELETE CASCADE,
        family_member_id uuid
          CONSTRAINT course_completions_family_member_id_fkey
            REFERENCES family_members (id) ON DELETE SET NULL,
        holder_name text NOT NULL CONSTRAINT course_completions_holder_name_check
          CHECK (btrim(holder_name) <> ''),
        holder_family_name text NOT NULL DEFAULT '',
        sessions_held smallint NOT NULL,
        sessions_attended smallint NOT NULL,
        minutes_attended integer NOT NULL
          CONSTRAINT course_completions_minutes_attended_check CHECK (minutes_attended >= 0),
        completed boolean NOT NULL,
        decided_at timestamptz NOT NULL,
        revised_at timestamptz,
        CONSTRAINT course_completions_sessions_check
          CHECK (sessions_attended BETWEEN 0 AND sessions_held),
        CONSTRAINT course_completions_participant_unique UNIQUE (booking_id, participant_position)
      )`);
    await queryRunner.query(
      `CREATE INDEX course_completions_course_index ON course_completions (course_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX course_completions_user_index ON course_completions (user_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        completion_id uuid NOT NULL
          CONSTRAINT certificates_completion_id_fkey
            REFERENCES course_completions (id) ON DELETE RESTRICT,
        number text NOT NULL CONSTRAINT certificates_number_unique UNIQUE
          CONSTRAINT certificates_number_check
            CHECK (number ~ '^TSU-[0-9]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$'),
        status text NOT NULL DEFAULT 'valid'
          CONSTRAINT certificates_status_check CHECK (status IN ('valid', 'revoked')),
        issued_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text CONSTRAINT certificates_revoked_reason_check
          CHECK (revoked_reason IN ('attendance_corrected', 'issued_in_error')),
        share_name text NOT NULL DEFAULT 'full'
          CONSTRAINT certificates_share_name_check CHECK (share_name IN ('full', 'family_name')),
        share_hours boolean NOT NULL DEFAULT true,
        CONSTRAINT certificates_revoked_check CHECK (
          (status = 'revoked') = (revoked_at IS NOT NULL)
          AND (status = 'revoked') = (revoked_reason IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX certificates_one_valid_per_completion
         ON certificates (completion_id) WHERE status = 'valid'`,
    );
    await queryRunner.query(`
      CREATE FUNCTION tsumugu_certificates_never_deleted() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a certificate is never deleted: revoke it (certificate %)', OLD.number
          USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER certificates_never_deleted BEFORE DELETE ON certificates
        FOR EACH ROW EXECUTE FUNCTION tsumugu_certificates_never_deleted()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE certificates`);
    await queryRunner.query(`DROP FUNCTION tsumugu_certificates_never_deleted()`);
    await queryRunner.query(`DROP TABLE course_completions`);
    await queryRunner.query(`
      ALTER TABLE courses DROP CONSTRAINT courses_finished_at_check,
        DROP COLUMN finished_at, DROP COLUMN completion_counts_late, DROP COLUMN completion_rule`);
  }
}
