import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification outbox hands each mail to the mail server at most once, as far as the system
 * can know (notifications/outbox-drain.service.ts tells the whole rule):
 * - message_uuid: the stable Message-ID of the notification's mail (`<uuid@host>`), the same on
 *   every attempt, so that a mail sent again after a crash mid-hand-over is recognisable;
 * - claim_id: the attempt that holds the row — written when a drain claims it, and every later
 *   write of that drain is conditional on it, so a drain whose claim was taken over writes
 *   nothing and sends nothing;
 * - status 'sending': written (and committed) before the mail is handed over, replaced by 'sent'
 *   (or a retry) after. A row still 'sending' when its lease ends belongs to a drain that died
 *   mid-hand-over.
 * The due index now covers 'sending' too: an abandoned hand-over is found the way a due row is.
 */
export class OutboxAtMostOnce1795740000000 implements MigrationInterface {
  name = 'OutboxAtMostOnce1795740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notifications
        ADD COLUMN message_uuid uuid NOT NULL DEFAULT gen_random_uuid(),
        ADD COLUMN claim_id uuid,
        DROP CONSTRAINT notifications_status_check,
        ADD CONSTRAINT notifications_status_check
          CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
        ADD CONSTRAINT notifications_sending_claim_check
          CHECK (status <> 'sending' OR claim_id IS NOT NULL)`);
    await queryRunner.query(`DROP INDEX notifications_pending_index`);
    await queryRunner.query(`
      CREATE INDEX notifications_due_index ON notifications (next_attempt_at)
        WHERE status IN ('pending', 'sending')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX notifications_due_index`);
    // An interrupted hand-over becomes an ordinary retry (at least once, as before).
    await queryRunner.query(`UPDATE notifications SET status = 'pending' WHERE status = 'sending'`);
    await queryRunner.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_sending_claim_check,
        DROP CONSTRAINT notifications_status_check,
        ADD CONSTRAINT notifications_status_check
          CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
        DROP COLUMN claim_id,
        DROP COLUMN message_uuid`);
    await queryRunner.query(`
      CREATE INDEX notifications_pending_index ON notifications (next_attempt_at) WHERE status = 'pending'`);
  }
}
