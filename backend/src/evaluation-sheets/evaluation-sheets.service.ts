import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { ValidationFailedError } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { fiscalYear as fiscalYearOf } from '../common/time/japan-time';
import { PILLAR_LABELS, PILLARS } from '../reference/reference-data';
import type {
  EvaluationSheetDto,
  OwnSheetListDto,
  SheetDraftInputDto,
  SheetListDto,
  SheetListRowDto,
  SheetReviewInputDto,
} from './dto/evaluation-sheet.dto';
import {
  EvaluationSheetsRepository,
  type ListedSheetRow,
  type SheetText,
} from './evaluation-sheets.repository';
import { type SheetFigures, SheetFiguresSource } from './sheet-figures';
import {
  ACTION_OWNER,
  availableActions,
  isEditable,
  LISTED_SHEET_STATES,
  nextState,
  type SheetAction,
  type SheetState,
} from './sheet-workflow';

type Side = 'organisation' | 'section';

const ACTION_OF_MOVE: Record<SheetState, SheetAction | undefined> = {
  submitted: 'submit',
  returned: 'return',
  accepted: 'accept',
  draft: undefined,
};

/**
 * The department evaluation sheet (事務事業評価シート): each organisation writes its own for a
 * fiscal year and submits it; the lifelong-learning section (role city_admin) returns it with a
 * comment or accepts it. Organisers reach only their own organisations' sheets (404 otherwise).
 * Every write names the version it was made on: a write on an older version is refused (409), so
 * two colleagues editing one sheet never overwrite each other unknowingly.
 */
@Injectable()
export class EvaluationSheetsService {
  constructor(
    private readonly sheets: EvaluationSheetsRepository,
    private readonly figures: SheetFiguresSource,
    private readonly clock: Clock,
  ) {}

  currentFiscalYear(): number {
    return fiscalYearOf(this.clock.now());
  }

  // --- reading ---------------------------------------------------------------------------

  async ownList(
    principal: Principal,
    fiscalYear = this.currentFiscalYear(),
  ): Promise<OwnSheetListDto> {
    const rows = principal.organisationIds.length
      ? await this.sheets.list(fiscalYear, principal.organisationIds)
      : [];
    return { fiscalYear, rows: await this.withCourses(fiscalYear, rows) };
  }

  async sectionList(fiscalYear = this.currentFiscalYear()): Promise<SheetListDto> {
    const listed = await this.sheets.list(fiscalYear);
    const held = await this.figures.heldCoursesByPillar(fiscalYear);
    const rows = await this.withCourses(fiscalYear, listed, held);
    const stateOf = new Map(rows.map((row) => [row.organisation.id, row.state]));
    return {
      fiscalYear,
      counts: LISTED_SHEET_STATES.map((state) => ({
        state,
        count: rows.filter((row) => row.state === state).length,
      })),
      rows,
      pillars: PILLARS.map((pillar) => {
        const inPillar = held.filter((entry) => entry.pillar === pillar);
        const states = inPillar.map((entry) => stateOf.get(entry.organisationId));
        return {
          pillar,
          ...PILLAR_LABELS[pillar],
          courses: inPillar.reduce((sum, entry) => sum + entry.courses, 0),
          organisations: inPillar.length,
          handedIn: states.filter((state) => state === 'submitted' || state === 'accepted').length,
          accepted: states.filter((state) => state === 'accepted').length,
        };
      }),
    };
  }

  async ownSheet(
    principal: Principal,
    organisationId: string,
    fiscalYear: number,
  ): Promise<EvaluationSheetDto> {
    this.requireOwn(principal, organisationId);
    return this.view(organisationId, fiscalYear, 'organisation');
  }

  async sectionSheet(organisationId: string, fiscalYear: number): Promise<EvaluationSheetDto> {
    return this.view(organisationId, fiscalYear, 'section');
  }

  // --- writing ---------------------------------------------------------------------------

  /** Saves the organisation's text (the first save creates the sheet as a draft). */
  async save(
    principal: Principal,
    organisationId: string,
    fiscalYear: number,
    input: SheetDraftInputDto,
  ): Promise<EvaluationSheetDto> {
    this.requireOwn(principal, organisationId);
    await this.requireOrganisation(organisationId);
    if (fiscalYear > this.currentFiscalYear()) {
      throw new DomainError(ErrorCode.EvaluationSheetFiscalYearAhead);
    }
    const text: SheetText = {
      outcomes: input.outcomes,
      issues: input.issues,
      improvements: input.improvements,
      nextYearPlan: input.nextYearPlan,
    };
    const now = this.clock.now();
    await this.sheets.transaction(async (manager) => {
      const sheet = await this.sheets.lock(manager, organisationId, fiscalYear);
      if (!sheet) {
        if (input.version !== 0) throw new DomainError(ErrorCode.EvaluationSheetChanged);
        const created = await this.sheets.insert(
          manager,
          organisationId,
          fiscalYear,
          text,
          principal.userId,
          now,
        );
        if (!created) throw new DomainError(ErrorCode.EvaluationSheetChanged);
        return;
      }
      if (sheet.version !== input.version) throw new DomainError(ErrorCode.EvaluationSheetChanged);
      if (!isEditable(sheet.state)) throw new DomainError(ErrorCode.EvaluationSheetNotEditable);
      await this.sheets.updateText(manager, sheet.id, text, principal.userId, now);
    });
    return this.view(organisationId, fiscalYear, 'organisation');
  }

