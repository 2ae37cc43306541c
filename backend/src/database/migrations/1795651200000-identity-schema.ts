import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People, their sessions and one-time email tokens, family members, roles and invitations, and
 * the audit log of staff and administrator access to personal data.
 *
 * - A person is a citizen once their email is verified; other roles are explicit assignments.
 *   An organiser belongs to one organisation per assignment (and may be its admin); facility
 *   staff to one facility per assignment. The CHECK makes a role's scope impossible to get wrong.
 * - Session and email tokens are stored only as SHA-256 hashes: a copy of the database cannot be
 *   used to log in or to reset a password.
 * - A deleted account is anonymised (deleted_at set, personal columns cleared) so that the
 *   statistics that need its bookings keep counting them.
 */
export class IdentitySchema1795651200000 implements MigrationInterface {
  name = 'IdentitySchema1795651200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text,
        email_verified_at timestamptz,
        password_hash text,
        family_name text NOT NULL DEFAULT '',
        given_name text NOT NULL DEFAULT '',
        family_name_kana text NOT NULL DEFAULT '',
        given_name_kana text NOT NULL DEFAULT '',
        birth_year smallint CONSTRAINT users_birth_year_check CHECK (birth_year BETWEEN 1900 AND 2100),
        phone text NOT NULL DEFAULT '',
        tsukuba_relations text[] NOT NULL DEFAULT '{}'
          CONSTRAINT users_tsukuba_relations_check CHECK (tsukuba_relations <@ ARRAY['live', 'work', 'study']::text[]),
        preferred_language text NOT NULL DEFAULT 'ja'
          CONSTRAINT users_preferred_language_check CHECK (preferred_language IN ('ja', 'en')),
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_check CHECK (email IS NULL OR email = lower(email) AND email LIKE '%_@_%'),
        CONSTRAINT users_active_has_email_check CHECK (deleted_at IS NOT NULL OR email IS NOT NULL),
        CONSTRAINT users_active_has_password_check CHECK (deleted_at IS NOT NULL OR password_hash IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX users_email_unique ON users (email) WHERE email IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE family_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name text NOT NULL CONSTRAINT family_members_name_check CHECK (btrim(name) <> ''),
        name_kana text NOT NULL DEFAULT '',
        birth_year smallint NOT NULL CONSTRAINT family_members_birth_year_check CHECK (birth_year BETWEEN 1900 AND 2100),
        relationship text NOT NULL DEFAULT 'child'
          CONSTRAINT family_members_relationship_check CHECK (relationship IN ('child', 'partner', 'parent', 'other')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX family_members_user_index ON family_members (user_id)`);

    await queryRunner.query(`
      CREATE TABLE user_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL CONSTRAINT user_sessions_token_hash_unique UNIQUE,
        csrf_token_hash bytea NOT NULL,
        user_agent text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT user_sessions_expiry_check CHECK (expires_at > created_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX user_sessions_user_index ON user_sessions (user_id) WHERE revoked_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE email_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL
          CONSTRAINT email_tokens_purpose_check CHECK (purpose IN ('verify_email', 'reset_password', 'change_email')),
        token_hash bytea NOT NULL CONSTRAINT email_tokens_token_hash_unique UNIQUE,
        new_email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT email_tokens_new_email_check CHECK ((purpose = 'change_email') = (new_email IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX email_tokens_user_index ON email_tokens (user_id, purpose)`,
    );

    await queryRunner.query(`
      CREATE TABLE role_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL
          CONSTRAINT role_assignments_role_check CHECK (role IN ('instructor', 'organiser', 'facility_staff', 'city_admin')),
        organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
        facility_id uuid REFERENCES facilities (id) ON DELETE CASCADE,
        is_organisation_admin boolean NOT NULL DEFAULT false,
        granted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT role_assignments_scope_check CHECK (
          (role = 'organiser' AND organisation_id IS NOT NULL AND facility_id IS NULL) OR
          (role = 'facility_staff' AND facility_id IS NOT NULL AND organisation_id IS NULL AND NOT is_organisation_admin) OR
          (role IN ('instructor', 'city_admin') AND organisation_id IS NULL AND facility_id IS NULL AND NOT is_organisation_admin)
        ),
        CONSTRAINT role_assignments_unique UNIQUE NULLS NOT DISTINCT (user_id, role, organisation_id, facility_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX role_assignments_organisation_index ON role_assignments (organisation_id) WHERE organisation_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX role_assignments_facility_index ON role_assignments (facility_id) WHERE facility_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CONSTRAINT invitations_email_check CHECK (email = lower(email) AND email LIKE '%_@_%'),
        role text NOT NULL
          CONSTRAINT invitations_role_check CHECK (role IN ('instructor', 'organiser', 'facility_staff', 'city_admin')),
        organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
        facility_id uuid REFERENCES facilities (id) ON DELETE CASCADE,
        is_organisation_admin boolean NOT NULL DEFAULT false,
        token_hash bytea NOT NULL CONSTRAINT invitations_token_hash_unique UNIQUE,
        invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        revoked_at timestamptz,
        CONSTRAINT invitations_scope_check CHECK (
          (role = 'organiser' AND organisation_id IS NOT NULL AND facility_id IS NULL) OR
          (role = 'facility_staff' AND facility_id IS NOT NULL AND organisation_id IS NULL AND NOT is_organisation_admin) OR
          (role IN ('instructor', 'city_admin') AND organisation_id IS NULL AND facility_id IS NULL AND NOT is_organisation_admin)
        )
      )`);
    await queryRunner.query(
      `CREATE INDEX invitations_email_index ON invitations (email) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        action text NOT NULL CONSTRAINT audit_log_action_check CHECK (btrim(action) <> ''),
        subject_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        target_type text,
        target_id text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_log_occurred_index ON audit_log (occurred_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_subject_index ON audit_log (subject_user_id, occurred_at DESC)`,
    );

    // Fixed-window counters for rate limits, shared by every instance of the app.
    await queryRunner.query(`
      CREATE TABLE rate_limit_counters (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL DEFAULT 0 CONSTRAINT rate_limit_counters_hits_check CHECK (hits >= 0),
        PRIMARY KEY (key, window_start)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit_counters`);
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP TABLE invitations`);
    await queryRunner.query(`DROP TABLE role_assignments`);
    await queryRunner.query(`DROP TABLE email_tokens`);
    await queryRunner.query(`DROP TABLE user_sessions`);
    await queryRunner.query(`DROP TABLE family_members`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
