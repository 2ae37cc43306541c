import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PG_BOSS_SCHEMA_SQL } from '../../jobs/pg-boss-schema';

/**
 * The job runner: pg-boss's tables in a schema of their own (`pgboss`), created here and not by
 * pg-boss at start, so that every schema change of the application goes through migrations
 * (pg-boss runs with `migrate: false` and refuses to start on another schema version).
 *
 * The outbox drain claims due notifications oldest first through notifications_pending_index
 * (from the bookings migration); nothing else is needed for it.
 */
export class JobRunner1795690000000 implements MigrationInterface {
  name = 'JobRunner1795690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(PG_BOSS_SCHEMA_SQL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA pgboss CASCADE`);
  }
}
