import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { OrganisationRefDto } from '../../courses/dto/course-summary.dto';
import {
  LISTED_SHEET_STATES,
  type ListedSheetState,
  SHEET_ACTIONS,
  SHEET_STATES,
  type SheetAction,
  type SheetState,
} from '../sheet-workflow';

export const SHEET_TEXT_MAX = 4000;
export const SHEET_COMMENT_MAX = 2000;
export const FIGURE_UNITS = ['count', 'percent', 'ratio'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** A figure of the sheet: its value and, beside it, its one definition (what is counted). */
export class SheetFigureDto {
  @ApiProperty({ example: 'courses_held' })
  key: string;

  @ApiProperty({ example: '実施した講座数' })
  labelJa: string;

  @ApiProperty({ example: 'Courses held' })
  labelEn: string;

  @ApiProperty({ type: Number, nullable: true, description: 'null: nothing to compute from' })
  value: number | null;

  @ApiProperty({
    enum: FIGURE_UNITS,
    enumName: 'SheetFigureUnit',
    description: 'percent: 0–100 with one decimal; ratio: two decimals (× per seat)',
  })
  unit: FigureUnit;

  @ApiProperty()
  definitionJa: string;

  @ApiProperty()
  definitionEn: string;
}

export class SheetEventDto {
  @ApiProperty({ enum: SHEET_STATES, enumName: 'SheetState' })
  fromState: SheetState;

  @ApiProperty({ enum: SHEET_STATES, enumName: 'SheetState' })
  toState: SheetState;

  @ApiProperty({ enum: SHEET_ACTIONS, enumName: 'SheetAction' })
  action: SheetAction;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '筑波 花子',
    description: 'null: the account no longer exists',
  })
  actorName: string | null;

  @ApiProperty({ example: '' })
  comment: string;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

/** One organisation's sheet for one fiscal year, as the organisation or the section sees it. */
export class EvaluationSheetDto {
  @ApiProperty({ type: OrganisationRefDto })
  organisation: OrganisationRefDto;

  @ApiProperty({ type: 'integer', example: 2026 })
  fiscalYear: number;

  @ApiProperty({ enum: LISTED_SHEET_STATES, enumName: 'ListedSheetState' })
  state: ListedSheetState;

  @ApiProperty({
    type: 'integer',
    description: 'The version read; send it back with a change (0: nothing saved yet)',
  })
  version: number;

  @ApiProperty({ description: '成果' })
  outcomes: string;

  @ApiProperty({ description: '課題' })
  issues: string;

  @ApiProperty({ description: '改善策' })
  improvements: string;

  @ApiProperty({ description: "次年度の取組 (the Act of PDCA: next year's plan)" })
  nextYearPlan: string;

  @ApiProperty({
    type: [SheetFigureDto],
    description:
      'The organisation’s figures of the fiscal year: live while the sheet is with the ' +
      'organisation, as submitted once it is with the section',
  })
  figures: SheetFigureDto[];

  @ApiProperty({ description: 'true: the figures are those of the last submission' })
  figuresAsSubmitted: boolean;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the figures were computed (the summary tables are rebuilt hourly)',
  })
  figuresAsOf: string | null;

  @ApiProperty({ description: 'The organisation may change the text now' })
  editable: boolean;

  @ApiProperty({
    enum: SHEET_ACTIONS,
    enumName: 'SheetAction',
    isArray: true,
    description: 'What the caller may do now',
  })
  actions: SheetAction[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  updatedByName: string | null;

  @ApiProperty({ type: [SheetEventDto], description: 'Oldest first' })
  history: SheetEventDto[];
}

/** The organisation's own evaluation, saved as a draft (or while returned). */
export class SheetDraftInputDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The version the change was made on' })
  @IsInt()
  @Min(0)
  @FieldHint(
    '版の番号が正しくありません。画面を読み込み直してください。',
    'Reload the page: the version is missing.',
  )
  version: number;

  @ApiProperty({ maxLength: SHEET_TEXT_MAX })
  @IsString()
  @MaxLength(SHEET_TEXT_MAX)
  @FieldHint('成果は4000文字以内で入力してください。', 'Outcomes can be up to 4,000 characters.')
  outcomes: string;

  @ApiProperty({ maxLength: SHEET_TEXT_MAX })
  @IsString()
  @MaxLength(SHEET_TEXT_MAX)
  @FieldHint('課題は4000文字以内で入力してください。', 'Issues can be up to 4,000 characters.')
  issues: string;

  @ApiProperty({ maxLength: SHEET_TEXT_MAX })
  @IsString()
  @MaxLength(SHEET_TEXT_MAX)
  @FieldHint(
    '改善策は4000文字以内で入力してください。',
    'Improvements can be up to 4,000 characters.',
  )
  improvements: string;

  @ApiProperty({ maxLength: SHEET_TEXT_MAX })
  @IsString()
  @MaxLength(SHEET_TEXT_MAX)
  @FieldHint(
    '次年度の取組は4000文字以内で入力してください。',
    "Next year's plan can be up to 4,000 characters.",
  )
  nextYearPlan: string;
}

