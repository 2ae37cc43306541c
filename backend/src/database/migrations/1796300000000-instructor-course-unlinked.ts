import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An instructor is told when an organiser removes them from a course (issue 15, "Organisers"):
 * the notification kind 'instructor_course_unlinked', added to notifications_kind_check as it
 * stands, whatever other kinds it lists. Linking mails ('instructor_course_linked') are kept;
 * their dedupe keys change shape in code (rosters/course-instructor-notices.ts), not here.
 */
export class InstructorCourseUnlinked1796300000000 implements MigrationInterface {
  name = 'InstructorCourseUnlinked1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await setKinds(queryRunner, 'add');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE kind = 'instructor_course_unlinked'`);
    await setKinds(queryRunner, 'remove');
  }
}

/** notifications_kind_check rebuilt from the kinds it lists now, plus (or minus) ours. */
async function setKinds(queryRunner: QueryRunner, change: 'add' | 'remove'): Promise<void> {
  const ours = ['instructor_course_unlinked'];
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
