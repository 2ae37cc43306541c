import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { japanInstant } from '../common/time/japan-time';
import type { SheetFigureDto } from './dto/evaluation-sheet.dto';

/** Courses an organisation held in a fiscal year, by pillar (for the section's roll-up). */
export interface HeldCoursesByPillar {
  organisationId: string;
  pillar: number;
  courses: number;
}

/**
 * Where the sheet's figures come from. The sheet owns none of the definitions: it shows, for one
 * organisation and fiscal year, the figures the evaluation feature defines once for the whole
 * app (each with its definition beside it), and freezes them into the sheet when it is submitted.
 */
export abstract class SheetFiguresSource {
  abstract organisationFigures(
    organisationId: string,
    fiscalYear: number,
  ): Promise<SheetFigureDto[]>;
  abstract heldCoursesByPillar(fiscalYear: number): Promise<HeldCoursesByPillar[]>;
}

/** [start, end) of a fiscal year in Japan time: 1 April 00:00 JST to the next 1 April. */
export function fiscalYearRange(fiscalYear: number): [Date, Date] {
  return [
    japanInstant(`${fiscalYear}-04-01`, '00:00'),
    japanInstant(`${fiscalYear + 1}-04-01`, '00:00'),
  ];
}

/**
 * "Held in the fiscal year": a course that is published or finished (not a draft, not
 * cancelled) with at least one scheduled session starting in the fiscal year, Japan time.
 */
function heldSessions(start: string, end: string): string {
  return `
    FROM courses c
    JOIN course_sessions s ON s.course_id = c.id AND s.status = 'scheduled'
                          AND s.starts_at >= ${start} AND s.starts_at < ${end}
   WHERE c.status IN ('published', 'finished')`;
}

/**
 * The figures the catalogue itself can give an organisation's sheet: courses held, sessions
 * held and seats offered, with their definitions. Used until the evaluation feature's figures
 * service (figures per fiscal year with breakdowns) is wired in its place.
 */
@Injectable()
export class CatalogueSheetFigures extends SheetFiguresSource {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async organisationFigures(organisationId: string, fiscalYear: number): Promise<SheetFigureDto[]> {
    const [start, end] = fiscalYearRange(fiscalYear);
    const [row]: { courses: number; sessions: number; seats: number }[] =
      await this.dataSource.query(
        `WITH held AS (
           SELECT c.id, c.capacity, count(*) AS sessions
             ${heldSessions('$2', '$3')} AND c.organisation_id = $1
            GROUP BY c.id, c.capacity)
         SELECT count(*)::int AS courses, coalesce(sum(sessions), 0)::int AS sessions,
                coalesce(sum(capacity), 0)::int AS seats
           FROM held`,
        [organisationId, start, end],
      );
    return [
      {
        key: 'courses_held',
        labelJa: '実施した講座数',
        labelEn: 'Courses held',
        value: row.courses,
        unit: 'count',
        definitionJa:
          '年度内（4月1日〜3月31日、日本時間）に、取消されていない回が1回以上始まった公開中・終了済みの講座の数。下書きと中止した講座は数えません。',
        definitionEn:
          'Published or finished courses with at least one session (not cancelled) starting in the fiscal year (1 April to 31 March, Japan time). Drafts and cancelled courses are not counted.',
      },
      {
        key: 'sessions_held',
        labelJa: '実施した回数',
        labelEn: 'Sessions held',
        value: row.sessions,
        unit: 'count',
        definitionJa: '上の講座の回のうち、年度内に始まり、取消されていない回の数。',
        definitionEn:
          'Sessions of those courses that start in the fiscal year and were not cancelled.',
      },
      {
        key: 'seats_offered',
        labelJa: '定員の合計',
        labelEn: 'Seats offered',
        value: row.seats,
        unit: 'count',
        definitionJa: '上の講座の定員の合計（講座ごとに1回分。回ごとには数えません）。',
        definitionEn:
          'The capacities of those courses added up (once per course, not per session).',
      },
    ];
  }

  async heldCoursesByPillar(fiscalYear: number): Promise<HeldCoursesByPillar[]> {
    const [start, end] = fiscalYearRange(fiscalYear);
    return this.dataSource.query(
      `SELECT c.organisation_id AS "organisationId", c.pillar::int AS pillar,
              count(DISTINCT c.id)::int AS courses
         ${heldSessions('$1', '$2')}
        GROUP BY c.organisation_id, c.pillar`,
      [start, end],
    );
  }
}
