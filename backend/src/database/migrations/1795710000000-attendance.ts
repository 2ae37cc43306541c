import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Course instructors, attendance at the door and walk-ins.
 *
 * - course_instructors links accounts holding the instructor role to the courses they teach
 *   (until now instructors were only names on the course): they may then open the rosters of
 *   those courses' sessions and check people in.
 * - session_attendance holds, per session and booking, present / late / absent, who recorded it
 *   and when the person arrived. The primary key (session_id, booking_id) is what makes two
 *   tablets scanning the same code at the same moment write one row: the second INSERT meets
 *   the first (ON CONFLICT) and answers "already checked in at 10:02".
 * - session_walk_ins are people who came without a booking (a name, a party size, a note).
 */
export class Attendance1795710000000 implements MigrationInterface {
  name = 'Attendance1795710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE course_instructors (
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        added_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (course_id, user_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX course_instructors_user_index ON course_instructors (user_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE session_attendance (
        session_id uuid NOT NULL REFERENCES course_sessions (id) ON DELETE CASCADE,
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
        status text NOT NULL CONSTRAINT session_attendance_status_check
          CHECK (status IN ('present', 'late', 'absent')),
        -- When the person arrived: set for present and late, never for absent.
        checked_in_at timestamptz,
        recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, booking_id),
        CONSTRAINT session_attendance_checked_in_check
          CHECK ((status = 'absent') = (checked_in_at IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX session_attendance_booking_index ON session_attendance (booking_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE session_walk_ins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES course_sessions (id) ON DELETE CASCADE,
        name text NOT NULL CONSTRAINT session_walk_ins_name_check
          CHECK (btrim(name) <> '' AND char_length(name) <= 100),
        party_size smallint NOT NULL CONSTRAINT session_walk_ins_party_size_check
          CHECK (party_size BETWEEN 1 AND 20),
        note text NOT NULL DEFAULT '' CONSTRAINT session_walk_ins_note_check
          CHECK (char_length(note) <= 500),
        recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX session_walk_ins_session_index ON session_walk_ins (session_id, created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE session_walk_ins`);
    await queryRunner.query(`DROP TABLE session_attendance`);
    await queryRunner.query(`DROP TABLE course_instructors`);
  }
}
