import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A course may be tagged with the plan's priority projects (重点事業, 「計画の推進 1」), so the
 * section can count what each project delivers. Codes as in reference-data.ts PRIORITY_PROJECTS;
 * the CHECK keeps the list to those codes (the API refuses duplicates).
 */
export class CoursePriorityProjects1796100000000 implements MigrationInterface {
  name = 'CoursePriorityProjects1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE courses
        ADD COLUMN priority_projects text[] NOT NULL DEFAULT '{}'
          CONSTRAINT courses_priority_projects_check
          CHECK (priority_projects <@ ARRAY['life_stage_learning', 'learning_outcomes_and_instructors', 'exchange_facilities', 'bonds_and_community_learning', 'partner_network']::text[])`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE courses DROP COLUMN priority_projects`);
  }
}
