import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
} from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import {
  CATEGORIES,
  type Category,
  LIFE_STAGES,
  type LifeStage,
  PRIORITY_PROJECTS,
  type PriorityProject,
  TIMES_OF_DAY,
  type TimeOfDay,
} from '../../reference/reference-data';
import { IsCalendarDate } from './is-calendar-date';

export const COURSE_SORTS = ['soonest', 'newest', 'title'] as const;
export type CourseSort = (typeof COURSE_SORTS)[number];

/** 'true' and 'false' become booleans; anything else stays as sent and fails validation. */
const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === true ? true : value === 'false' || value === false ? false : value;

/** weekday=1&weekday=3 or weekday=1,3 → [1, 3]; non-numbers stay and fail validation. */
const toIntegerList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value])
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => (/^-?\d+$/.test(item) ? Number(item) : item));

export class CourseQueryDto {
  @ApiPropertyOptional({
    description: 'Keyword(s) in Japanese or English; parts of words match; spaces mean AND.',
    maxLength: 100,
    example: 'スマホ',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @FieldHint(
    'キーワードは100文字以内で入力してください。',
    'Keywords must be at most 100 characters.',
  )
  q?: string;

  @ApiPropertyOptional({
    enum: LIFE_STAGES,
    description: 'Courses for this life stage (courses for all ages are included).',
  })
  @IsOptional()
  @IsIn(LIFE_STAGES)
  @FieldHint(
    'ライフステージは parenting, youth, career, seniors, all_ages のいずれかです。',
    'lifeStage must be one of parenting, youth, career, seniors, all_ages.',
  )
  lifeStage?: LifeStage;

  @ApiPropertyOptional({ enum: CATEGORIES })
  @IsOptional()
  @IsIn(CATEGORIES)
  @FieldHint('分野の指定が正しくありません。', 'category is not a known category.')
  category?: Category;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  @FieldHint('柱は1〜5で指定してください。', 'pillar must be between 1 and 5.')
  pillar?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  @FieldHint('施設の指定が正しくありません。', 'facilityId must be a facility id (UUID).')
  facilityId?: string;

  @ApiPropertyOptional({
    enum: PRIORITY_PROJECTS,
    description: 'Courses tagged with this priority project of the plan (重点事業).',
  })
  @IsOptional()
  @IsIn(PRIORITY_PROJECTS)
  @FieldHint(
    '重点事業の指定が正しくありません。',
    'priorityProject is not one of the plan’s priority projects.',
  )
  priorityProject?: PriorityProject;

  @ApiPropertyOptional({
    description: 'First day (YYYY-MM-DD, Japan time). Default: today.',
    example: '2026-12-01',
  })
  @IsOptional()
  @Validate(IsCalendarDate)
  @FieldHint(
    '開始日は 2026-12-01 の形式の日付で入力してください。',
    'from must be a date such as 2026-12-01.',
  )
  from?: string;

  @ApiPropertyOptional({ description: 'Last day, inclusive (YYYY-MM-DD, Japan time).' })
  @IsOptional()
  @Validate(IsCalendarDate)
  @FieldHint(
    '終了日は 2026-12-31 の形式の日付で入力してください。',
    'to must be a date such as 2026-12-31.',
  )
  to?: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'integer', minimum: 0, maximum: 6 },
    description: 'Weekdays, 0 = Sunday … 6 = Saturday; repeat or separate with commas.',
  })
  @IsOptional()
  @Transform(toIntegerList)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  @FieldHint(
    '曜日は0（日）〜6（土）で指定してください。',
    'weekday must be 0 (Sunday) to 6 (Saturday).',
  )
  weekday?: number[];

  @ApiPropertyOptional({ enum: TIMES_OF_DAY })
  @IsOptional()
  @IsIn(TIMES_OF_DAY)
  @FieldHint(
    '時間帯は morning, afternoon, evening のいずれかです。',
    'timeOfDay must be morning, afternoon or evening.',
  )
  timeOfDay?: TimeOfDay;

  @ApiPropertyOptional({ type: Boolean, description: 'true: free courses only.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  @FieldHint('freeOnly は true か false です。', 'freeOnly must be true or false.')
  freeOnly?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'true: courses with seats left only.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  @FieldHint('hasSeats は true か false です。', 'hasSeats must be true or false.')
  hasSeats?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'true: courses offering childcare (保育).' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  @FieldHint('childcare は true か false です。', 'childcare must be true or false.')
  childcare?: boolean;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: only courses taking applications (bookings or lottery entries) now.',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  @FieldHint('openNow は true か false です。', 'openNow must be true or false.')
  openNow?: boolean;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 120,
    description: 'Courses whose target age range includes this age.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(120)
  @FieldHint('年齢は0〜120の整数で入力してください。', 'age must be a whole number from 0 to 120.')
  age?: number;

  @ApiPropertyOptional({ enum: COURSE_SORTS, default: 'soonest' })
  @IsOptional()
  @IsIn(COURSE_SORTS)
  @FieldHint(
    '並び順は soonest, newest, title のいずれかです。',
    'sort must be soonest, newest or title.',
  )
  sort?: CourseSort;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  @FieldHint('ページは1以上の整数です。', 'page must be a whole number from 1.')
  page?: number;

  @ApiPropertyOptional({
    description:
      "The previous page's nextCursor, when asking for the page after it: the page then starts " +
      'where that one ended instead of counting its way there (the same courses, faster on deep ' +
      'pages). Ignored unless it was given for the page before this one with the same filters.',
    maxLength: 400,
  })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  @Matches(/^[A-Za-z0-9_-]+$/)
  @FieldHint(
    'after は前のページの nextCursor です。',
    "after must be the previous page's nextCursor.",
  )
  after?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  @FieldHint('1ページの件数は1〜100です。', 'pageSize must be from 1 to 100.')
  pageSize?: number;
}
