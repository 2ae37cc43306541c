import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public catalogue: organisations, facilities with rooms, courses with sessions, and the
 * Japanese partial-word search index. Invariants are enforced here, not only in code.
 *
 * Search: `search_text` is the course's text normalised (NFKC, lower case, katakana folded to
 * hiragana) and `search_grams` holds its distinct 1- and 2-character grams under a GIN index.
 * A keyword's grams must all be present (index) and the keyword itself must occur (re-check), so
 * two-character words such as 料理 or 英語, which a trigram index cannot serve, are found fast.
 */
const codes = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

const LIFE_STAGES = ['parenting', 'youth', 'career', 'seniors', 'all_ages'];
const CATEGORIES = [
  'parenting_family',
  'health_sports',
  'arts_culture',
  'history_heritage',
  'science_technology',
  'digital',
  'languages_international',
  'career_skills',
  'nature_environment',
  'cooking_food',
  'community_volunteering',
  'welfare_life',
];
const AUDIENCES = ['everyone', 'residents_only', 'residents_first'];
const BOOKING_RULES = ['first_come', 'lottery'];
const COURSE_STATUSES = ['draft', 'published', 'cancelled', 'finished'];
const ORGANISATION_KINDS = [
  'city_department',
  'university',
  'research_institute',
  'npo',
  'company',
  'citizen_group',
];
const FACILITY_KINDS = [
  'community_centre',
  'cultural_hall',
  'library',
  'city_office',
  'conference_centre',
  'partner_campus',
];
const ROOM_EQUIPMENT = [
  'projector',
  'screen',
  'microphone',
  'whiteboard',
  'piano',
  'kitchen',
  'sink',
  'mirror',
  'wifi',
  'tatami',
  'kiln',
  'sound_system',
];

// ァ (U+30A1) .. ヶ (U+30F6) map one to one onto ぁ (U+3041) .. ゖ (U+3096).
const range = (from: number, to: number) =>
  String.fromCharCode(...Array.from({ length: to - from + 1 }, (_, index) => from + index));
const KATAKANA = range(0x30a1, 0x30f6);
const HIRAGANA = range(0x3041, 0x3096);

export class CatalogueSchema1764061200000 implements MigrationInterface {
  name = 'CatalogueSchema1764061200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION tsumugu_normalize(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT translate(lower(normalize(value, NFKC)), '${KATAKANA}', '${HIRAGANA}') $$`);
    await queryRunner.query(`
      CREATE FUNCTION tsumugu_grams(value text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$
        SELECT coalesce(array_agg(DISTINCT gram), '{}')
        FROM (
          SELECT substr(value, position, 1) AS gram FROM generate_series(1, length(value)) AS position
          UNION ALL
          SELECT substr(value, position, 2) FROM generate_series(1, length(value) - 1) AS position
        ) AS grams
        WHERE gram !~ '\\s'
      $$`);
    // The grams a keyword must find: its 2-grams, or the keyword itself when it is one character.
    await queryRunner.query(`
      CREATE FUNCTION tsumugu_keyword_grams(keyword text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$
        SELECT CASE WHEN length(keyword) < 2 THEN ARRAY[keyword]
          ELSE ARRAY(SELECT DISTINCT substr(keyword, position, 2)
                     FROM generate_series(1, length(keyword) - 1) AS position) END
      $$`);

