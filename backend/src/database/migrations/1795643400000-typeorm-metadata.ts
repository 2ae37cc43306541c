import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TypeORM keeps the expression of each generated column in a table of its own and reads it when
 * it compares the entities with the database (migration:generate). courses.search_grams was
 * created by SQL, so its entry is added here; without it migration:generate fails.
 */
export class TypeormMetadata1795643400000 implements MigrationInterface {
  name = 'TypeormMetadata1795643400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS typeorm_metadata (
        type varchar NOT NULL,
        database varchar,
        schema varchar,
        "table" varchar,
        name varchar,
        value text
      )`);
    await queryRunner.query(`
      INSERT INTO typeorm_metadata (type, database, schema, "table", name, value)
      VALUES ('GENERATED_COLUMN', current_database(), current_schema(), 'courses', 'search_grams',
              'tsumugu_grams(search_text)')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM typeorm_metadata
       WHERE type = 'GENERATED_COLUMN' AND "table" = 'courses' AND name = 'search_grams'`);
    // The table itself is TypeORM's: it creates it whenever entities have generated columns.
  }
}
