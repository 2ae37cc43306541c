import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A weekly closing day entered once (毎週月曜休館): facility_weekly_closures holds a weekday and
 * the Japan dates the rule applies to, [first, last + 1) or open ended. The trigger
 * room_reservations_check_open now refuses a reservation on such a day as it refuses one on a
 * dated closure (SQLSTATE TSR01, DETAIL 'weekly:<rule id>:<the date>'), so hires and course
 * sessions obey the rule however they are written. One rule per facility and weekday at a time
 * (an exclusion constraint).
 */
export class WeeklyClosures1795970000000 implements MigrationInterface {
  name = 'WeeklyClosures1795970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE facility_weekly_closures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        facility_id uuid NOT NULL
          CONSTRAINT facility_weekly_closures_facility_id_fkey REFERENCES facilities (id) ON DELETE CASCADE,
        -- 0 = Sunday … 6 = Saturday, as extract(dow) counts (Japan dates).
        weekday smallint NOT NULL
          CONSTRAINT facility_weekly_closures_weekday_check CHECK (weekday BETWEEN 0 AND 6),
        -- Japan dates, [first, last + 1); no last day: open ended.
        during daterange NOT NULL,
        reason_ja text NOT NULL
          CONSTRAINT facility_weekly_closures_reason_ja_check CHECK (btrim(reason_ja) <> ''),
        reason_en text NOT NULL
          CONSTRAINT facility_weekly_closures_reason_en_check CHECK (btrim(reason_en) <> ''),
        created_by uuid
          CONSTRAINT facility_weekly_closures_created_by_fkey REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT facility_weekly_closures_during_check CHECK (
          NOT isempty(during) AND NOT lower_inf(during)),
        CONSTRAINT facility_weekly_closures_no_overlap
          EXCLUDE USING gist (facility_id WITH =, weekday WITH =, during WITH &&)
      )`);

    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION room_reservations_check_open() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        facility facilities%ROWTYPE;
        local_start timestamp := lower(NEW.during) AT TIME ZONE 'Asia/Tokyo';
        local_end timestamp := upper(NEW.during) AT TIME ZONE 'Asia/Tokyo';
        first_day date := (lower(NEW.during) AT TIME ZONE 'Asia/Tokyo')::date;
        last_day date := ((upper(NEW.during) AT TIME ZONE 'Asia/Tokyo') - interval '1 microsecond')::date;
        closure_id uuid;
        weekly record;
      BEGIN
        SELECT f.* INTO facility FROM facilities f JOIN rooms r ON r.facility_id = f.id
          WHERE r.id = NEW.room_id;
        IF NOT FOUND THEN
          RETURN NEW; -- the foreign key reports the missing room
        END IF;
        SELECT c.id INTO closure_id FROM facility_closures c
          WHERE c.facility_id = facility.id
            AND c.during && daterange(first_day, last_day, '[]')
          ORDER BY lower(c.during) LIMIT 1;
        IF closure_id IS NOT NULL THEN
          RAISE EXCEPTION 'facility closed' USING ERRCODE = 'TSR01',
            CONSTRAINT = 'room_reservations_facility_open', DETAIL = closure_id::text;
        END IF;
        SELECT w.id, d.day INTO weekly
          FROM generate_series(first_day, last_day, interval '1 day') AS d (day)
          JOIN facility_weekly_closures w
            ON w.facility_id = facility.id
           AND w.weekday = extract(dow FROM d.day)::int
           AND w.during @> d.day::date
          ORDER BY d.day LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'facility closed' USING ERRCODE = 'TSR01',
            CONSTRAINT = 'room_reservations_facility_open',
            DETAIL = 'weekly:' || weekly.id::text || ':' || weekly.day::date::text;
        END IF;
        IF local_start::time < facility.opens_at
           OR local_end > local_start::date + facility.closes_at THEN
          RAISE EXCEPTION 'outside opening hours' USING ERRCODE = 'TSR02',
            CONSTRAINT = 'room_reservations_opening_hours';
        END IF;
        RETURN NEW;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The trigger's function as 1795660000000-room-reservations wrote it.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION room_reservations_check_open() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(`DROP TABLE facility_weekly_closures`);
  }
}
