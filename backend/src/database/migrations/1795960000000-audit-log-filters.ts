import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The administrators' audit log is filtered by person (as actor or as subject) and by action,
 * newest first. The subject already had its index; these two let "everything staff member X
 * did" and "every roster download" read one index range instead of the whole log, which only
 * grows (every roster view and check-in adds a row).
 */
export class AuditLogFilters1795960000000 implements MigrationInterface {
  name = 'AuditLogFilters1795960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX audit_log_actor_index ON audit_log (actor_user_id, occurred_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_action_index ON audit_log (action, occurred_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_log_action_index`);
    await queryRunner.query(`DROP INDEX audit_log_actor_index`);
  }
}
