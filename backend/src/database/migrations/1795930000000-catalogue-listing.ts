import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's listing as index ranges (see courses/courses.repository.ts, searchQuery):
 *
 * - courses.last_session_starts_at: the start of the course's last scheduled session (NULL when
 *   it has none). A course is upcoming from an instant exactly when this is at or after it, so
 *   "which courses can still be attended" is a range of one index on the course table instead
 *   of a join over every session. It does not depend on the day (unlike a "next session"), so
 *   nothing has to refresh it at midnight. Kept by statement-level triggers on course_sessions,
 *   in the transaction that changes the sessions, whoever writes them (the organiser's editor,
 *   the demo seeder, tests): each locks the affected course rows in id order, then recomputes
 *   the value in a new statement, so it sees every session committed by a transaction it waited
 *   for (a concurrent writer of the same course blocks on that lock until the first commits).
 * - course_sessions_listing_index (starts_at, course_id) of scheduled sessions: the "soonest"
 *   listing walks it from the first day and stops after one page.
 * - courses_upcoming_index (last_session_starts_at) of published courses: bounded counts and the
 *   planner's estimate of large ones.
 * - courses_newest_index (published_at DESC NULLS LAST, id) of published courses: the "newest"
 *   listing's order, so its first page is a range too.
 */
export class CatalogueListing1795930000000 implements MigrationInterface {
  name = 'CatalogueListing1795930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE courses ADD COLUMN last_session_starts_at timestamptz`);
    await queryRunner.query(`
      UPDATE courses c
         SET last_session_starts_at = (SELECT max(s.starts_at) FROM course_sessions s
                                        WHERE s.course_id = c.id AND s.status = 'scheduled')`);
    await queryRunner.query(`
      CREATE FUNCTION tsumugu_refresh_last_session(course_ids uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        -- Lock first (in id order, so that two writers never wait for each other in a cycle),
        -- then read the sessions in a new statement: its snapshot includes every transaction
        -- this one waited for.
        PERFORM 1 FROM courses c JOIN (SELECT DISTINCT unnest(course_ids) AS id) affected USING (id)
          ORDER BY c.id FOR NO KEY UPDATE OF c;
        UPDATE courses c
           SET last_session_starts_at = (SELECT max(s.starts_at) FROM course_sessions s
                                          WHERE s.course_id = c.id AND s.status = 'scheduled')
          FROM (SELECT DISTINCT unnest(course_ids) AS id) affected
         WHERE c.id = affected.id;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION course_sessions_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM tsumugu_refresh_last_session(ARRAY(SELECT DISTINCT course_id FROM inserted));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION course_sessions_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM tsumugu_refresh_last_session(ARRAY(
          SELECT course_id FROM before_update UNION SELECT course_id FROM after_update));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION course_sessions_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM tsumugu_refresh_last_session(ARRAY(SELECT DISTINCT course_id FROM deleted));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER course_sessions_last_session_on_insert AFTER INSERT ON course_sessions
        REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION course_sessions_inserted()`);
    await queryRunner.query(`
      CREATE TRIGGER course_sessions_last_session_on_update AFTER UPDATE ON course_sessions
        REFERENCING OLD TABLE AS before_update NEW TABLE AS after_update
        FOR EACH STATEMENT EXECUTE FUNCTION course_sessions_updated()`);
    await queryRunner.query(`
      CREATE TRIGGER course_sessions_last_session_on_delete AFTER DELETE ON course_sessions
        REFERENCING OLD TABLE AS deleted
        FOR EACH STATEMENT EXECUTE FUNCTION course_sessions_deleted()`);
    await queryRunner.query(`
      CREATE INDEX course_sessions_listing_index ON course_sessions (starts_at, course_id)
       WHERE status = 'scheduled'`);
    await queryRunner.query(`
      CREATE INDEX courses_upcoming_index ON courses (last_session_starts_at)
       WHERE status = 'published'`);
    await queryRunner.query(`
      CREATE INDEX courses_newest_index ON courses (published_at DESC NULLS LAST, id)
       WHERE status = 'published'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX courses_newest_index`);
    await queryRunner.query(`DROP INDEX courses_upcoming_index`);
    await queryRunner.query(`DROP INDEX course_sessions_listing_index`);
    await queryRunner.query(
      `DROP TRIGGER course_sessions_last_session_on_delete ON course_sessions`,
    );
    await queryRunner.query(
      `DROP TRIGGER course_sessions_last_session_on_update ON course_sessions`,
    );
    await queryRunner.query(
      `DROP TRIGGER course_sessions_last_session_on_insert ON course_sessions`,
    );
    await queryRunner.query(`DROP FUNCTION course_sessions_deleted()`);
    await queryRunner.query(`DROP FUNCTION course_sessions_updated()`);
    await queryRunner.query(`DROP FUNCTION course_sessions_inserted()`);
    await queryRunner.query(`DROP FUNCTION tsumugu_refresh_last_session(uuid[])`);
    await queryRunner.query(`ALTER TABLE courses DROP COLUMN last_session_starts_at`);
  }
}