export class SheetSubmitInputDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  @IsInt()
  @Min(1)
  @FieldHint(
    '版の番号が正しくありません。画面を読み込み直してください。',
    'Reload the page: the version is missing.',
  )
  version: number;
}

/** The section's decision: return (a comment is required) or accept (a comment is optional). */
export class SheetReviewInputDto extends SheetSubmitInputDto {
  @ApiProperty({ maxLength: SHEET_COMMENT_MAX, example: '成果の数値の根拠を追記してください。' })
  @IsString()
  @MaxLength(SHEET_COMMENT_MAX)
  @FieldHint(
    'コメントは2000文字以内で入力してください。',
    'A comment can be up to 2,000 characters.',
  )
  comment: string;
}

export class FiscalYearParamsDto {
  @ApiProperty({ type: 'integer', example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2016)
  @Max(2100)
  @FieldHint(
    '年度は西暦4桁（2016以降）で指定してください。',
    'Give the fiscal year with four digits, from 2016.',
  )
  fiscalYear: number;
}

export class SheetListQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 2026, description: 'Default: this fiscal year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2016)
  @Max(2100)
  @FieldHint(
    '年度は西暦4桁（2016以降）で指定してください。',
    'Give the fiscal year with four digits, from 2016.',
  )
  fiscalYear?: number;
}

/** A row of the section's list: one organisation's sheet for the fiscal year. */
export class SheetListRowDto {
  @ApiProperty({ type: OrganisationRefDto })
  organisation: OrganisationRefDto;

  @ApiProperty({ enum: LISTED_SHEET_STATES, enumName: 'ListedSheetState' })
  state: ListedSheetState;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: string | null;

  @ApiProperty({ type: 'integer', description: 'Courses held in the fiscal year' })
  courses: number;

  @ApiProperty({
    type: 'integer',
    isArray: true,
    description: 'The pillars of the courses it held in the fiscal year',
  })
  pillars: number[];
}

export class SheetStateCountDto {
  @ApiProperty({ enum: LISTED_SHEET_STATES, enumName: 'ListedSheetState' })
  state: ListedSheetState;

  @ApiProperty({ type: 'integer' })
  count: number;
}

/** By pillar: who works on it, how many of them have handed in their sheet. */
export class PillarRollupRowDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  pillar: number;

  @ApiProperty({ description: "The plan's title" })
  ja: string;

  @ApiProperty()
  en: string;

  @ApiProperty({ type: 'integer', description: 'Courses held in the fiscal year' })
  courses: number;

  @ApiProperty({ type: 'integer', description: 'Organisations that held them' })
  organisations: number;

  @ApiProperty({ type: 'integer', description: 'Of those, sheets submitted or accepted' })
  handedIn: number;

  @ApiProperty({ type: 'integer', description: 'Of those, sheets accepted' })
  accepted: number;
}

export class SheetListDto {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: [SheetStateCountDto], description: 'Every state, in workflow order' })
  counts: SheetStateCountDto[];

  @ApiProperty({ type: [SheetListRowDto], description: 'City departments first, then partners' })
  rows: SheetListRowDto[];

  @ApiProperty({ type: [PillarRollupRowDto] })
  pillars: PillarRollupRowDto[];
}

/** The organiser's own sheets of a fiscal year: one per organisation they organise for. */
export class OwnSheetListDto {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: [SheetListRowDto] })
  rows: SheetListRowDto[];
}

/** Which sheet: the organisation and the fiscal year (年度, named by the year it begins in). */
export class SheetParamsDto extends FiscalYearParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @FieldHint('団体の指定が正しくありません。', 'The organisation is not valid.')
  organisationId: string;
}
