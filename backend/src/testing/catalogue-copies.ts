import type { DataSource } from 'typeorm';

/**
 * Multiplies the catalogue: copy k of every room is "<name> #k" in the same facility and copy k
 * of every course has the same texts and the same session times in the room copies (so that no
 * room is double-booked), booked a little differently and published k minutes later. Copies of
 * one course share their session times, which makes ties in the listing's order common.
 * Used by bench:catalogue (to ~100,000 courses) and by the listing's sameness test.
 *
 * A copy's texts are its original's, so its search text and grams are too: they are copied
 * with the courses_search_text and courses_search_grams triggers off for the insert (deriving the grams again costs
 * 3–11 ms a course, and copying 100,000 of them took most of half an hour on the 2-core
 * machine). The originals are remembered in catalogue_copy_originals (bench and test databases
 * only).
 */
export async function multiplyCatalogue(
  dataSource: DataSource,
  copies: number,
  options: {
    /** Copies 1 … firstCopy - 1 exist already (growing a multiplied catalogue further). */
    firstCopy?: number;
    onChunk?: (first: number, last: number, milliseconds: number) => void;
  } = {},
): Promise<void> {
  const firstCopy = options.firstCopy ?? 1;
  if (copies < firstCopy) return;
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS catalogue_copy_originals AS SELECT id FROM courses`,
  );
  await dataSource.query(
    `INSERT INTO rooms (facility_id, name_ja, name_en, capacity, fee_per_30_min_yen, equipment,
                        wheelchair_accessible, hearing_loop, floor)
     SELECT facility_id, name_ja || ' #' || k, name_en || ' #' || k, capacity, fee_per_30_min_yen,
            equipment, wheelchair_accessible, hearing_loop, floor
       FROM rooms CROSS JOIN generate_series($1::int, $2::int) AS k
      WHERE name_ja NOT LIKE '% #%'`,
    [firstCopy, copies],
  );
  const chunk = 20;
  for (let first = firstCopy; first <= copies; first += chunk) {
    const last = Math.min(copies, first + chunk - 1);
    const started = performance.now();
    await dataSource.transaction(async (manager) => {
      await manager.query(
        `CREATE TEMP TABLE course_copies ON COMMIT DROP AS
         SELECT c.id AS original_id, k, gen_random_uuid() AS id
           FROM catalogue_copy_originals c CROSS JOIN generate_series($1::int, $2::int) AS k`,
        [first, last],
      );
      await manager.query(`ALTER TABLE courses DISABLE TRIGGER courses_search_text`);
      await manager.query(`ALTER TABLE courses DISABLE TRIGGER courses_search_grams`);
      await manager.query(
        `INSERT INTO courses (id, organisation_id, title_ja, title_en, summary_ja, summary_en,
                              description_ja, description_en, life_stages, category, pillar,
                              target_age_min, target_age_max, audience, fee_yen, childcare_offered,
                              what_to_bring_ja, what_to_bring_en, instructor_names_ja,
                              instructor_names_en, capacity, booked_count, booking_rule,
                              application_opens_at, application_closes_at, status, published_at,
                              search_text)
         SELECT copy.id, c.organisation_id, c.title_ja, c.title_en,
                c.summary_ja, c.summary_en, c.description_ja, c.description_en, c.life_stages,
                c.category, c.pillar, c.target_age_min, c.target_age_max, c.audience, c.fee_yen,
                c.childcare_offered, c.what_to_bring_ja, c.what_to_bring_en, c.instructor_names_ja,
                c.instructor_names_en, c.capacity, (c.booked_count * copy.k) % (c.capacity + 1),
                c.booking_rule, c.application_opens_at, c.application_closes_at, c.status,
                c.published_at + copy.k * interval '1 minute', c.search_text
           FROM course_copies copy JOIN courses c ON c.id = copy.original_id`,
      );
      await manager.query(`ALTER TABLE courses ENABLE TRIGGER courses_search_grams`);
      await manager.query(`ALTER TABLE courses ENABLE TRIGGER courses_search_text`);
      await manager.query(
        `INSERT INTO course_search_grams (course_id, grams)
         SELECT copy.id, g.grams
           FROM course_copies copy JOIN course_search_grams g ON g.course_id = copy.original_id`,
      );
      await manager.query(
        `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
         SELECT copy.id, room_copy.id, s.starts_at, s.ends_at
           FROM course_copies copy
           JOIN course_sessions s ON s.course_id = copy.original_id
           JOIN rooms r ON r.id = s.room_id
           JOIN rooms room_copy ON room_copy.facility_id = r.facility_id
                               AND room_copy.name_ja = r.name_ja || ' #' || copy.k`,
      );
      // A session cancelled in the original is cancelled in the copy, as the editor does it
      // (which gives its room back).
      await manager.query(
        `UPDATE course_sessions copied SET status = 'cancelled'
           FROM course_copies copy
           JOIN course_sessions s ON s.course_id = copy.original_id AND s.status = 'cancelled'
          WHERE copied.course_id = copy.id AND copied.starts_at = s.starts_at`,
      );
    });
    options.onChunk?.(first, last, performance.now() - started);
  }
}
