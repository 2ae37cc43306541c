import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type JapaneseHoliday, japaneseHolidays } from '../calendar/japanese-holidays';
import { ErrorCode } from '../common/errors/error-registry';
import { DomainError } from '../common/errors/domain-error';
import type { ClosureDto, ClosureKind, WeeklyClosureDto } from './dto/calendar.dto';
import { FacilityClosure } from './facility-closure.entity';
import { FacilityWeeklyClosure } from './facility-weekly-closure.entity';
import { reservationsInTheWay } from './reservation-errors';

const WEEKLY_COLUMNS = `
  w.id, w.weekday, lower(w.during)::text AS "from",
  CASE WHEN upper_inf(w.during) THEN NULL ELSE (upper(w.during) - 1)::text END AS "to",
  w.reason_ja AS "reasonJa", w.reason_en AS "reasonEn"`;

export interface NewWeeklyClosure {
  facilityId: string;
  weekday: number;
  from: string;
  /** Inclusive; null: open ended. */
  to: string | null;
  reasonJa: string;
  reasonEn: string;
  createdBy: string;
}

const CLOSURE_COLUMNS = `
  c.id, lower(c.during)::text AS "from", (upper(c.during) - 1)::text AS "to", c.kind,
  c.reason_ja AS "reasonJa", c.reason_en AS "reasonEn"`;

export interface NewClosure {
  facilityId: string;
  from: string;
  to: string;
  kind: ClosureKind;
  reasonJa: string;
  reasonEn: string;
  createdBy: string;
}

