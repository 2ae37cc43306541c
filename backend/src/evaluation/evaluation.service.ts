import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { MONTHS_EN, fiscalYear as fiscalYearOf } from '../common/time/japan-time';
import {
  CATEGORY_LABELS,
  LIFE_STAGE_LABELS,
  PILLAR_LABELS,
  type Category,
  type Label,
  type LifeStage,
  type Pillar,
} from '../reference/reference-data';
import type {
  BreakdownDto,
  BreakdownGroupDto,
  DashboardDto,
  EvaluationCoursesDto,
  FiscalYearFiguresDto,
  ParticipantProfileDto,
  RoomUseDto,
} from './dto/evaluation.dto';
import type { BreakdownQueryDto, FiguresQueryDto } from './dto/evaluation-query.dto';
import { PARTICIPANT_BREAKDOWN_DEFINITION, type FigureDimension } from './figure-definitions';
import type { FigureFilters } from './fiscal-year-figures.repository';
import { FiscalYearFiguresService } from './fiscal-year-figures.service';
import { IndicatorsService } from './indicators.service';

const MONTH_ORDER = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
/** Fiscal years in the dashboard's trend: this one and the four before it. */
const TREND_YEARS = 5;
const COURSE_LIST_LIMIT = 200;

/**
 * The city's dashboard API over the figures (FiscalYearFiguresService) and the indicators: the
 * first view in one round trip, breakdowns with their labels in both languages, the courses
 * behind a number (drill-down) and the community centres' room use.
 */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: FiscalYearFiguresService,
    private readonly indicators: IndicatorsService,
    private readonly clock: Clock,
  ) {}

  currentFiscalYear(): number {
    return fiscalYearOf(this.clock.now());
  }

  /**
   * The first view. Without a year: the last complete fiscal year — the one the section
   * evaluates (事務事業評価 follows the year's end); this year's, still in progress, is a choice.
   */
  async dashboard(fiscalYear?: number): Promise<DashboardDto> {
    const currentFiscalYear = this.currentFiscalYear();
    const year = fiscalYear ?? currentFiscalYear - 1;
    const [figures, trend, byPillar, byLifeStage, participants, roomUse, indicators] =
      await Promise.all([
        this.figures.figures({ fiscalYear: year }),
        this.figures.trend(year - TREND_YEARS + 1, year),
        this.breakdown({ fiscalYear: year, by: 'pillar' }),
        this.breakdown({ fiscalYear: year, by: 'life_stage' }),
        this.participantProfile(year, {}),
        this.roomUse(year),
        this.indicators.list(year),
      ]);
    return {
      fiscalYear: year,
      currentFiscalYear,
      asOf: figures.asOf?.toISOString() ?? null,
      figures: figures.figures,
      trend,
      byPillar: byPillar.groups,
      byLifeStage: byLifeStage.groups,
      participants,
      roomUse,
      indicators: indicators.indicators,
    };
  }

  async fiscalYearFigures(query: FiguresQueryDto): Promise<FiscalYearFiguresDto> {
    const { fiscalYear, ...filters } = query;
    const year = fiscalYear ?? this.currentFiscalYear();
    const [result, participants] = await Promise.all([
      this.figures.figures({ fiscalYear: year, ...filters }),
      this.participantProfile(year, filters),
    ]);
    return {
      fiscalYear: year,
      filters: result.filters,
      asOf: result.asOf?.toISOString() ?? null,
      figures: result.figures,
      participants,
    };
  }

  async breakdown(query: BreakdownQueryDto): Promise<BreakdownDto> {
    const { fiscalYear, by, ...filters } = query;
    const year = fiscalYear ?? this.currentFiscalYear();
    const groups = await this.figures.breakdown({ fiscalYear: year, ...filters }, by);
    const labels = await this.labels(
      by,
      groups.map((group) => group.key),
    );
    const labelled: BreakdownGroupDto[] = groups.map((group) => ({
      key: group.key,
      label: labels.get(group.key) ?? { ja: group.key, en: group.key },
      figures: group.figures,
    }));
    labelled.sort(orderOf(by));
    return { fiscalYear: year, by, groups: labelled };
  }

  /** The courses behind the figures (first 200 by date), each with its own numbers. */
  async courses(query: FiguresQueryDto): Promise<EvaluationCoursesDto> {
    const { fiscalYear, ...filters } = query;
    const year = fiscalYear ?? this.currentFiscalYear();
    const params: unknown[] = [year];
    const where = ['f.fiscal_year = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filters.organisationId) add('f.organisation_id = ?::uuid', filters.organisationId);
    if (filters.pillar !== undefined) add('f.pillar = ?::int', filters.pillar);
    if (filters.lifeStage) add('?::text = ANY (f.life_stages)', filters.lifeStage);
    if (filters.category) add('f.category = ?::text', filters.category);
    if (filters.facilityId) add('f.facility_id = ?::uuid', filters.facilityId);
    if (filters.month !== undefined) add('f.month = ?::int', filters.month);
    const rate = (numerator: string, denominator: string) =>
      `CASE WHEN ${denominator} > 0 THEN round(100.0 * ${numerator} / ${denominator}, 1)::float8 END`;
    const rows: (EvaluationCoursesDto['courses'][number] & { total: number })[] =
      await this.dataSource.query(
        `SELECT f.course_id AS "courseId", c.title_ja AS "titleJa", c.title_en AS "titleEn",
                json_build_object('ja', o.name_ja, 'en', o.name_en) AS organisation,
                (SELECT to_char(min(s.starts_at) AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD')
                   FROM course_sessions s
                  WHERE s.course_id = f.course_id AND s.status <> 'cancelled') AS "firstDate",
                f.pillar, f.sessions_held AS "sessionsHeld", f.seats_offered AS "seatsOffered",
                f.applicants, f.enrolled,
                (SELECT count(*)::int FROM evaluation_participations p
                  WHERE p.course_id = f.course_id) AS participants,
                ${rate('f.enrolled', 'f.seats_offered')} AS "fillRate",
                ${rate('f.attendances', 'f.expected_attendances')} AS "attendanceRate",
                ${rate('f.satisfied', 'f.satisfaction_answers')} AS "satisfactionRate",
                count(*) OVER ()::int AS total
           FROM evaluation_course_facts f
           JOIN courses c ON c.id = f.course_id
           JOIN organisations o ON o.id = f.organisation_id
          WHERE ${where.join(' AND ')}
          ORDER BY f.month IN (1, 2, 3), f.month, c.title_ja, f.course_id
          LIMIT ${COURSE_LIST_LIMIT}`,
        params,
      );
    return {
      fiscalYear: year,
      total: rows[0]?.total ?? 0,
      courses: rows.map(({ total: _total, ...course }) => course),
    };
  }

  /** Each community centre's room use in the fiscal year (optionally one month). */
  async roomUse(fiscalYear: number, month?: number): Promise<RoomUseDto[]> {
    const rows: {
      facilityId: string;
      nameJa: string;
      nameEn: string;
      rooms: number;
      openHours: number;
      courseHours: number;
      hireHours: number;
    }[] = await this.dataSource.query(
      `SELECT u.facility_id AS "facilityId", fa.name_ja AS "nameJa", fa.name_en AS "nameEn",
              max(u.rooms)::int AS rooms, sum(u.open_hours)::float8 AS "openHours",
              sum(u.course_hours)::float8 AS "courseHours", sum(u.hire_hours)::float8 AS "hireHours"
         FROM evaluation_room_use u
         JOIN facilities fa ON fa.id = u.facility_id AND fa.kind = 'community_centre'
        WHERE u.fiscal_year = $1 AND ($2::int IS NULL OR u.month = $2::int)
        GROUP BY u.facility_id, fa.name_ja, fa.name_en, fa.display_order
        ORDER BY fa.display_order, fa.name_ja`,
      [fiscalYear, month ?? null],
    );
    return rows.map((row) => ({
      facilityId: row.facilityId,
      name: { ja: row.nameJa, en: row.nameEn },
      rooms: row.rooms,
      openHours: round(row.openHours),
      courseHours: round(row.courseHours),
      hireHours: round(row.hireHours),
      rate:
        row.openHours > 0
          ? round(((row.courseHours + row.hireHours) / row.openHours) * 100, 1)
          : null,
    }));
  }

  private async participantProfile(
    fiscalYear: number,
    filters: FigureFilters,
  ): Promise<ParticipantProfileDto> {
    const profile = await this.figures.participantProfile({ fiscalYear, ...filters });
    return { ...profile, definition: PARTICIPANT_BREAKDOWN_DEFINITION };
  }

  /** The names of a breakdown's keys, in both languages. */
  private async labels(by: FigureDimension, keys: string[]): Promise<Map<string, Label>> {
    switch (by) {
      case 'pillar':
        return new Map(keys.map((key) => [key, PILLAR_LABELS[Number(key) as Pillar]]));
      case 'life_stage':
        return new Map(keys.map((key) => [key, LIFE_STAGE_LABELS[key as LifeStage]]));
      case 'category':
        return new Map(keys.map((key) => [key, CATEGORY_LABELS[key as Category]]));
      case 'month':
        return new Map(
          keys.map((key) => [key, { ja: `${key}月`, en: MONTHS_EN[Number(key) - 1] ?? key }]),
        );
      case 'organisation':
      case 'facility': {
        const table = by === 'organisation' ? 'organisations' : 'facilities';
        const rows: { id: string; ja: string; en: string }[] = await this.dataSource.query(
          `SELECT id::text, name_ja AS ja, name_en AS en FROM ${table} WHERE id = ANY ($1::uuid[])`,
          [keys],
        );
        return new Map(rows.map((row) => [row.id, { ja: row.ja, en: row.en }]));
      }
    }
  }
}

/** Pillars, life stages and categories in their own order, months April first, names by kana. */
function orderOf(by: FigureDimension) {
  return (a: BreakdownGroupDto, b: BreakdownGroupDto): number => {
    switch (by) {
      case 'pillar':
        return Number(a.key) - Number(b.key);
      case 'month':
        return MONTH_ORDER.indexOf(Number(a.key)) - MONTH_ORDER.indexOf(Number(b.key));
      case 'life_stage':
        return (
          Object.keys(LIFE_STAGE_LABELS).indexOf(a.key) -
          Object.keys(LIFE_STAGE_LABELS).indexOf(b.key)
        );
      case 'category':
        return (
          Object.keys(CATEGORY_LABELS).indexOf(a.key) - Object.keys(CATEGORY_LABELS).indexOf(b.key)
        );
      default:
        return a.label.ja.localeCompare(b.label.ja, 'ja');
    }
  };
}

function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
