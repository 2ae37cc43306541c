import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue at 100,000 courses (issue 16): the first page is an index range already, but the
 * bounded count beside it (at most 1,001 matching courses) and the planner's choice between
 * walking the listing in order and sorting everything were not bounded. Measured with
 * `bench:catalogue` (EXPLAIN ANALYZE of each case at 100,257 courses):
 *
 * - Weekday and time-of-day filters: the planner had no statistics for the sessions' Japan local
 *   time and guessed 0.5 % of rows for "Saturdays" (actual: 24 %), so it sorted every upcoming
 *   session instead of walking the listing index for 20 courses. Statistics on the very
 *   expressions the catalogue filters on (courses.repository.ts, localTime / TIME_OF_DAY_SQL)
 *   give it the real share.
 * - Counts by course filters (childcare, free, age, life stage): a sequential scan of the wide
 *   course rows until 1,001 matched (30,000 rows read for childcare). The upcoming index now
 *   carries the columns those filters read, so the count is an index-only scan of the upcoming
 *   courses. Not booked_count: every booking changes it, and an indexed column would make each
 *   booking's update of the course a non-HOT update (its own index entries): "has seats" reads
 *   the course row for it, as before.
 * - Counts by facility: every upcoming session was read (a bitmap of all of them) to find the
 *   ones in the facility's rooms. Sessions by room and start now answer it from the rooms.
 */
export class CatalogueCounts1796500000000 implements MigrationInterface {
  name = 'CatalogueCounts1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE STATISTICS course_sessions_local_weekday_stats
          ON (extract(dow FROM (starts_at AT TIME ZONE 'Asia/Tokyo'))::int)
        FROM course_sessions`);
    await queryRunner.query(`
      CREATE STATISTICS course_sessions_local_time_stats
          ON ((starts_at AT TIME ZONE 'Asia/Tokyo')::time)
        FROM course_sessions`);
    await queryRunner.query(`DROP INDEX courses_upcoming_index`);
    await queryRunner.query(`
      CREATE INDEX courses_upcoming_index ON courses (last_session_starts_at)
     INCLUDE (life_stages, category, pillar, fee_yen, childcare_offered, target_age_min,
              target_age_max, application_opens_at, application_closes_at)
       WHERE status = 'published'`);
    await queryRunner.query(`
      CREATE INDEX course_sessions_room_listing_index ON course_sessions (room_id, starts_at)
     INCLUDE (course_id)
       WHERE status = 'scheduled'`);
    await queryRunner.query(`ANALYZE course_sessions`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX course_sessions_room_listing_index`);
    await queryRunner.query(`DROP INDEX courses_upcoming_index`);
    await queryRunner.query(`
      CREATE INDEX courses_upcoming_index ON courses (last_session_starts_at)
       WHERE status = 'published'`);
    await queryRunner.query(`DROP STATISTICS course_sessions_local_time_stats`);
    await queryRunner.query(`DROP STATISTICS course_sessions_local_weekday_stats`);
  }
}
