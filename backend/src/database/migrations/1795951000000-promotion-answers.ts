import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readSqlFile } from '../sql-files';

/**
 * A fair time to answer a promotion from the waiting list (issue 15, "Families"): a promoted
 * booking carries `respond_by` (48 hours, or until the end of the day before the first session,
 * whichever first; none when too close to the course) and `accepted_at` once its holder says
 * they come. promote-waiting.v2.sql sets the deadline; the booking ledger's expiry job gives an
 * unanswered seat to the next in line ('promotion_expired', a notification kind added to
 * notifications_kind_check as it stands, whatever other kinds it lists).
 */
export class PromotionAnswers1795951000000 implements MigrationInterface {
  name = 'PromotionAnswers1795951000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE bookings
        ADD COLUMN respond_by timestamptz,
        ADD COLUMN accepted_at timestamptz,
        ADD CONSTRAINT bookings_respond_by_check CHECK (respond_by IS NULL OR promoted_at IS NOT NULL),
        ADD CONSTRAINT bookings_accepted_at_check CHECK (accepted_at IS NULL OR respond_by IS NOT NULL)
    `);
    await queryRunner.query(`
      CREATE INDEX bookings_awaiting_answer_index ON bookings (respond_by)
        WHERE status = 'confirmed' AND respond_by IS NOT NULL AND accepted_at IS NULL
    `);
    await setKinds(queryRunner, 'add');
    await queryRunner.query(readSqlFile('bookings/ledger/sql/promote-waiting.v2.sql'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(readSqlFile('bookings/ledger/sql/promote-waiting.v1.sql'));
    await queryRunner.query(`DELETE FROM notifications WHERE kind = 'promotion_expired'`);
    await setKinds(queryRunner, 'remove');
    await queryRunner.query(`DROP INDEX bookings_awaiting_answer_index`);
    await queryRunner.query(`
      ALTER TABLE bookings
        DROP CONSTRAINT bookings_accepted_at_check,
        DROP CONSTRAINT bookings_respond_by_check,
        DROP COLUMN accepted_at,
        DROP COLUMN respond_by
    `);
  }
}

/** notifications_kind_check rebuilt from the kinds it lists now, plus (or minus) ours. */
async function setKinds(queryRunner: QueryRunner, change: 'add' | 'remove'): Promise<void> {
  const ours = ['promotion_expired'];
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
