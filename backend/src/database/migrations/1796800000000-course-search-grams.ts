import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A course's search grams move to a narrow table of their own, with its 3-grams (issue 16).
 *
 * Measured at 100,257 courses (`bench:catalogue`, EXPLAIN ANALYZE): a word search read the
 * course rows themselves to test the grams and the text. A course row is 3–4 kB (its texts, the
 * search text and the grams array inline), so 100,000 of them are ~50,000 pages, far beyond the
 * server's cache: 子育て took 244 ms reading 9,729 candidate rows for its 3,312 matches (its
 * 2-grams 子育 and 育て also occur apart, and only the text could tell), 料理 87 ms testing the
 * grams of 1,293 courses one row at a time as the listing walked by.
 *
 * - course_search_grams holds each course's distinct 1-, 2- and 3-grams (none with a space) in
 *   a row of its own, found through its GIN index: which courses contain a word is answered
 *   from this narrow table, and the course rows are read only for the courses that match.
 * - A word of up to three characters is one gram, so the index answers it exactly and no text
 *   is read at all (子育て, スマホ, 料理, の); a longer one is looked up by its 3-grams, which
 *   single out nearly only the courses that contain it, and the text confirms those.
 * - The grams are kept by a trigger after every insert and every change of what the search text
 *   is made of, in the writing transaction and under the course's row lock, so two editors of
 *   one course leave the grams of the text that was committed last.
 * - courses.search_grams goes: nothing reads it any more, and every booking's update of the
 *   course row and its revision (to_jsonb of the row) no longer carry it.
 * - The upcoming index carries the course's id too, so "which of these courses are upcoming"
 *   (a word's courses joined to the upcoming ones) is read from the index alone.
 */
export class CourseSearchGrams1796800000000 implements MigrationInterface {
  name = 'CourseSearchGrams1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Linear like tsumugu_grams (migration 1795642400000): characters, then pairs and triples
    // from regexp passes at each offset.
    await queryRunner.query(`
      CREATE FUNCTION tsumugu_search_grams(value text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$
        SELECT coalesce(array_agg(DISTINCT gram COLLATE "C"), '{}')
        FROM (
          SELECT unnest(string_to_array(value, NULL)) AS gram
          UNION ALL
          SELECT (regexp_matches(value, '..', 'g'))[1]
          UNION ALL
          SELECT (regexp_matches(substr(value, 2), '..', 'g'))[1]
          UNION ALL
          SELECT (regexp_matches(value, '...', 'g'))[1]
          UNION ALL
          SELECT (regexp_matches(substr(value, 2), '...', 'g'))[1]
          UNION ALL
          SELECT (regexp_matches(substr(value, 3), '...', 'g'))[1]
        ) AS grams
        WHERE gram !~ '\\s'
      $$`);
    // The grams a word must find: the word itself up to three characters, else its 3-grams.
    await queryRunner.query(`
      CREATE FUNCTION tsumugu_word_grams(word text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$
        SELECT CASE WHEN length(word) <= 3 THEN ARRAY[word]
          ELSE ARRAY(SELECT DISTINCT substr(word, position, 3)
                     FROM generate_series(1, length(word) - 2) AS position) END
      $$`);
    await queryRunner.query(`
      CREATE TABLE course_search_grams (
        course_id uuid PRIMARY KEY
          CONSTRAINT course_search_grams_course_id_fkey REFERENCES courses (id) ON DELETE CASCADE,
        grams text[] NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX course_search_grams_index ON course_search_grams USING gin (grams)`,
    );
    // Tens of thousands of distinct grams: statistics on the 10,000 most common ones (rather
    // than 1,000) let the planner know how many courses a word finds.
    await queryRunner.query(
      `ALTER TABLE course_search_grams ALTER COLUMN grams SET STATISTICS 1000`,
    );
    await queryRunner.query(`
      CREATE FUNCTION courses_search_grams() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO course_search_grams (course_id, grams)
        VALUES (NEW.id, tsumugu_search_grams(NEW.search_text))
        ON CONFLICT (course_id) DO UPDATE SET grams = EXCLUDED.grams;
        RETURN NULL;
      END $$`);
    // The columns of courses_search_text (migration 1764061200000), whose BEFORE trigger has
    // made NEW.search_text by now.
    await queryRunner.query(`
      CREATE TRIGGER courses_search_grams AFTER INSERT OR UPDATE OF title_ja, title_en, summary_ja,
        summary_en, description_ja, description_en, instructor_names_ja, instructor_names_en,
        organisation_id ON courses FOR EACH ROW EXECUTE FUNCTION courses_search_grams()`);
    await queryRunner.query(`
      INSERT INTO course_search_grams (course_id, grams)
      SELECT id, tsumugu_search_grams(search_text) FROM courses`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION courses_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := tsumugu_normalize(concat_ws(' ',
          NEW.title_ja, NEW.title_en, NEW.summary_ja, NEW.summary_en,
          NEW.description_ja, NEW.description_en, NEW.instructor_names_ja, NEW.instructor_names_en,
          (SELECT o.name_ja || ' ' || o.name_en FROM organisations o WHERE o.id = NEW.organisation_id)));
        RETURN NEW;
      END $$`);
    await queryRunner.query(`ALTER TABLE courses DROP COLUMN search_grams`);
    await queryRunner.query(`DROP INDEX courses_upcoming_index`);
    await queryRunner.query(`
      CREATE INDEX courses_upcoming_index ON courses (last_session_starts_at)
     INCLUDE (id, life_stages, category, pillar, fee_yen, childcare_offered, target_age_min,
              target_age_max, application_opens_at, application_closes_at)
       WHERE status = 'published'`);
    await queryRunner.query(`ANALYZE course_search_grams`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX courses_upcoming_index`);
    await queryRunner.query(`
      CREATE INDEX courses_upcoming_index ON courses (last_session_starts_at)
     INCLUDE (life_stages, category, pillar, fee_yen, childcare_offered, target_age_min,
              target_age_max, application_opens_at, application_closes_at)
       WHERE status = 'published'`);
    await queryRunner.query(`ALTER TABLE courses ADD COLUMN search_grams text[]`);
    await queryRunner.query(`UPDATE courses SET search_grams = tsumugu_grams(search_text)`);
    await queryRunner.query(
      `CREATE INDEX courses_search_grams_index ON courses USING gin (search_grams)`,
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION courses_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := tsumugu_normalize(concat_ws(' ',
          NEW.title_ja, NEW.title_en, NEW.summary_ja, NEW.summary_en,
          NEW.description_ja, NEW.description_en, NEW.instructor_names_ja, NEW.instructor_names_en,
          (SELECT o.name_ja || ' ' || o.name_en FROM organisations o WHERE o.id = NEW.organisation_id)));
        NEW.search_grams := tsumugu_grams(NEW.search_text);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`DROP TRIGGER courses_search_grams ON courses`);
    await queryRunner.query(`DROP FUNCTION courses_search_grams()`);
    await queryRunner.query(`DROP TABLE course_search_grams`);
    await queryRunner.query(`DROP FUNCTION tsumugu_word_grams(text)`);
    await queryRunner.query(`DROP FUNCTION tsumugu_search_grams(text)`);
  }
}
