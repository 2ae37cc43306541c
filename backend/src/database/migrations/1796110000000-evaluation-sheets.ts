import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The department evaluation sheet (事務事業評価シート): one per organisation and fiscal year, the
 * organisation's own evaluation (成果, 課題, 改善策, next year's plan) and its way through the
 * lifelong-learning section's review. The database holds the rules, whatever writes the rows:
 *
 * - one sheet per organisation × fiscal year (a unique constraint);
 * - states draft → submitted → returned | accepted, returned → submitted, accepted → returned
 *   (a CHECK on each history row's pair);
 * - every change of state has its history row (who, when, comment), written in the same
 *   transaction (the sheet's trigger looks for it by transaction id, SQLSTATE TSE01), and a
 *   history row's state is the sheet's state at commit (a deferred trigger, TSE03);
 *   a return always says why (CHECK on the comment); history rows are never changed;
 * - the organisation's text changes only while the sheet is a draft or returned (TSE02);
 * - `version` counts the sheet's writes, for optimistic concurrency: a write names the version it
 *   read, and the application refuses a write against a newer one.
 */
export class EvaluationSheets1796110000000 implements MigrationInterface {
  name = 'EvaluationSheets1796110000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evaluation_sheets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL
          CONSTRAINT evaluation_sheets_organisation_id_fkey REFERENCES organisations (id) ON DELETE RESTRICT,
        fiscal_year smallint NOT NULL
          CONSTRAINT evaluation_sheets_fiscal_year_check CHECK (fiscal_year BETWEEN 2016 AND 2100),
        state text NOT NULL DEFAULT 'draft'
          CONSTRAINT evaluation_sheets_state_check
          CHECK (state IN ('draft', 'submitted', 'returned', 'accepted')),
        outcomes text NOT NULL DEFAULT ''
          CONSTRAINT evaluation_sheets_outcomes_check CHECK (char_length(outcomes) <= 4000),
        issues text NOT NULL DEFAULT ''
          CONSTRAINT evaluation_sheets_issues_check CHECK (char_length(issues) <= 4000),
        improvements text NOT NULL DEFAULT ''
          CONSTRAINT evaluation_sheets_improvements_check CHECK (char_length(improvements) <= 4000),
        next_year_plan text NOT NULL DEFAULT ''
          CONSTRAINT evaluation_sheets_next_year_plan_check CHECK (char_length(next_year_plan) <= 4000),
        -- The figures as they stood at the last submission; null until first submitted.
        submitted_figures jsonb,
        version integer NOT NULL DEFAULT 1
          CONSTRAINT evaluation_sheets_version_check CHECK (version >= 1),
        created_by uuid
          CONSTRAINT evaluation_sheets_created_by_fkey REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        updated_by uuid
          CONSTRAINT evaluation_sheets_updated_by_fkey REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT evaluation_sheets_organisation_fiscal_year_unique UNIQUE (organisation_id, fiscal_year),
        CONSTRAINT evaluation_sheets_submitted_figures_check
          CHECK (state = 'draft' OR submitted_figures IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX evaluation_sheets_fiscal_year_state_index ON evaluation_sheets (fiscal_year, state)`,
    );

    await queryRunner.query(`
      CREATE TABLE evaluation_sheet_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sheet_id uuid NOT NULL
          CONSTRAINT evaluation_sheet_events_sheet_id_fkey REFERENCES evaluation_sheets (id) ON DELETE CASCADE,
        from_state text NOT NULL,
        to_state text NOT NULL,
        actor_id uuid
          CONSTRAINT evaluation_sheet_events_actor_id_fkey REFERENCES users (id) ON DELETE SET NULL,
        comment text NOT NULL DEFAULT ''
          CONSTRAINT evaluation_sheet_events_comment_check CHECK (char_length(comment) <= 2000),
        at timestamptz NOT NULL,
        -- The writing transaction's id, set by the trigger below (not by the application).
        recorded_in bigint NOT NULL,
        CONSTRAINT evaluation_sheet_events_transition_check CHECK (
          (from_state, to_state) IN (('draft', 'submitted'), ('returned', 'submitted'),
                                     ('submitted', 'returned'), ('submitted', 'accepted'),
                                     ('accepted', 'returned'))),
        CONSTRAINT evaluation_sheet_events_return_comment_check
          CHECK (to_state <> 'returned' OR btrim(comment) <> '')
      )`);
    await queryRunner.query(
      `CREATE INDEX evaluation_sheet_events_sheet_index ON evaluation_sheet_events (sheet_id, at)`,
    );

    await queryRunner.query(`
      CREATE FUNCTION evaluation_sheets_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.state <> 'draft' THEN
            RAISE EXCEPTION 'an evaluation sheet starts as a draft' USING ERRCODE = 'TSE01';
          END IF;
          RETURN NEW;
        END IF;
        IF NEW.organisation_id <> OLD.organisation_id OR NEW.fiscal_year <> OLD.fiscal_year THEN
          RAISE EXCEPTION 'an evaluation sheet keeps its organisation and fiscal year'
            USING ERRCODE = 'TSE02';
        END IF;
        IF NEW.state <> OLD.state AND NOT EXISTS (
             SELECT 1 FROM evaluation_sheet_events e
              WHERE e.sheet_id = NEW.id AND e.from_state = OLD.state AND e.to_state = NEW.state
                AND e.recorded_in = pg_current_xact_id()::text::bigint) THEN
          RAISE EXCEPTION 'evaluation sheet %: % to % without its history row', NEW.id, OLD.state, NEW.state
            USING ERRCODE = 'TSE01';
        END IF;
        IF OLD.state NOT IN ('draft', 'returned')
           AND (NEW.outcomes, NEW.issues, NEW.improvements, NEW.next_year_plan)
               IS DISTINCT FROM (OLD.outcomes, OLD.issues, OLD.improvements, OLD.next_year_plan) THEN
          RAISE EXCEPTION 'evaluation sheet %: the text is frozen while %', NEW.id, OLD.state
            USING ERRCODE = 'TSE02';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER evaluation_sheets_guard BEFORE INSERT OR UPDATE ON evaluation_sheets
        FOR EACH ROW EXECUTE FUNCTION evaluation_sheets_guard()`);

    await queryRunner.query(`
      CREATE FUNCTION evaluation_sheet_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          RAISE EXCEPTION 'evaluation sheet history is never changed' USING ERRCODE = 'TSE03';
        END IF;
        NEW.recorded_in := pg_current_xact_id()::text::bigint;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER evaluation_sheet_events_append_only
        BEFORE INSERT OR UPDATE ON evaluation_sheet_events
        FOR EACH ROW EXECUTE FUNCTION evaluation_sheet_events_append_only()`);

    await queryRunner.query(`
      CREATE FUNCTION evaluation_sheet_events_applied() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM evaluation_sheets s
                        WHERE s.id = NEW.sheet_id AND s.state = NEW.to_state) THEN
          RAISE EXCEPTION 'evaluation sheet %: a history row to % that the sheet does not show',
            NEW.sheet_id, NEW.to_state USING ERRCODE = 'TSE03';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER evaluation_sheet_events_applied
        AFTER INSERT ON evaluation_sheet_events DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION evaluation_sheet_events_applied()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE evaluation_sheet_events`);
    await queryRunner.query(`DROP TABLE evaluation_sheets`);
    await queryRunner.query(`DROP FUNCTION evaluation_sheet_events_applied()`);
    await queryRunner.query(`DROP FUNCTION evaluation_sheet_events_append_only()`);
    await queryRunner.query(`DROP FUNCTION evaluation_sheets_guard()`);
  }
}
