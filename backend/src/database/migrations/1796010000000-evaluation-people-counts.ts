import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unique participants (and repeat learners) per fiscal year, precomputed by the evaluation
 * summary rebuild for the groupings the dashboard's first view and its department breakdown show
 * unfiltered: the whole year, each organisation, pillar, life stage, age band and relation to
 * Tsukuba. Counting distinct people over millions of participations at every view cost seconds
 * at 100,000 courses; with filters the figures still count them from evaluation_participations.
 */
export class EvaluationPeopleCounts1796010000000 implements MigrationInterface {
  name = 'EvaluationPeopleCounts1796010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evaluation_people_counts (
        fiscal_year smallint NOT NULL,
        grouping text NOT NULL CONSTRAINT evaluation_people_counts_grouping_check
          CHECK (grouping IN ('all', 'organisation', 'pillar', 'life_stage', 'age_band', 'relation')),
        key text NOT NULL,
        participants integer NOT NULL,
        repeat_learners integer NOT NULL,
        CONSTRAINT evaluation_people_counts_pkey PRIMARY KEY (fiscal_year, grouping, key),
        CONSTRAINT evaluation_people_counts_counts_check
          CHECK (participants >= 0 AND repeat_learners BETWEEN 0 AND participants)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE evaluation_people_counts`);
  }
}