  /** Hands the sheet to the section, with the figures as they stand now. */
  async submit(
    principal: Principal,
    organisationId: string,
    fiscalYear: number,
    version: number,
  ): Promise<EvaluationSheetDto> {
    this.requireOwn(principal, organisationId);
    const figures = await this.figures.organisationFigures(organisationId, fiscalYear);
    await this.act(
      principal,
      organisationId,
      fiscalYear,
      'submit',
      { version, comment: '' },
      async (current) => {
        const blank = (['outcomes', 'issues', 'improvements', 'nextYearPlan'] as const).filter(
          (field) => !current[field].trim(),
        );
        if (blank.length) throw new DomainError(ErrorCode.EvaluationSheetEmpty);
        return figures;
      },
    );
    return this.view(organisationId, fiscalYear, 'organisation');
  }

  /** The section returns the sheet (a comment says why) or accepts it. */
  async review(
    principal: Principal,
    organisationId: string,
    fiscalYear: number,
    action: 'return' | 'accept',
    input: SheetReviewInputDto,
  ): Promise<EvaluationSheetDto> {
    const comment = input.comment.trim();
    if (action === 'return' && !comment) {
      throw new ValidationFailedError([
        {
          field: 'comment',
          ja: '差し戻す理由をコメントに入力してください。',
          en: 'Say in the comment why the sheet is returned.',
        },
      ]);
    }
    await this.act(principal, organisationId, fiscalYear, action, {
      version: input.version,
      comment,
    });
    return this.view(organisationId, fiscalYear, 'section');
  }

  // --- the rules ---------------------------------------------------------------------------

  private async act(
    principal: Principal,
    organisationId: string,
    fiscalYear: number,
    action: SheetAction,
    input: { version: number; comment: string },
    check?: (current: SheetText) => Promise<SheetFigures>,
  ): Promise<void> {
    await this.requireOrganisation(organisationId);
    const now = this.clock.now();
    await this.sheets.transaction(async (manager) => {
      const sheet = await this.sheets.lock(manager, organisationId, fiscalYear);
      if (!sheet) throw new DomainError(ErrorCode.EvaluationSheetWrongState);
      if (sheet.version !== input.version) throw new DomainError(ErrorCode.EvaluationSheetChanged);
      const to = nextState(sheet.state, action);
      if (!to) throw new DomainError(ErrorCode.EvaluationSheetWrongState);
      let figures: SheetFigures | undefined;
      if (check) {
        const current = await this.sheets.sheet(organisationId, fiscalYear);
        figures = await check(current!);
      }
      await this.sheets.move(manager, sheet, to, {
        actorId: principal.userId,
        comment: input.comment,
        now,
        figures,
      });
    });
  }

  private requireOwn(principal: Principal, organisationId: string): void {
    // Another organisation's sheet does not exist for this organiser: 404, not 403.
    if (!principal.organisationIds.includes(organisationId)) {
      throw new DomainError(ErrorCode.EvaluationSheetNotFound);
    }
  }

  private async requireOrganisation(organisationId: string) {
    const organisation = await this.sheets.organisation(organisationId);
    if (!organisation) throw new DomainError(ErrorCode.EvaluationSheetNotFound);
    return organisation;
  }

  private async view(
    organisationId: string,
    fiscalYear: number,
    side: Side,
  ): Promise<EvaluationSheetDto> {
    const organisation = await this.requireOrganisation(organisationId);
    const sheet = await this.sheets.sheet(organisationId, fiscalYear);
    const state = sheet?.state ?? 'not_started';
    const asSubmitted = !!sheet?.submittedFigures && !isEditable(state);
    const history = sheet ? await this.sheets.history(sheet.id) : [];
    const figures = asSubmitted
      ? sheet!.submittedFigures!
      : await this.figures.organisationFigures(organisationId, fiscalYear);
    return {
      organisation,
      fiscalYear,
      state,
      version: sheet?.version ?? 0,
      outcomes: sheet?.outcomes ?? '',
      issues: sheet?.issues ?? '',
      improvements: sheet?.improvements ?? '',
      nextYearPlan: sheet?.nextYearPlan ?? '',
      figures: figures.figures,
      figuresAsOf: figures.asOf,
      figuresAsSubmitted: asSubmitted,
      editable: side === 'organisation' && isEditable(state),
      actions: availableActions(state).filter((action) => ACTION_OWNER[action] === side),
      updatedAt: sheet?.updatedAt ?? null,
      updatedByName: sheet?.updatedByName ?? null,
      history: history.map((event) => ({ ...event, action: ACTION_OF_MOVE[event.toState]! })),
    };
  }

  private async withCourses(
    fiscalYear: number,
    rows: ListedSheetRow[],
    held?: Awaited<ReturnType<SheetFiguresSource['heldCoursesByPillar']>>,
  ): Promise<SheetListRowDto[]> {
    const byPillar = held ?? (await this.figures.heldCoursesByPillar(fiscalYear));
    return rows.map((row) => {
      const own = byPillar.filter((entry) => entry.organisationId === row.organisation.id);
      return {
        ...row,
        courses: own.reduce((sum, entry) => sum + entry.courses, 0),
        pillars: own.map((entry) => entry.pillar).sort(),
      };
    });
  }
}
