import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrganisationRefDto } from '../courses/dto/course-summary.dto';
import type { SheetEventDto } from './dto/evaluation-sheet.dto';
import type { SheetFigures } from './sheet-figures';
import type { ListedSheetState, SheetState } from './sheet-workflow';

/** The organisation's own text of a sheet. */
export interface SheetText {
  outcomes: string;
  issues: string;
  improvements: string;
  nextYearPlan: string;
}

export interface SheetRow extends SheetText {
  id: string;
  state: SheetState;
  version: number;
  submittedFigures: SheetFigures | null;
  updatedAt: string;
  updatedByName: string | null;
}

export interface ListedSheetRow {
  organisation: OrganisationRefDto;
  state: ListedSheetState;
  updatedAt: string | null;
  submittedAt: string | null;
}

/** A person's name as the history shows it (family name first); null for a deleted account. */
const PERSON_NAME = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL OR ${alias}.deleted_at IS NOT NULL THEN NULL
        ELSE nullif(btrim(${alias}.family_name || ' ' || ${alias}.given_name), '') END`;

const SHEET_COLUMNS = `
  sh.id, sh.state, sh.version, sh.outcomes, sh.issues, sh.improvements,
  sh.next_year_plan AS "nextYearPlan", sh.submitted_figures AS "submittedFigures",
  to_json(sh.updated_at) #>> '{}' AS "updatedAt"`;

/** Every query of the evaluation sheets; writes take the caller's transaction manager. */
@Injectable()
export class EvaluationSheetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async organisation(id: string): Promise<OrganisationRefDto | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, name_ja AS "nameJa", name_en AS "nameEn", kind FROM organisations WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** The sheet with the name of who saved it last, or null before it was first saved. */
  async sheet(organisationId: string, fiscalYear: number): Promise<SheetRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${SHEET_COLUMNS}, ${PERSON_NAME('u')} AS "updatedByName"
         FROM evaluation_sheets sh LEFT JOIN users u ON u.id = sh.updated_by
        WHERE sh.organisation_id = $1 AND sh.fiscal_year = $2`,
      [organisationId, fiscalYear],
    );
    return row ?? null;
  }

  async history(sheetId: string): Promise<Omit<SheetEventDto, 'action'>[]> {
    return this.dataSource.query(
      `SELECT e.from_state AS "fromState", e.to_state AS "toState", e.comment,
              ${PERSON_NAME('u')} AS "actorName", to_json(e.at) #>> '{}' AS at
         FROM evaluation_sheet_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.sheet_id = $1 ORDER BY e.at, e.recorded_in, e.id`,
      [sheetId],
    );
  }

  /**
   * The organisations' sheets of a fiscal year ('not_started' where none was saved), city
   * departments first, then partners, each group by name; all organisations, or the given ones.
   */
  async list(fiscalYear: number, organisationIds?: readonly string[]): Promise<ListedSheetRow[]> {
    return this.dataSource.query(
      `SELECT json_build_object('id', o.id, 'nameJa', o.name_ja, 'nameEn', o.name_en, 'kind', o.kind)
                AS organisation,
              coalesce(sh.state, 'not_started') AS state,
              to_json(sh.updated_at) #>> '{}' AS "updatedAt",
              (SELECT to_json(max(e.at)) #>> '{}' FROM evaluation_sheet_events e
                WHERE e.sheet_id = sh.id AND e.to_state = 'submitted') AS "submittedAt"
         FROM organisations o
         LEFT JOIN evaluation_sheets sh ON sh.organisation_id = o.id AND sh.fiscal_year = $1
        WHERE $2::uuid[] IS NULL OR o.id = ANY($2::uuid[])
        ORDER BY o.kind <> 'city_department', o.kind, o.name_ja COLLATE "ja-x-icu", o.id`,
      [fiscalYear, organisationIds ?? null],
    );
  }

  /** The sheet's row locked for this transaction (id, state, version), or null. */
  async lock(
    manager: EntityManager,
    organisationId: string,
    fiscalYear: number,
  ): Promise<{ id: string; state: SheetState; version: number } | null> {
    const [row] = await manager.query(
      `SELECT id, state, version FROM evaluation_sheets
        WHERE organisation_id = $1 AND fiscal_year = $2 FOR UPDATE`,
      [organisationId, fiscalYear],
    );
    return row ?? null;
  }

  /**
   * The first save of a sheet, as version 1; false when another save created it first (the
   * unique constraint decides between two first saves).
   */
  async insert(
    manager: EntityManager,
    organisationId: string,
    fiscalYear: number,
    text: SheetText,
    userId: string,
    now: Date,
  ): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO evaluation_sheets (organisation_id, fiscal_year, outcomes, issues, improvements,
                                      next_year_plan, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7, $8)
       ON CONFLICT ON CONSTRAINT evaluation_sheets_organisation_fiscal_year_unique DO NOTHING
       RETURNING id`,
      [
        organisationId,
        fiscalYear,
        text.outcomes,
        text.issues,
        text.improvements,
        text.nextYearPlan,
        userId,
        now,
      ],
    );
    return rows.length === 1;
  }

  async updateText(
    manager: EntityManager,
    id: string,
    text: SheetText,
    userId: string,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE evaluation_sheets
          SET outcomes = $2, issues = $3, improvements = $4, next_year_plan = $5,
              updated_by = $6, updated_at = $7, version = version + 1
        WHERE id = $1`,
      [id, text.outcomes, text.issues, text.improvements, text.nextYearPlan, userId, now],
    );
  }

  /** A move: its history row first, then the sheet (whose trigger looks for that row). */
  async move(
    manager: EntityManager,
    sheet: { id: string; state: SheetState },
    to: SheetState,
    move: { actorId: string; comment: string; now: Date; figures?: SheetFigures },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO evaluation_sheet_events (sheet_id, from_state, to_state, actor_id, comment, at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [sheet.id, sheet.state, to, move.actorId, move.comment, move.now],
    );
    await manager.query(
      `UPDATE evaluation_sheets
          SET state = $2, submitted_figures = coalesce($3::jsonb, submitted_figures),
              updated_by = $4, updated_at = $5, version = version + 1
        WHERE id = $1`,
      [sheet.id, to, move.figures ? JSON.stringify(move.figures) : null, move.actorId, move.now],
    );
  }
}
