import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the organiser console edits beyond the catalogue schema:
 * - courses.max_companions: how many companions (family members) one booking may bring.
 * - course_sessions.status: a cancelled session stays on record (the course page can say it was
 *   cancelled) but no longer holds its room: its room_reservations row is deleted.
 * - course_sessions_room_overlap_exclusion goes: room_reservations_no_overlap (the rooms feature)
 *   is the one rule against double booking, and it knows about hires and cancelled sessions,
 *   which the old constraint on course_sessions did not.
 * - course_images: one picture per course, in the database rather than on disk: it is backed
 *   up, restored and deleted with its course, written in the same transaction, and needs no
 *   shared folder when the API runs on more than one machine. 2 MB at most, so a few thousand
 *   courses stay well within what PostgreSQL serves comfortably.
 */
export class OrganiserCourseEditing1795670000000 implements MigrationInterface {
  name = 'OrganiserCourseEditing1795670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE courses ADD COLUMN max_companions smallint NOT NULL DEFAULT 0
        CONSTRAINT courses_max_companions_check CHECK (max_companions BETWEEN 0 AND 10)`);
    await queryRunner.query(`
      ALTER TABLE course_sessions ADD COLUMN status text NOT NULL DEFAULT 'scheduled'
        CONSTRAINT course_sessions_status_check CHECK (status IN ('scheduled', 'cancelled'))`);
    await queryRunner.query(
      `ALTER TABLE course_sessions DROP CONSTRAINT course_sessions_room_overlap_exclusion`,
    );
    await queryRunner.query(`
      CREATE TABLE course_images (
        course_id uuid PRIMARY KEY REFERENCES courses (id) ON DELETE CASCADE,
        content_type text NOT NULL CONSTRAINT course_images_content_type_check
          CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
        bytes bytea NOT NULL CONSTRAINT course_images_size_check
          CHECK (octet_length(bytes) BETWEEN 1 AND 2097152),
        sha256 text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE course_images`);
    // Cancelled sessions may overlap scheduled ones: they go with the column that allowed them.
    await queryRunner.query(`DELETE FROM course_sessions WHERE status = 'cancelled'`);
    await queryRunner.query(`
      ALTER TABLE course_sessions ADD CONSTRAINT course_sessions_room_overlap_exclusion
        EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)`);
    await queryRunner.query(`ALTER TABLE course_sessions DROP COLUMN status`);
    await queryRunner.query(`ALTER TABLE courses DROP COLUMN max_companions`);
  }
}
