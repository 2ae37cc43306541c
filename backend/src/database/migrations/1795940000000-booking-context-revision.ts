import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readSqlFile } from '../sql-files';

/**
 * The booking context kept in memory (bookings/course-context-cache.ts), and what keeps it honest:
 *
 * - tsumugu_course_revision (bookings/ledger/sql/course-revision.v1.sql): a fingerprint of what a
 *   booking reads about a course before it takes the lock;
 * - tsumugu_take_seats_checked (take-seats-checked.v1.sql): tsumugu_take_seats behind a check of
 *   that revision under the lock ('stale': nothing written), answering a waiting request with
 *   its place on the list;
 * - triggers that NOTIFY `tsumugu_course_changed` (payload: the course's id, or '*' for a change
 *   that may touch many courses: an organisation, facility or room renamed) when what the context
 *   holds changes, so that every app process drops its copy at once. A change of booked_count
 *   alone (every booking) sends nothing: NOTIFY would serialise the bookings' commits.
 */
export const BOOKING_CONTEXT_SQL_FILES = [
  'bookings/ledger/sql/course-revision.v1.sql',
  'bookings/ledger/sql/take-seats-checked.v1.sql',
] as const;

/** The course's columns whose change is not a change of its booking context. */
const NOT_CONTEXT = `'booked_count' - 'updated_at' - 'search_text' - 'search_grams'`;

export class BookingContextRevision1795940000000 implements MigrationInterface {
  name = 'BookingContextRevision1795940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const file of BOOKING_CONTEXT_SQL_FILES) await queryRunner.query(readSqlFile(file));
    await queryRunner.query(`
      CREATE FUNCTION tsumugu_notify_course_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'courses' THEN
          PERFORM pg_notify('tsumugu_course_changed', OLD.id::text);
        ELSIF TG_TABLE_NAME = 'course_sessions' THEN
          IF TG_OP <> 'INSERT' THEN
            PERFORM pg_notify('tsumugu_course_changed', OLD.course_id::text);
          END IF;
          IF TG_OP <> 'DELETE' THEN
            PERFORM pg_notify('tsumugu_course_changed', NEW.course_id::text);
          END IF;
        ELSE
          PERFORM pg_notify('tsumugu_course_changed', '*');
        END IF;
        RETURN NULL;
      END $$`);
    // Every column counts, those added later too, but for the ones a booking changes.
    await queryRunner.query(`
      CREATE TRIGGER courses_notify_changed AFTER UPDATE ON courses FOR EACH ROW
        WHEN ((to_jsonb(OLD) - ${NOT_CONTEXT}) IS DISTINCT FROM (to_jsonb(NEW) - ${NOT_CONTEXT}))
        EXECUTE FUNCTION tsumugu_notify_course_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER courses_notify_deleted AFTER DELETE ON courses
        FOR EACH ROW EXECUTE FUNCTION tsumugu_notify_course_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER course_sessions_notify_changed AFTER INSERT OR UPDATE OR DELETE ON course_sessions
        FOR EACH ROW EXECUTE FUNCTION tsumugu_notify_course_changed()`);
    for (const table of ['organisations', 'facilities', 'rooms']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_notify_course_changed AFTER UPDATE OF name_ja, name_en ON ${table}
          FOR EACH ROW EXECUTE FUNCTION tsumugu_notify_course_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['organisations', 'facilities', 'rooms']) {
      await queryRunner.query(`DROP TRIGGER ${table}_notify_course_changed ON ${table}`);
    }
    await queryRunner.query(`DROP TRIGGER course_sessions_notify_changed ON course_sessions`);
    await queryRunner.query(`DROP TRIGGER courses_notify_deleted ON courses`);
    await queryRunner.query(`DROP TRIGGER courses_notify_changed ON courses`);
    await queryRunner.query(`DROP FUNCTION tsumugu_notify_course_changed()`);
    await queryRunner.query(`DROP FUNCTION tsumugu_take_seats_checked(uuid, jsonb)`);
    await queryRunner.query(`DROP FUNCTION tsumugu_course_revision(uuid)`);
  }
}
