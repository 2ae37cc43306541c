import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LabelDto } from '../../bookings/dto/booking.dto';
import { FieldHint } from '../../common/errors/validation';
import { PILLARS } from '../../reference/reference-data';
import {
  AGE_BANDS,
  type AgeBand,
  COMMENT_MAX_LENGTH,
  HEARD_FROM,
  type HeardFrom,
  MAX_ORGANISER_QUESTIONS,
  ORGANISER_QUESTION_KINDS,
  type OrganiserQuestionKind,
  USE_IN,
  type UseIn,
} from '../questionnaire-questions';

// --- questions ------------------------------------------------------------------------------

export class QuestionOptionDto {
  @ApiProperty({ example: '5' })
  value: string;

  @ApiProperty({ type: LabelDto })
  label: LabelDto;
}

/** One of the city's standard questions (the same for every course). */
export class StandardQuestionDto {
  @ApiProperty({ enum: ['satisfaction', 'usefulness', 'useIn', 'heardFrom', 'ageBand', 'comment'] })
  id: 'satisfaction' | 'usefulness' | 'useIn' | 'heardFrom' | 'ageBand' | 'comment';

  @ApiProperty({ enum: ['single', 'multiple', 'text'] })
  kind: 'single' | 'multiple' | 'text';

  @ApiProperty({ type: LabelDto })
  text: LabelDto;

  @ApiProperty()
  required: boolean;

  @ApiProperty({ type: [QuestionOptionDto] })
  options: QuestionOptionDto[];
}

export class OrganiserQuestionDto {
  @ApiProperty({ example: 'o1', description: 'o1 … o5, by position' })
  id: string;

  @ApiProperty({ enum: ORGANISER_QUESTION_KINDS, enumName: 'OrganiserQuestionKind' })
  kind: OrganiserQuestionKind;

  @ApiProperty({ type: LabelDto })
  text: LabelDto;

  @ApiProperty({ type: [LabelDto], description: 'The choices (single / multiple); else empty' })
  options: LabelDto[];

  @ApiProperty()
  required: boolean;
}

export class QuestionLabelInputDto {
  @ApiProperty({ example: '次に受けたい講座のテーマは？' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @FieldHint(
    '日本語の文を200文字以内で入力してください。',
    'Enter the Japanese text (up to 200 characters).',
  )
  ja: string;

  @ApiProperty({ example: 'What would you like to learn next?' })
  @IsString()
  @MaxLength(200)
  @FieldHint(
    '英語の文は200文字以内で入力してください。',
    'The English text can be up to 200 characters.',
  )
  en: string;
}

export class OrganiserQuestionInputDto {
  @ApiProperty({ enum: ORGANISER_QUESTION_KINDS, enumName: 'OrganiserQuestionKind' })
  @IsIn(ORGANISER_QUESTION_KINDS)
  @FieldHint('質問の形式を選んでください。', 'Choose the kind of question.')
  kind: OrganiserQuestionKind;

  @ApiProperty({ type: QuestionLabelInputDto })
  @ValidateNested()
  @Type(() => QuestionLabelInputDto)
  text: QuestionLabelInputDto;

  @ApiProperty({ type: [QuestionLabelInputDto], description: '2–8 for single / multiple; else []' })
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => QuestionLabelInputDto)
  @FieldHint('選択肢は8つまでです。', 'Up to eight choices.')
  options: QuestionLabelInputDto[];

  @ApiProperty()
  @IsBoolean()
  @FieldHint('回答を必須にするかを選んでください。', 'Choose whether an answer is required.')
  required: boolean;
}

export class OrganiserQuestionsInputDto {
  @ApiProperty({ type: [OrganiserQuestionInputDto], maxItems: MAX_ORGANISER_QUESTIONS })
  @IsArray()
  @ArrayMaxSize(MAX_ORGANISER_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => OrganiserQuestionInputDto)
  @FieldHint('独自の質問は5問までです。', 'Up to five questions of your own.')
  questions: OrganiserQuestionInputDto[];
}

// --- the public form ------------------------------------------------------------------------

export const QUESTIONNAIRE_LINK_STATES = ['open', 'answered', 'closed'] as const;
export type QuestionnaireLinkState = (typeof QUESTIONNAIRE_LINK_STATES)[number];

export class QuestionnaireCourseDto {
  @ApiProperty({ type: LabelDto })
  title: LabelDto;