@Injectable()
export class ClosuresRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Closures of a facility touching the Japan dates [from, to] (inclusive). */
  list(facilityId: string, from: string, to: string): Promise<ClosureDto[]> {
    return this.dataSource.query(
      `SELECT ${CLOSURE_COLUMNS} FROM facility_closures c
        WHERE c.facility_id = $1 AND c.during && daterange($2::date, $3::date, '[]')
        ORDER BY lower(c.during), c.kind`,
      [facilityId, from, to],
    );
  }

  /**
   * Adds a closure, or refuses it (CLOSURE_HAS_RESERVATIONS) naming the reservations on those
   * days: staff move or cancel them first, so that nobody turns up to a closed centre. The share
   * lock on room_reservations keeps new reservations out until the closure is committed (the
   * reservation trigger then sees it), and makes this wait for reservations being written.
   */
  create(closure: NewClosure): Promise<ClosureDto> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE room_reservations IN SHARE MODE`);
      const inTheWay = await reservationsInTheWay(
        manager,
        ErrorCode.ClosureHasReservations,
        `rr.during && tstzrange($2::date::timestamp AT TIME ZONE 'Asia/Tokyo',
                                ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')`,
        [closure.facilityId, closure.from, closure.to],
      );
      if (inTheWay) throw inTheWay;
      const [row]: ClosureDto[] = await manager.query(
        `INSERT INTO facility_closures (facility_id, during, kind, reason_ja, reason_en, created_by)
         VALUES ($1, daterange($2::date, $3::date, '[]'), $4, $5, $6, $7)
         RETURNING id, lower(during)::text AS "from", (upper(during) - 1)::text AS "to", kind,
                   reason_ja AS "reasonJa", reason_en AS "reasonEn"`,
        [
          closure.facilityId,
          closure.from,
          closure.to,
          closure.kind,
          closure.reasonJa,
          closure.reasonEn,
          closure.createdBy,
        ],
      );
      return row;
    });
  }

  /**
   * Every closed day of a facility in the Japan dates [from, to]: the dated closures touching
   * them, and each day a weekly rule closes (kind 'weekly', the rule's id, from = to = the day).
   * What calendars and availability show; the trigger decides by the same two tables.
   */
  closedDays(facilityId: string, from: string, to: string): Promise<ClosureDto[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT ${CLOSURE_COLUMNS} FROM facility_closures c
          WHERE c.facility_id = $1 AND c.during && daterange($2::date, $3::date, '[]')
         UNION ALL
         SELECT w.id, d.day::date::text, d.day::date::text, 'weekly',
                w.reason_ja, w.reason_en
           FROM generate_series($2::date, $3::date, interval '1 day') AS d (day)
           JOIN facility_weekly_closures w
             ON w.facility_id = $1 AND w.weekday = extract(dow FROM d.day)::int
            AND w.during @> d.day::date
       ) closed ORDER BY "from", kind`,
      [facilityId, from, to],
    );
  }

  /** The weekly closing rules of a facility still in force on `from` or later, by weekday. */
  weekly(facilityId: string, from: string): Promise<WeeklyClosureDto[]> {
    return this.dataSource.query(
      `SELECT ${WEEKLY_COLUMNS} FROM facility_weekly_closures w
        WHERE w.facility_id = $1 AND w.during && daterange($2::date, NULL)
        ORDER BY (w.weekday + 6) % 7, lower(w.during)`,
      [facilityId, from],
    );
  }

  /**
   * Adds a weekly closing rule, or refuses it: CLOSURE_HAS_RESERVATIONS naming the reservations
   * on the days it would close (under the same share lock as a dated closure), or
   * WEEKLY_CLOSURE_OVERLAPS when that weekday already has a rule over those dates (the exclusion
   * constraint decides). A reservation never spans two Japan days (opening hours), so its first
   * day is the one the rule is checked on.
   */
  createWeekly(rule: NewWeeklyClosure): Promise<WeeklyClosureDto> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE room_reservations IN SHARE MODE`);
      const inTheWay = await reservationsInTheWay(
        manager,
        ErrorCode.ClosureHasReservations,
        `extract(dow FROM lower(rr.during) AT TIME ZONE 'Asia/Tokyo')::int = $2
           AND daterange($3::date, $4::date, '[]') @> (lower(rr.during) AT TIME ZONE 'Asia/Tokyo')::date`,
        [rule.facilityId, rule.weekday, rule.from, rule.to],
      );
      if (inTheWay) throw inTheWay;
      try {
        const [row]: WeeklyClosureDto[] = await manager.query(
          `INSERT INTO facility_weekly_closures AS w
                  (facility_id, weekday, during, reason_ja, reason_en, created_by)
           VALUES ($1, $2, daterange($3::date, $4::date, '[]'), $5, $6, $7)
           RETURNING ${WEEKLY_COLUMNS}`,
          [
            rule.facilityId,
            rule.weekday,
            rule.from,
            rule.to,
            rule.reasonJa,
            rule.reasonEn,
            rule.createdBy,
          ],
        );
        return row;
      } catch (error: unknown) {
        const pg = ((error as { driverError?: { code?: string; constraint?: string } })
          .driverError ?? error) as { code?: string; constraint?: string };
        if (pg.code === '23P01' && pg.constraint === 'facility_weekly_closures_no_overlap') {
          throw new DomainError(ErrorCode.WeeklyClosureOverlaps);
        }
        throw error;
      }
    });
  }

  async deleteWeekly(facilityId: string, ruleId: string): Promise<boolean> {
    const { affected } = await this.dataSource
      .getRepository(FacilityWeeklyClosure)
      .delete({ id: ruleId, facilityId });
    return affected === 1;
  }

  async delete(facilityId: string, closureId: string): Promise<boolean> {
    const { affected } = await this.dataSource
      .getRepository(FacilityClosure)
      .delete({ id: closureId, facilityId });
    return affected === 1;
  }

  /**
   * Materialises the generated closures for the Japan years [firstYear, lastYear]: the New Year
   * closure at every facility, and each public holiday at the facilities closed on them (and
   * none at the others). Idempotent: rows that exist stay, so it runs at every start.
   */
  async regenerate(firstYear: number, lastYear: number, facilityId?: string): Promise<void> {
    const holidays: JapaneseHoliday[] = [];
    for (let year = firstYear; year <= lastYear; year++) holidays.push(...japaneseHolidays(year));
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `DELETE FROM facility_closures c USING facilities f
          WHERE c.facility_id = f.id AND c.kind = 'public_holiday'
            AND NOT f.closed_on_public_holidays AND ($1::uuid IS NULL OR f.id = $1)`,
        [facilityId ?? null],
      );
      await manager.query(
        `INSERT INTO facility_closures (facility_id, during, kind, reason_ja, reason_en)
         SELECT f.id, daterange(h.date::date, h.date::date, '[]'), 'public_holiday',
                '祝日休館（' || h."nameJa" || '）', 'Closed for a public holiday (' || h."nameEn" || ')'
           FROM facilities f
          CROSS JOIN jsonb_to_recordset($1::jsonb) AS h (date text, "nameJa" text, "nameEn" text)
          WHERE f.closed_on_public_holidays AND ($2::uuid IS NULL OR f.id = $2)
         ON CONFLICT (facility_id, kind, during) WHERE kind IN ('year_end', 'public_holiday')
           DO NOTHING`,
        [JSON.stringify(holidays), facilityId ?? null],
      );
      await manager.query(
        `SELECT facility_year_end_closures(f.id, $1, $2) FROM facilities f
          WHERE $3::uuid IS NULL OR f.id = $3`,
        [firstYear, lastYear, facilityId ?? null],
      );
    });
  }
}
