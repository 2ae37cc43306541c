import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rooms that cannot be double-booked, and facilities that are closed when they are closed.
 *
 * - room_reservations holds every use of a room: a course session or a hire (a circle, a
 *   meeting) made by staff. The exclusion constraint room_reservations_no_overlap refuses two
 *   overlapping reservations of one room in the database itself, whatever the application does
 *   and however many requests race: PostgreSQL checks it under its own locks.
 * - facility_closures are days a facility is closed (year-end, public holidays where the facility
 *   closes on them, maintenance). The trigger room_reservations_check_open refuses a reservation
 *   on a closure or outside the facility's opening hours (Asia/Tokyo local time) with its own
 *   SQLSTATEs (TSR01 closed, TSR02 outside hours) that the application maps to 409s.
 * - A course session holds its reservation through a trigger on course_sessions rather than
 *   application code: every writer (the seeder, the organiser console, a city administrator's
 *   SQL) then gets it in the same transaction as the session, and a session moved to another
 *   room or time moves its reservation, or fails as a whole when the new slot is taken.
 */
export class RoomReservations1795660000000 implements MigrationInterface {
  name = 'RoomReservations1795660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
      ALTER TABLE facilities ADD COLUMN closed_on_public_holidays boolean NOT NULL DEFAULT false`);

    await queryRunner.query(`
      CREATE TABLE facility_closures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        facility_id uuid NOT NULL REFERENCES facilities (id) ON DELETE CASCADE,
        -- Japan dates, [first, last + 1): a closure is whole days.
        during daterange NOT NULL,
        kind text NOT NULL CONSTRAINT facility_closures_kind_check
          CHECK (kind IN ('year_end', 'public_holiday', 'maintenance', 'other')),
        reason_ja text NOT NULL CONSTRAINT facility_closures_reason_ja_check CHECK (btrim(reason_ja) <> ''),
        reason_en text NOT NULL CONSTRAINT facility_closures_reason_en_check CHECK (btrim(reason_en) <> ''),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT facility_closures_during_check CHECK (
          NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during))
      )`);
    await queryRunner.query(
      `CREATE INDEX facility_closures_facility_during_index ON facility_closures USING gist (facility_id, during)`,
    );
    // Generated closures (year-end, holidays) are regenerated at start: this makes it idempotent.
    await queryRunner.query(`
      CREATE UNIQUE INDEX facility_closures_generated_unique ON facility_closures (facility_id, kind, during)
        WHERE kind IN ('year_end', 'public_holiday')`);

    await queryRunner.query(`
      CREATE TABLE room_reservations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL REFERENCES rooms (id) ON DELETE RESTRICT,
        during tstzrange NOT NULL,
        kind text NOT NULL CONSTRAINT room_reservations_kind_check CHECK (kind IN ('course_session', 'hire')),
        course_session_id uuid CONSTRAINT room_reservations_course_session_unique UNIQUE
          REFERENCES course_sessions (id) ON DELETE CASCADE,
        group_name text,
        purpose text NOT NULL DEFAULT '',
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT room_reservations_kind_columns_check CHECK (
          (kind = 'course_session' AND course_session_id IS NOT NULL AND group_name IS NULL)
          OR (kind = 'hire' AND course_session_id IS NULL AND group_name IS NOT NULL
              AND btrim(group_name) <> '')),
        CONSTRAINT room_reservations_during_check CHECK (
          NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)
          AND lower(during) < upper(during) AND lower_inc(during) AND NOT upper_inc(during)),
        -- Half-open ranges: [10:00, 11:00) and [11:00, 12:00) touch and do not overlap.
        CONSTRAINT room_reservations_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
      )`);

    await queryRunner.query(`
      CREATE FUNCTION room_reservations_check_open() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        facility facilities%ROWTYPE;
        local_start timestamp := lower(NEW.during) AT TIME ZONE 'Asia/Tokyo';
        local_end timestamp := upper(NEW.during) AT TIME ZONE 'Asia/Tokyo';
        closure_id uuid;
      BEGIN
        SELECT f.* INTO facility FROM facilities f JOIN rooms r ON r.facility_id = f.id
          WHERE r.id = NEW.room_id;
        IF NOT FOUND THEN
          RETURN NEW; -- the foreign key reports the missing room
        END IF;
        SELECT c.id INTO closure_id FROM facility_closures c
          WHERE c.facility_id = facility.id
            AND c.during && daterange(local_start::date, (local_end - interval '1 microsecond')::date, '[]')
          ORDER BY lower(c.during) LIMIT 1;
        IF closure_id IS NOT NULL THEN
          RAISE EXCEPTION 'facility closed' USING ERRCODE = 'TSR01',
            CONSTRAINT = 'room_reservations_facility_open', DETAIL = closure_id::text;
        END IF;
        IF local_start::time < facility.opens_at
           OR local_end > local_start::date + facility.closes_at THEN
          RAISE EXCEPTION 'outside opening hours' USING ERRCODE = 'TSR02',
            CONSTRAINT = 'room_reservations_opening_hours';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER room_reservations_check_open BEFORE INSERT OR UPDATE ON room_reservations
        FOR EACH ROW EXECUTE FUNCTION room_reservations_check_open()`);

    await queryRunner.query(`
      CREATE FUNCTION course_sessions_reserve_room() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO room_reservations (room_id, during, kind, course_session_id)
            VALUES (NEW.room_id, tstzrange(NEW.starts_at, NEW.ends_at), 'course_session', NEW.id);
        ELSE
          UPDATE room_reservations
            SET room_id = NEW.room_id, during = tstzrange(NEW.starts_at, NEW.ends_at)
            WHERE course_session_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);

    // Backfill before any closure exists: sessions already planned keep their rooms (the demo
    // data has none on closures; real data, if any, is for staff to resolve, not to lose).
    await queryRunner.query(`
      INSERT INTO room_reservations (room_id, during, kind, course_session_id)
        SELECT room_id, tstzrange(starts_at, ends_at), 'course_session', id FROM course_sessions`);
    await queryRunner.query(`
      CREATE TRIGGER course_sessions_reserve_room AFTER INSERT OR UPDATE OF room_id, starts_at, ends_at
        ON course_sessions FOR EACH ROW EXECUTE FUNCTION course_sessions_reserve_room()`);

    // The New Year closure, 29 December – 3 January. The application adds the coming years at
    // start (see the rooms feature); the function is shared so that both write the same rows.
    await queryRunner.query(`
      CREATE FUNCTION facility_year_end_closures(facility uuid, first_year integer, last_year integer)
        RETURNS void LANGUAGE sql AS $$
        INSERT INTO facility_closures (facility_id, during, kind, reason_ja, reason_en)
          SELECT facility, daterange(make_date(y, 12, 29), make_date(y + 1, 1, 4)), 'year_end',
                 '年末年始休館（12月29日〜1月3日）', 'Closed for the New Year (29 Dec – 3 Jan)'
            FROM generate_series(first_year, last_year) AS y
          ON CONFLICT (facility_id, kind, during) WHERE kind IN ('year_end', 'public_holiday')
            DO NOTHING
      $$`);
    await queryRunner.query(`SELECT facility_year_end_closures(id, 2026, 2027) FROM facilities`);
    // A new facility is closed at the New Year from the start (FY2026 and FY2027, as above).
    await queryRunner.query(`
      CREATE FUNCTION facilities_add_year_end_closures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM facility_year_end_closures(NEW.id, 2026,
          greatest(2027, extract(year FROM now() AT TIME ZONE 'Asia/Tokyo')::integer + 1));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER facilities_add_year_end_closures AFTER INSERT ON facilities
        FOR EACH ROW EXECUTE FUNCTION facilities_add_year_end_closures()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER course_sessions_reserve_room ON course_sessions`);
    await queryRunner.query(`DROP FUNCTION course_sessions_reserve_room()`);
    await queryRunner.query(`DROP TABLE room_reservations`);
    await queryRunner.query(`DROP FUNCTION room_reservations_check_open()`);
    await queryRunner.query(`DROP TRIGGER facilities_add_year_end_closures ON facilities`);
    await queryRunner.query(`DROP FUNCTION facilities_add_year_end_closures()`);
    await queryRunner.query(`DROP FUNCTION facility_year_end_closures(uuid, integer, integer)`);
    await queryRunner.query(`DROP TABLE facility_closures`);
    await queryRunner.query(`ALTER TABLE facilities DROP COLUMN closed_on_public_holidays`);
  }
}
