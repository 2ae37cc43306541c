import type { MigrationInterface, QueryRunner } from 'typeorm';

const DIMENSIONS = 'organisation|pillar|life_stage|category|facility|month|age_band|relation';

/**
 * The evaluation summary precomputes unique participants for every dimension and every pair of
 * dimensions (people-groupings.ts), so that each of the dashboard's views — a breakdown by month,
 * field or facility, a drill-down's figures under one filter, its participants by age — answers
 * from the summary instead of counting millions of participations. A grouping is one dimension
 * or two joined by '+' ('organisation+month'); the CHECK keeps the names to the dimensions.
 */
export class EvaluationPeoplePairs1796700000000 implements MigrationInterface {
  name = 'EvaluationPeoplePairs1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE evaluation_people_counts
        DROP CONSTRAINT evaluation_people_counts_grouping_check,
        ADD CONSTRAINT evaluation_people_counts_grouping_check
          CHECK (grouping = 'all' OR grouping ~ '^(${DIMENSIONS})(\\+(${DIMENSIONS}))?$')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM evaluation_people_counts
       WHERE grouping NOT IN ('all', 'organisation', 'pillar', 'life_stage', 'age_band', 'relation')`);
    await queryRunner.query(`
      ALTER TABLE evaluation_people_counts
        DROP CONSTRAINT evaluation_people_counts_grouping_check,
        ADD CONSTRAINT evaluation_people_counts_grouping_check
          CHECK (grouping IN ('all', 'organisation', 'pillar', 'life_stage', 'age_band', 'relation'))`);
  }
}
