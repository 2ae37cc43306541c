import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readSqlFile } from '../sql-files';

/**
 * The booking context kept in memory (bookings/course-context-cache.ts), and what keeps it honest:
 *
 * - tsumugu_course_revision (bookings/ledger/sql/course-revision.v1.sql): a fingerprint of what a
 *   booking reads about a course before it takes the lock;
 * - tsumugu_take_seats v2 (take-seats.v2.sql): decides 'stale' a request read at another revision
 *   (nothing written), and answers a waiting request with its place on the list;
 * - triggers that NOTIFY `tsumugu_course_changed` (payload: the course's id, or '*' for a change
 *   that may touch many courses: an organisation, facility or room renamed) when what the context
 *   holds changes, so that every app process drops its copy at once. booked_count is not among
 *   the columns: a booking sends no notification (NOTIFY serialises the commits that send one).
 */
export const BOOKING_CONTEXT_SQL_FILES = [
  'bookings/ledger/sql/course-revision.v1.sql',
  'bookings/ledger/sql/take-seats.v2.sql',
] as const;

export class BookingContextRevision1795940000000 implements MigrationInterface {
  name = 'BookingContextRevision1795940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // v2 answers one more column: the function is replaced, not redefined in place.
    await queryRunner.query(`DROP FUNCTION tsumugu_take_seats(uuid, jsonb)`);
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
    await queryRunner.query(`
      CREATE TRIGGER courses_notify_changed
        AFTER UPDATE OF status, booking_rule, application_opens_at, application_closes_at,
          capacity, max_companions, audience, target_age_min, target_age_max,
          cancel_deadline_hours, organisation_id, title_ja, title_en, fee_yen, what_to_bring_ja,
          what_to_bring_en
        ON courses FOR EACH ROW EXECUTE FUNCTION tsumugu_notify_course_changed()`);
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
    await queryRunner.query(`DROP FUNCTION tsumugu_take_seats(uuid, jsonb)`);
    await queryRunner.query(`DROP FUNCTION tsumugu_course_revision(uuid)`);
    await queryRunner.query(readSqlFile('bookings/ledger/sql/take-seats.v1.sql'));
  }
}
