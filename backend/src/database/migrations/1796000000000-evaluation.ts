import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan's evaluation (issue 14): the figures per fiscal year and the indicators with their
 * targets.
 *
 * - Summary tables, rebuilt as a whole by the evaluation refresh job (backend/src/evaluation):
 *   evaluation_course_facts (one row per course held: its fiscal year, month, organisation,
 *   pillar, life stages, category, facility and its counts), evaluation_participations (one row
 *   per person who attended a course, with their age band and relation to Tsukuba — no name, no
 *   account id: a key local to the summary), evaluation_room_use (per facility and month: hours
 *   reserved by courses and hires, and the rooms' opening hours), evaluation_summary_state (when
 *   they were last rebuilt). The figures read only these, so the dashboard answers in
 *   milliseconds whatever the size of the live tables.
 * - The section's own data: evaluation_settings (the grade thresholds, one row),
 *   evaluation_indicators (成果指標: name, pillar, unit, direction, baseline, target, source) and
 *   evaluation_manual_values (figures the system cannot know, per indicator and fiscal year, with
 *   their source).
 * - The assignable role plan_evaluator (the lifelong-learning section's evaluation staff):
 *   city-wide, like instructor_reviewer.
 */
export class Evaluation1796000000000 implements MigrationInterface {
  name = 'Evaluation1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evaluation_course_facts (
        course_id uuid PRIMARY KEY
          CONSTRAINT evaluation_course_facts_course_id_fkey REFERENCES courses (id) ON DELETE CASCADE,
        fiscal_year smallint NOT NULL,
        month smallint NOT NULL CONSTRAINT evaluation_course_facts_month_check CHECK (month BETWEEN 1 AND 12),
        organisation_id uuid NOT NULL,
        pillar smallint NOT NULL,
        life_stages text[] NOT NULL,
        category text NOT NULL,
        facility_id uuid,
        booking_rule text NOT NULL,
        sessions_held integer NOT NULL,
        seats_offered integer NOT NULL,
        applicants integer NOT NULL,
        enrolled integer NOT NULL,
        expected_attendances integer NOT NULL,
        attendances integer NOT NULL,
        completions_decided integer NOT NULL,
        completed integer NOT NULL,
        questionnaires_sent integer NOT NULL,
        questionnaires_answered integer NOT NULL,
        satisfaction_answers integer NOT NULL,
        satisfied integer NOT NULL,
        CONSTRAINT evaluation_course_facts_counts_check CHECK (
          sessions_held >= 0 AND seats_offered >= 0 AND applicants >= 0 AND enrolled >= 0
          AND attendances BETWEEN 0 AND expected_attendances
          AND completed BETWEEN 0 AND completions_decided
          AND questionnaires_answered BETWEEN 0 AND questionnaires_sent
          AND satisfied BETWEEN 0 AND satisfaction_answers)
      )`);
    await queryRunner.query(
      `CREATE INDEX evaluation_course_facts_year_index ON evaluation_course_facts (fiscal_year, organisation_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE evaluation_participations (
        fiscal_year smallint NOT NULL,
        course_id uuid NOT NULL
          CONSTRAINT evaluation_participations_course_id_fkey REFERENCES courses (id) ON DELETE CASCADE,
        person_key text NOT NULL,
        age_band text NOT NULL CONSTRAINT evaluation_participations_age_band_check
          CHECK (age_band IN ('under_20', '20s', '30s', '40s', '50s', '60s', '70_plus', 'unknown')),
        relations text[] NOT NULL CONSTRAINT evaluation_participations_relations_check
          CHECK (relations <@ ARRAY['live', 'work', 'study']::text[]),
        CONSTRAINT evaluation_participations_pkey PRIMARY KEY (fiscal_year, course_id, person_key)
      )`);
    await queryRunner.query(
      `CREATE INDEX evaluation_participations_course_index ON evaluation_participations (course_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE evaluation_room_use (
        fiscal_year smallint NOT NULL,
        month smallint NOT NULL CONSTRAINT evaluation_room_use_month_check CHECK (month BETWEEN 1 AND 12),
        facility_id uuid NOT NULL
          CONSTRAINT evaluation_room_use_facility_id_fkey REFERENCES facilities (id) ON DELETE CASCADE,
        rooms integer NOT NULL,
        open_hours numeric(12, 2) NOT NULL,
        course_hours numeric(12, 2) NOT NULL,
        hire_hours numeric(12, 2) NOT NULL,
        CONSTRAINT evaluation_room_use_pkey PRIMARY KEY (fiscal_year, month, facility_id),
        CONSTRAINT evaluation_room_use_hours_check
          CHECK (rooms >= 0 AND open_hours >= 0 AND course_hours >= 0 AND hire_hours >= 0)
      )`);

    await queryRunner.query(`
      CREATE TABLE evaluation_summary_state (
        id boolean PRIMARY KEY DEFAULT true CONSTRAINT evaluation_summary_state_one_row_check CHECK (id),
        refreshed_at timestamptz,
        as_of timestamptz,
        duration_ms integer
      )`);
    await queryRunner.query(`INSERT INTO evaluation_summary_state (id) VALUES (true)`);

    await queryRunner.query(`
      CREATE TABLE evaluation_settings (
        id boolean PRIMARY KEY DEFAULT true CONSTRAINT evaluation_settings_one_row_check CHECK (id),
        on_track_percent numeric(6, 1) NOT NULL DEFAULT 100,
        nearly_on_track_percent numeric(6, 1) NOT NULL DEFAULT 80,
        updated_by uuid CONSTRAINT evaluation_settings_updated_by_fkey REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT evaluation_settings_thresholds_check CHECK (
          nearly_on_track_percent > 0 AND nearly_on_track_percent < on_track_percent
          AND on_track_percent <= 1000)
      )`);
    await queryRunner.query(`INSERT INTO evaluation_settings (id) VALUES (true)`);

    await queryRunner.query(`
      CREATE TABLE evaluation_indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name_ja text NOT NULL CONSTRAINT evaluation_indicators_name_ja_check CHECK (btrim(name_ja) <> ''),
        name_en text NOT NULL CONSTRAINT evaluation_indicators_name_en_check CHECK (btrim(name_en) <> ''),
        pillar smallint NOT NULL CONSTRAINT evaluation_indicators_pillar_check CHECK (pillar BETWEEN 1 AND 5),
        unit_ja text NOT NULL DEFAULT '',
        unit_en text NOT NULL DEFAULT '',
        direction text NOT NULL CONSTRAINT evaluation_indicators_direction_check
          CHECK (direction IN ('higher', 'lower')),
        baseline_fiscal_year smallint NOT NULL,
        baseline_value numeric(14, 2) NOT NULL,
        target_fiscal_year smallint NOT NULL,
        target_value numeric(14, 2) NOT NULL,
        source text NOT NULL CONSTRAINT evaluation_indicators_source_check
          CHECK (source IN ('figure', 'manual')),
        figure_key text,
        figure_filters jsonb NOT NULL DEFAULT '{}'::jsonb
          CONSTRAINT evaluation_indicators_figure_filters_check CHECK (jsonb_typeof(figure_filters) = 'object'),
        is_demo boolean NOT NULL DEFAULT false,
        display_order integer NOT NULL DEFAULT 0,
        updated_by uuid CONSTRAINT evaluation_indicators_updated_by_fkey REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT evaluation_indicators_figure_check CHECK ((source = 'figure') = (figure_key IS NOT NULL)),
        CONSTRAINT evaluation_indicators_years_check CHECK (
          baseline_fiscal_year BETWEEN 2000 AND 2100 AND target_fiscal_year BETWEEN 2000 AND 2100
          AND target_fiscal_year > baseline_fiscal_year),
        CONSTRAINT evaluation_indicators_target_check CHECK (
          (direction = 'higher' AND target_value > baseline_value)
          OR (direction = 'lower' AND target_value < baseline_value))
      )`);

    await queryRunner.query(`
      CREATE TABLE evaluation_manual_values (
        indicator_id uuid NOT NULL CONSTRAINT evaluation_manual_values_indicator_id_fkey
          REFERENCES evaluation_indicators (id) ON DELETE CASCADE,
        fiscal_year smallint NOT NULL
          CONSTRAINT evaluation_manual_values_fiscal_year_check CHECK (fiscal_year BETWEEN 2000 AND 2100),
        value numeric(14, 2) NOT NULL,
        source_ja text NOT NULL CONSTRAINT evaluation_manual_values_source_ja_check CHECK (btrim(source_ja) <> ''),
        source_en text NOT NULL CONSTRAINT evaluation_manual_values_source_en_check CHECK (btrim(source_en) <> ''),
        note text NOT NULL DEFAULT '',
        entered_by uuid CONSTRAINT evaluation_manual_values_entered_by_fkey REFERENCES users (id) ON DELETE SET NULL,
        entered_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT evaluation_manual_values_pkey PRIMARY KEY (indicator_id, fiscal_year)
      )`);

    await this.setRoles(queryRunner, [...ROLES_BEFORE, 'plan_evaluator']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['role_assignments', 'invitations']) {
      await queryRunner.query(`DELETE FROM ${table} WHERE role = 'plan_evaluator'`);
    }
    await this.setRoles(queryRunner, ROLES_BEFORE);
    for (const table of [
      'evaluation_manual_values',
      'evaluation_indicators',
      'evaluation_settings',
      'evaluation_summary_state',
      'evaluation_room_use',
      'evaluation_participations',
      'evaluation_course_facts',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }

  private async setRoles(queryRunner: QueryRunner, roles: readonly string[]): Promise<void> {
    const list = roles.map((role) => `'${role}'`).join(', ');
    const cityWide = roles
      .filter((role) => role !== 'organiser' && role !== 'facility_staff')
      .map((role) => `'${role}'`)
      .join(', ');
    for (const table of ['role_assignments', 'invitations']) {
      await queryRunner.query(`
        ALTER TABLE ${table} DROP CONSTRAINT ${table}_role_check,
          ADD CONSTRAINT ${table}_role_check CHECK (role IN (${list})),
          DROP CONSTRAINT ${table}_scope_check,
          ADD CONSTRAINT ${table}_scope_check CHECK (
            (role = 'organiser' AND organisation_id IS NOT NULL AND facility_id IS NULL) OR
            (role = 'facility_staff' AND facility_id IS NOT NULL AND organisation_id IS NULL AND NOT is_organisation_admin) OR
            (role IN (${cityWide}) AND organisation_id IS NULL AND facility_id IS NULL AND NOT is_organisation_admin))`);
    }
  }
}

/** The assignable roles before this migration, in the order of their constraint. */
const ROLES_BEFORE = [
  'instructor',
  'organiser',
  'facility_staff',
  'city_admin',
  'instructor_reviewer',
] as const;