    await queryRunner.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CONSTRAINT organisations_kind_check CHECK (kind IN (${codes(ORGANISATION_KINDS)})),
        name_ja text NOT NULL CONSTRAINT organisations_name_ja_check CHECK (btrim(name_ja) <> ''),
        name_en text NOT NULL CONSTRAINT organisations_name_en_check CHECK (btrim(name_en) <> ''),
        website_url text,
        phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisations_name_ja_unique UNIQUE (name_ja)
      )`);

    await queryRunner.query(`
      CREATE TABLE facilities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CONSTRAINT facilities_kind_check CHECK (kind IN (${codes(FACILITY_KINDS)})),
        name_ja text NOT NULL CONSTRAINT facilities_name_ja_check CHECK (btrim(name_ja) <> ''),
        name_en text NOT NULL CONSTRAINT facilities_name_en_check CHECK (btrim(name_en) <> ''),
        postal_code text NOT NULL CONSTRAINT facilities_postal_code_check CHECK (postal_code ~ '^[0-9]{3}-[0-9]{4}$'),
        address_ja text NOT NULL,
        address_en text NOT NULL,
        phone text NOT NULL,
        latitude numeric(9, 6) NOT NULL CONSTRAINT facilities_latitude_check CHECK (latitude BETWEEN -90 AND 90),
        longitude numeric(9, 6) NOT NULL CONSTRAINT facilities_longitude_check CHECK (longitude BETWEEN -180 AND 180),
        access_ja text NOT NULL DEFAULT '',
        access_en text NOT NULL DEFAULT '',
        parking_ja text NOT NULL DEFAULT '',
        parking_en text NOT NULL DEFAULT '',
        opens_at time NOT NULL,
        closes_at time NOT NULL,
        closed_note_ja text NOT NULL DEFAULT '',
        closed_note_en text NOT NULL DEFAULT '',
        display_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT facilities_name_ja_unique UNIQUE (name_ja),
        CONSTRAINT facilities_hours_check CHECK (closes_at > opens_at)
      )`);

    await queryRunner.query(`
      CREATE TABLE rooms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        facility_id uuid NOT NULL REFERENCES facilities (id) ON DELETE CASCADE,
        name_ja text NOT NULL CONSTRAINT rooms_name_ja_check CHECK (btrim(name_ja) <> ''),
        name_en text NOT NULL CONSTRAINT rooms_name_en_check CHECK (btrim(name_en) <> ''),
        capacity integer NOT NULL CONSTRAINT rooms_capacity_check CHECK (capacity > 0),
        fee_per_30_min_yen integer NOT NULL DEFAULT 0 CONSTRAINT rooms_fee_check CHECK (fee_per_30_min_yen >= 0),
        equipment text[] NOT NULL DEFAULT '{}'
          CONSTRAINT rooms_equipment_check CHECK (equipment <@ ARRAY[${codes(ROOM_EQUIPMENT)}]::text[]),
        wheelchair_accessible boolean NOT NULL DEFAULT false,
        hearing_loop boolean NOT NULL DEFAULT false,
        floor smallint NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rooms_facility_name_unique UNIQUE (facility_id, name_ja)
      )`);

    await queryRunner.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        title_ja text NOT NULL CONSTRAINT courses_title_ja_check CHECK (btrim(title_ja) <> ''),
        title_en text NOT NULL DEFAULT '',
        summary_ja text NOT NULL DEFAULT '',
        summary_en text NOT NULL DEFAULT '',
        description_ja text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        life_stages text[] NOT NULL CONSTRAINT courses_life_stages_check
          CHECK (cardinality(life_stages) > 0 AND life_stages <@ ARRAY[${codes(LIFE_STAGES)}]::text[]),
        category text NOT NULL CONSTRAINT courses_category_check CHECK (category IN (${codes(CATEGORIES)})),
        pillar smallint NOT NULL CONSTRAINT courses_pillar_check CHECK (pillar BETWEEN 1 AND 5),
        target_age_min smallint CONSTRAINT courses_target_age_min_check CHECK (target_age_min BETWEEN 0 AND 120),
        target_age_max smallint CONSTRAINT courses_target_age_max_check CHECK (target_age_max BETWEEN 0 AND 120),
        audience text NOT NULL DEFAULT 'everyone' CONSTRAINT courses_audience_check CHECK (audience IN (${codes(AUDIENCES)})),
        fee_yen integer NOT NULL DEFAULT 0 CONSTRAINT courses_fee_check CHECK (fee_yen >= 0),
        childcare_offered boolean NOT NULL DEFAULT false,
        what_to_bring_ja text NOT NULL DEFAULT '',
        what_to_bring_en text NOT NULL DEFAULT '',
        instructor_names_ja text NOT NULL DEFAULT '',
        instructor_names_en text NOT NULL DEFAULT '',
        capacity integer NOT NULL CONSTRAINT courses_capacity_check CHECK (capacity > 0),
        booked_count integer NOT NULL DEFAULT 0,
        booking_rule text NOT NULL CONSTRAINT courses_booking_rule_check CHECK (booking_rule IN (${codes(BOOKING_RULES)})),
        application_opens_at timestamptz NOT NULL,
        application_closes_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'draft' CONSTRAINT courses_status_check CHECK (status IN (${codes(COURSE_STATUSES)})),
        published_at timestamptz,
        search_text text NOT NULL DEFAULT '',
        search_grams text[] GENERATED ALWAYS AS (tsumugu_grams(search_text)) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT courses_booked_count_check CHECK (booked_count BETWEEN 0 AND capacity),
        CONSTRAINT courses_target_age_range_check CHECK (target_age_min IS NULL OR target_age_max IS NULL OR target_age_min <= target_age_max),
        CONSTRAINT courses_application_window_check CHECK (application_closes_at > application_opens_at),
        CONSTRAINT courses_published_at_check CHECK (status = 'draft' OR published_at IS NOT NULL)
      )`);
    // search_text is kept by a trigger because it includes the organiser's name (another table).
    await queryRunner.query(`
      CREATE FUNCTION courses_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := tsumugu_normalize(concat_ws(' ',
          NEW.title_ja, NEW.title_en, NEW.summary_ja, NEW.summary_en,
          NEW.description_ja, NEW.description_en, NEW.instructor_names_ja, NEW.instructor_names_en,
          (SELECT o.name_ja || ' ' || o.name_en FROM organisations o WHERE o.id = NEW.organisation_id)));
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER courses_search_text BEFORE INSERT OR UPDATE OF title_ja, title_en, summary_ja,
        summary_en, description_ja, description_en, instructor_names_ja, instructor_names_en,
        organisation_id ON courses FOR EACH ROW EXECUTE FUNCTION courses_search_text()`);

    // An organiser's new name must be findable in its courses at once.
    await queryRunner.query(`
      CREATE FUNCTION organisations_refresh_course_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE courses SET organisation_id = organisation_id WHERE organisation_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER organisations_refresh_course_search_text AFTER UPDATE OF name_ja, name_en
        ON organisations FOR EACH ROW WHEN (OLD.name_ja IS DISTINCT FROM NEW.name_ja
          OR OLD.name_en IS DISTINCT FROM NEW.name_en)
        EXECUTE FUNCTION organisations_refresh_course_search_text()`);

    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
      CREATE TABLE course_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        room_id uuid NOT NULL REFERENCES rooms (id) ON DELETE RESTRICT,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT course_sessions_time_check CHECK (ends_at > starts_at),
        -- A room is never double-booked: no two sessions in one room may overlap in time.
        CONSTRAINT course_sessions_room_overlap_exclusion
          EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
      )`);

    await queryRunner.query(
      `CREATE INDEX courses_search_grams_index ON courses USING gin (search_grams)`,
    );
    await queryRunner.query(
      `CREATE INDEX courses_status_published_at_index ON courses (status, published_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX courses_life_stages_index ON courses USING gin (life_stages)`,
    );
    await queryRunner.query(`CREATE INDEX courses_category_index ON courses (category)`);
    await queryRunner.query(`CREATE INDEX courses_organisation_index ON courses (organisation_id)`);
    await queryRunner.query(
      `CREATE INDEX course_sessions_course_starts_index ON course_sessions (course_id, starts_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX course_sessions_starts_index ON course_sessions (starts_at)`,
    );
    await queryRunner.query(`CREATE INDEX rooms_facility_index ON rooms (facility_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE course_sessions`);
    await queryRunner.query(
      `DROP TRIGGER organisations_refresh_course_search_text ON organisations`,
    );
    await queryRunner.query(`DROP FUNCTION organisations_refresh_course_search_text()`);
    await queryRunner.query(`DROP TABLE courses`);
    await queryRunner.query(`DROP FUNCTION courses_search_text()`);
    await queryRunner.query(`DROP TABLE rooms`);
    await queryRunner.query(`DROP TABLE facilities`);
    await queryRunner.query(`DROP TABLE organisations`);
    await queryRunner.query(`DROP FUNCTION tsumugu_keyword_grams(text)`);
    await queryRunner.query(`DROP FUNCTION tsumugu_grams(text)`);
    await queryRunner.query(`DROP FUNCTION tsumugu_normalize(text)`);
    // btree_gist stays: it may have been installed before this migration, for other uses.
  }
}
