import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The course questionnaire (アンケート).
 *
 * - questionnaires: one per course — the organiser's own questions (a JSON array of at most
 *   five; the city's standard questions are code) and when the invitations went out. invited_at
 *   is set once, by the job that sends the invitations, under the row's lock: that is what makes
 *   the round happen exactly once. closes_at = invited_at + 30 days.
 * - questionnaire_invitations: one per booking (UNIQUE booking_id) of a participant who
 *   attended. `answered` is a flag without a time, so that no timestamp ties an answer to it.
 * - questionnaire_links: the SHA-256 of each single-use link mailed for an invitation (the
 *   token itself is only in the mail; the invitation and the reminder each carry their own).
 * - questionnaire_answers: the answers, with the course and nothing else: no booking, no
 *   person, no time. The invitation is marked answered in the same transaction that inserts the
 *   answer, and only if it was not (the guard against a second answer).
 * - two notification kinds, added to notifications_kind_check as it stands (whatever other
 *   kinds it already lists).
 */
export class Questionnaires1795920000000 implements MigrationInterface {
  name = 'Questionnaires1795920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE questionnaires (
        course_id uuid PRIMARY KEY REFERENCES courses (id) ON DELETE CASCADE,
        questions jsonb NOT NULL DEFAULT '[]'::jsonb
          CONSTRAINT questionnaires_questions_check
          CHECK (jsonb_typeof(questions) = 'array' AND jsonb_array_length(questions) <= 5),
        invited_at timestamptz,
        closes_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT questionnaires_invited_check
          CHECK ((invited_at IS NULL) = (closes_at IS NULL) AND (closes_at IS NULL OR closes_at > invited_at))
      )`);

    await queryRunner.query(`
      CREATE TABLE questionnaire_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES questionnaires (course_id) ON DELETE CASCADE,
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        answered boolean NOT NULL DEFAULT false,
        reminded boolean NOT NULL DEFAULT false,
        CONSTRAINT questionnaire_invitations_booking_unique UNIQUE (booking_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX questionnaire_invitations_course_index ON questionnaire_invitations (course_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX questionnaire_invitations_user_index ON questionnaire_invitations (user_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE questionnaire_links (
        token_hash bytea PRIMARY KEY,
        invitation_id uuid NOT NULL REFERENCES questionnaire_invitations (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX questionnaire_links_invitation_index ON questionnaire_links (invitation_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE questionnaire_answers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES questionnaires (course_id) ON DELETE CASCADE,
        satisfaction smallint NOT NULL
          CONSTRAINT questionnaire_answers_satisfaction_check CHECK (satisfaction BETWEEN 1 AND 5),
        usefulness smallint NOT NULL
          CONSTRAINT questionnaire_answers_usefulness_check CHECK (usefulness BETWEEN 1 AND 4),
        use_in text[] NOT NULL DEFAULT '{}'
          CONSTRAINT questionnaire_answers_use_in_check
          CHECK (use_in <@ ARRAY['work', 'life', 'community', 'not_sure']::text[]),
        heard_from text[] NOT NULL DEFAULT '{}'
          CONSTRAINT questionnaire_answers_heard_from_check
          CHECK (heard_from <@ ARRAY['koho_tsukuba', 'city_website', 'this_site', 'centre_flyer', 'school', 'friends', 'line_sns', 'other']::text[]),
        age_band text
          CONSTRAINT questionnaire_answers_age_band_check
          CHECK (age_band IN ('under_20', '20s', '30s', '40s', '50s', '60s', '70_plus', 'no_answer')),
        comment text NOT NULL DEFAULT ''
          CONSTRAINT questionnaire_answers_comment_check CHECK (char_length(comment) <= 1000),
        custom jsonb NOT NULL DEFAULT '{}'::jsonb
          CONSTRAINT questionnaire_answers_custom_check CHECK (jsonb_typeof(custom) = 'object')
      )`);
    await queryRunner.query(
      `CREATE INDEX questionnaire_answers_course_index ON questionnaire_answers (course_id)`,
    );

    await this.setKinds(queryRunner, 'add');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE kind LIKE 'questionnaire\\_%'`);
    await this.setKinds(queryRunner, 'remove');
    await queryRunner.query(`DROP TABLE questionnaire_answers`);
    await queryRunner.query(`DROP TABLE questionnaire_links`);
    await queryRunner.query(`DROP TABLE questionnaire_invitations`);
    await queryRunner.query(`DROP TABLE questionnaires`);
  }

  /**
   * Rebuilds notifications_kind_check from the kinds it lists now, plus (or minus) ours, so this
   * migration keeps whatever kinds another feature's migration added before it.
   */
  private async setKinds(queryRunner: QueryRunner, change: 'add' | 'remove'): Promise<void> {
    const ours = ['questionnaire_invitation', 'questionnaire_reminder'];
    const [{ definition }] = await queryRunner.query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conrelid = 'notifications'::regclass AND conname = 'notifications_kind_check'`,
    );
    const current = [...String(definition).matchAll(/'([a-z0-9_]+)'/g)].map((m) => m[1]!);
    const kinds =
      change === 'add'
        ? [...current, ...ours.filter((kind) => !current.includes(kind))]
        : current.filter((kind) => !ours.includes(kind));
    await queryRunner.query(`
      ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check,
        ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${kinds.map((k) => `'${k}'`).join(', ')}))`);
  }
}