  @ApiProperty({ type: LabelDto })
  organiser: LabelDto;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  firstSessionAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastSessionAt: string | null;
}

/** What the page of a mailed link shows: the questions, or why it can no longer be answered. */
export class QuestionnaireFormDto {
  @ApiProperty({ enum: QUESTIONNAIRE_LINK_STATES, enumName: 'QuestionnaireLinkState' })
  state: QuestionnaireLinkState;

  @ApiProperty({ type: QuestionnaireCourseDto })
  course: QuestionnaireCourseDto;

  @ApiProperty({ format: 'date-time' })
  closesAt: string;

  @ApiProperty({ type: [StandardQuestionDto] })
  standardQuestions: StandardQuestionDto[];

  @ApiProperty({ type: [OrganiserQuestionDto] })
  questions: OrganiserQuestionDto[];
}

export class QuestionnaireAnswerInputDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  @FieldHint('満足度を選んでください。', 'Choose how satisfied you were.')
  satisfaction: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4 })
  @IsInt()
  @Min(1)
  @Max(4)
  @FieldHint('役に立ったかを選んでください。', 'Choose how useful it was.')
  usefulness: number;

  @ApiProperty({ enum: USE_IN, enumName: 'QuestionnaireUseIn', isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(USE_IN, { each: true })
  @FieldHint('選択肢から選んでください。', 'Choose from the options.')
  useIn: UseIn[];

  @ApiProperty({ enum: HEARD_FROM, enumName: 'QuestionnaireHeardFrom', isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(HEARD_FROM, { each: true })
  @FieldHint('選択肢から選んでください。', 'Choose from the options.')
  heardFrom: HeardFrom[];

  @ApiPropertyOptional({
    enum: AGE_BANDS,
    enumName: 'QuestionnaireAgeBand',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsIn(AGE_BANDS)
  @FieldHint('年代を選択肢から選んでください。', 'Choose an age group from the list.')
  ageBand?: AgeBand | null;

  @ApiPropertyOptional({ maxLength: COMMENT_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(COMMENT_MAX_LENGTH)
  @FieldHint('ご意見は1000文字以内でお書きください。', 'Comments can be up to 1,000 characters.')
  comment?: string;

  @ApiPropertyOptional({
    description:
      "Answers to the organiser's questions by id: a choice's index (single), indexes (multiple), 1–5 (scale) or text",
    type: 'object',
    additionalProperties: true,
  })
  @IsOptional()
  @IsObject()
  @FieldHint(
    '独自の質問への回答の形式が正しくありません。',
    'The answers to the other questions are not valid.',
  )
  custom?: Record<string, unknown>;
}

// --- results --------------------------------------------------------------------------------

export class DistributionEntryDto {
  @ApiProperty({ example: '5' })
  value: string;

  @ApiProperty({ type: LabelDto })
  label: LabelDto;

  @ApiProperty({ type: 'integer' })
  count: number;

  @ApiProperty({ description: 'count / answers to this question, 0–1' })
  share: number;
}

export class DistributionDto {
  @ApiProperty({ example: 'satisfaction' })
  id: string;

  @ApiProperty({ type: LabelDto })
  question: LabelDto;

  @ApiProperty({ enum: ['single', 'multiple', 'scale'] })
  kind: 'single' | 'multiple' | 'scale';

  @ApiProperty({ type: 'integer', description: 'Answers that answered this question' })
  answered: number;

  @ApiProperty({ nullable: true, type: Number, description: 'Mean of a 1–N scale; else null' })
  mean: number | null;

  @ApiProperty({ type: [DistributionEntryDto] })
  entries: DistributionEntryDto[];
}

export class TextAnswersDto {
  @ApiProperty({ example: 'comment' })
  id: string;

  @ApiProperty({ type: LabelDto })
  question: LabelDto;

  @ApiProperty({
    type: [String],
    description: 'Without names, in the order of the text (not the order they arrived)',
  })
  texts: string[];
}

/** Totals of at least QUESTIONNAIRE_MIN_ANSWERS answers. */
export class QuestionnaireSummaryDto {
  @ApiProperty({ type: 'integer' })
  answers: number;

  @ApiProperty({ description: 'Mean satisfaction, 1–5' })
  satisfactionMean: number;

  @ApiProperty({ description: 'Share answering 満足 or とても満足, 0–1' })
  satisfiedShare: number;

  @ApiProperty({ description: 'Share answering 役に立った or とても役に立った, 0–1' })
  usefulShare: number;

  @ApiProperty({ type: [DistributionDto] })
  distributions: DistributionDto[];

  @ApiProperty({ type: [TextAnswersDto] })
  texts: TextAnswersDto[];
}

export class QuestionnaireResultsDto {
  @ApiProperty({ type: 'integer', example: 5 })
  minAnswers: number;

  @ApiProperty({ type: 'integer' })
  invited: number;

  @ApiProperty({ type: 'integer' })
  answered: number;

  @ApiProperty({ nullable: true, type: Number, description: 'answered / invited, 0–1' })
  responseRate: number | null;

  @ApiProperty({
    type: QuestionnaireSummaryDto,
    nullable: true,
    description: 'null until at least minAnswers answers exist',
  })
  summary: QuestionnaireSummaryDto | null;
}

export const QUESTIONNAIRE_STATES = ['not_sent', 'open', 'closed'] as const;
export type QuestionnaireState = (typeof QUESTIONNAIRE_STATES)[number];

/** The organiser's questionnaire tab of a course: its own questions and the results. */
export class OrganiserQuestionnaireDto {
  @ApiProperty({ enum: QUESTIONNAIRE_STATES, enumName: 'QuestionnaireState' })
  state: QuestionnaireState;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the last session ends: the invitations go then',
  })
  lastSessionEndsAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  invitedAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  closesAt: string | null;

  @ApiProperty({ description: 'The own questions may change until the first answer' })
  editable: boolean;

  @ApiProperty({ type: 'integer', example: MAX_ORGANISER_QUESTIONS })
  maxQuestions: number;

  @ApiProperty({ type: [StandardQuestionDto] })
  standardQuestions: StandardQuestionDto[];

  @ApiProperty({ type: [OrganiserQuestionDto] })
  questions: OrganiserQuestionDto[];

  @ApiProperty({ type: QuestionnaireResultsDto })
  results: QuestionnaireResultsDto;
}

// --- the city's report ----------------------------------------------------------------------

export class CityReportQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 2026, description: 'Default: this fiscal year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  @FieldHint('年度は西暦4桁で指定してください。', 'Give the fiscal year with four digits.')
  fiscalYear?: number;
}

/** Figures of a group (an organisation, a pillar, a course): null below the threshold. */
export class ReportRowDto {
  @ApiProperty({ example: 'a3b0…', description: 'organisation or course id, or the pillar number' })
  key: string;

  @ApiProperty({ type: LabelDto })
  name: LabelDto;

  @ApiPropertyOptional({ type: LabelDto, description: 'courses: the organisation' })
  organisation?: LabelDto;

  @ApiPropertyOptional({ enum: PILLARS, type: 'integer', description: 'courses: the pillar' })
  pillar?: number;

  @ApiProperty({ type: 'integer', description: 'Courses whose questionnaire went out' })
  courses: number;

  @ApiProperty({
    type: 'integer',
    description: 'Courses with at least minAnswers answers (counted)',
  })
  coursesCounted: number;

  @ApiProperty({ type: 'integer' })
  invited: number;

  @ApiProperty({ type: 'integer' })
  answered: number;

  @ApiProperty({ nullable: true, type: Number })
  responseRate: number | null;

  @ApiProperty({
    type: 'integer',
    description: 'Answers counted in the figures (of courses counted)',
  })
  answersCounted: number;

  @ApiProperty({ nullable: true, type: Number })
  satisfactionMean: number | null;

  @ApiProperty({ nullable: true, type: Number })
  satisfiedShare: number | null;

  @ApiProperty({ nullable: true, type: Number })
  usefulShare: number | null;
}

export class CityQuestionnaireReportDto {
  @ApiProperty({ type: 'integer', example: 2026 })
  fiscalYear: number;

  @ApiProperty({ type: [Number], description: 'Fiscal years with questionnaires, newest first' })
  fiscalYears: number[];

  @ApiProperty({ type: 'integer', example: 5 })
  minAnswers: number;

  @ApiProperty({ type: ReportRowDto })
  total: ReportRowDto;

  @ApiProperty({
    type: QuestionnaireSummaryDto,
    nullable: true,
    description: 'Distributions over the counted courses (comments left out)',
  })
  summary: QuestionnaireSummaryDto | null;

  @ApiProperty({ type: [ReportRowDto] })
  byOrganisation: ReportRowDto[];

  @ApiProperty({ type: [ReportRowDto] })
  byPillar: ReportRowDto[];

  @ApiProperty({ type: [ReportRowDto] })
  byCourse: ReportRowDto[];
}
