import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readSqlFile } from '../sql-files';

/**
 * Booking for family members (issue 15, "Families"). The person who books need not attend:
 * `bookings.booker_attends` says whether they do, `booking_participants` holds the family members
 * who do, and `party_size` counts the attendees only (take-seats.v2.sql counts them under the
 * course lock). A course says how guardians take part (`guardian_rule`), how a fee is paid
 * (`payment_method`, with a deadline in days before the first session when paid in advance, and
 * a note on where), and a booking of a course with childcare (保育) may ask for it, one age per
 * child (`childcare_ages`).
 *
 * Courses that were implicitly "parent and child" (companions allowed, an age range below 18:
 * the rule of eligibility.ts until now) keep that behaviour as `parent_and_child`.
 */
export class BookingAttendees1795950000000 implements MigrationInterface {
  name = 'BookingAttendees1795950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE courses
        ADD COLUMN guardian_rule text NOT NULL DEFAULT 'none',
        ADD COLUMN payment_method text NOT NULL DEFAULT 'at_door',
        ADD COLUMN payment_deadline_days smallint,
        ADD COLUMN payment_note_ja text NOT NULL DEFAULT '',
        ADD COLUMN payment_note_en text NOT NULL DEFAULT '',
        ADD CONSTRAINT courses_guardian_rule_check CHECK (guardian_rule IN
          ('none', 'guardian_present', 'children_alone', 'parent_and_child')),
        ADD CONSTRAINT courses_payment_method_check CHECK (payment_method IN
          ('at_door', 'in_advance')),
        ADD CONSTRAINT courses_payment_deadline_days_check CHECK (
          (payment_method = 'in_advance') = (payment_deadline_days IS NOT NULL)
          AND (payment_deadline_days IS NULL OR payment_deadline_days BETWEEN 1 AND 60))
    `);
    await queryRunner.query(`
      UPDATE courses SET guardian_rule = 'parent_and_child'
       WHERE max_companions > 0 AND target_age_max < 18
    `);
    await queryRunner.query(`
      ALTER TABLE bookings
        ADD COLUMN booker_attends boolean NOT NULL DEFAULT true,
        ADD COLUMN childcare_ages smallint[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT bookings_childcare_ages_check CHECK (
          cardinality(childcare_ages) <= 5
          AND array_position(childcare_ages, NULL) IS NULL
          AND 0 <= ALL (childcare_ages) AND 12 >= ALL (childcare_ages))
    `);
    await queryRunner.query(readSqlFile('bookings/ledger/sql/take-seats.v2.sql'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(readSqlFile('bookings/ledger/sql/take-seats.v1.sql'));
    await queryRunner.query(`
      ALTER TABLE bookings
        DROP CONSTRAINT bookings_childcare_ages_check,
        DROP COLUMN childcare_ages,
        DROP COLUMN booker_attends
    `);
    await queryRunner.query(`
      ALTER TABLE courses
        DROP CONSTRAINT courses_payment_deadline_days_check,
        DROP CONSTRAINT courses_payment_method_check,
        DROP CONSTRAINT courses_guardian_rule_check,
        DROP COLUMN payment_note_en,
        DROP COLUMN payment_note_ja,
        DROP COLUMN payment_deadline_days,
        DROP COLUMN payment_method,
        DROP COLUMN guardian_rule
    `);
  }
}
