import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import {
  CATEGORIES,
  type Category,
  LIFE_STAGES,
  type LifeStage,
  TIMES_OF_DAY,
  type TimeOfDay,
} from '../../reference/reference-data';
import {
  FEE_TYPES,
  type FeeType,
  LEARNER_LEVELS,
  type LearnerLevel,
  PROFILE_KINDS,
  type ProfileKind,
  TEACHING_LANGUAGES,
  type TeachingLanguage,
} from '../instructor-reference';
import { LearningHistoryItemDto, QualificationDto } from './profile-content.dto';

/** A card: enough to recognise an instructor and link to their page (course pages, picker). */
export class InstructorCardDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PROFILE_KINDS })
  kind: ProfileKind;

  @ApiProperty()
  displayName: string;

  @ApiPropertyOptional({ description: 'Absent when not given.' })
  displayNameEn?: string;

  @ApiPropertyOptional({ description: 'Only when the photo is public.' })
  photoUrl?: string;

  @ApiProperty({ enum: CATEGORIES, isArray: true })
  fields: Category[];
}

/** One directory entry: public fields only. */
export class InstructorSummaryDto extends InstructorCardDto {
  @ApiProperty()
  titleJa: string;

  @ApiProperty()
  titleEn: string;

  @ApiProperty({ type: [String] })
  keywords: string[];

  @ApiProperty({ enum: LIFE_STAGES, isArray: true })
  lifeStages: LifeStage[];

  @ApiProperty({ enum: TEACHING_LANGUAGES, isArray: true })
  languages: TeachingLanguage[];

  @ApiProperty()
  online: boolean;

  @ApiPropertyOptional({ enum: FEE_TYPES, description: 'Only when the fee is public.' })
  feeType?: FeeType;
}

export class InstructorListDto {
  @ApiProperty({ type: [InstructorSummaryDto] })
  items: InstructorSummaryDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  pageSize: number;
}

export class AreaDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameJa: string;

  @ApiProperty()
  nameEn: string;
}

export class InstructorCourseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  titleJa: string;

  @ApiProperty()
  titleEn: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  firstSessionStartsAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastSessionEndsAt: string | null;

  @ApiProperty({ description: 'A session is still to come.' })
  upcoming: boolean;
}

/**
 * An instructor's page. The optional parts are present only when the applicant made them
 * public, or when the caller is an organiser or reviewer (`view: organisers`). No contact detail
 * is ever part of it.
 */
export class InstructorDetailDto extends InstructorSummaryDto {
  @ApiProperty({ enum: ['public', 'organisers'] })
  view: 'public' | 'organisers';

  @ApiProperty()
  registrationNumber: string;

  @ApiProperty({ format: 'date' })
  validUntil: string;

  @ApiPropertyOptional()
  displayNameKana?: string;

  @ApiPropertyOptional()
  descriptionJa?: string;

  @ApiPropertyOptional()
  descriptionEn?: string;

  @ApiProperty({ type: 'integer', nullable: true })
  audienceAgeMin: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  audienceAgeMax: number | null;

  @ApiProperty({ enum: LEARNER_LEVELS, isArray: true })
  levels: LearnerLevel[];

  @ApiPropertyOptional({ type: [QualificationDto] })
  qualifications?: QualificationDto[];

  @ApiPropertyOptional()
  activityRecordJa?: string;

  @ApiPropertyOptional()
  activityRecordEn?: string;

  @ApiPropertyOptional({ type: [LearningHistoryItemDto] })
  learningHistory?: LearningHistoryItemDto[];

  @ApiPropertyOptional({ type: [AreaDto] })
  areas?: AreaDto[];

  @ApiPropertyOptional()
  anyArea?: boolean;

  @ApiPropertyOptional({ type: [Number] })
  weekdays?: number[];

  @ApiPropertyOptional({ enum: TIMES_OF_DAY, isArray: true })
  timeBands?: TimeOfDay[];

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  feeAmountYen?: number | null;

  @ApiPropertyOptional()
  transportNote?: string;

  @ApiPropertyOptional()
  equipmentBring?: string;

  @ApiPropertyOptional()
  equipmentNeed?: string;

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  groupMemberCount?: number | null;

  @ApiPropertyOptional()
  groupRepresentative?: string;

  @ApiProperty({ type: [InstructorCourseDto], description: 'Courses they teach or taught.' })
  courses: InstructorCourseDto[];

  @ApiProperty({ type: 'integer', description: 'The city’s lead time for requests, in days.' })
  requestLeadDays: number;

  @ApiProperty({
    format: 'date',
    description: 'The earliest Japan date a request’s date option may fall on (today + lead time).',
  })
  earliestRequestDate: string;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === true ? true : value === 'false' || value === false ? false : value;

export class InstructorQueryDto {
  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Keyword(s) in Japanese or English; parts of words match; spaces mean AND.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @FieldHint(
    'キーワードは100文字以内で入力してください。',
    'Keywords must be at most 100 characters.',
  )
  q?: string;

  @ApiPropertyOptional({ enum: CATEGORIES })
  @IsOptional()
  @IsIn(CATEGORIES)
  @FieldHint('分野の指定が正しくありません。', 'field is not a known category.')
  field?: Category;

  @ApiPropertyOptional({ enum: LIFE_STAGES })
  @IsOptional()
  @IsIn(LIFE_STAGES)
  @FieldHint('ライフステージの指定が正しくありません。', 'lifeStage is not a known life stage.')
  lifeStage?: LifeStage;

  @ApiPropertyOptional({ format: 'uuid', description: 'A community centre (facility id).' })
  @IsOptional()
  @IsUUID()
  @FieldHint('地域の指定が正しくありません。', 'area must be a facility id.')
  area?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 6 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(6)
  @FieldHint('曜日は0（日）〜6（土）です。', 'weekday is 0 (Sunday) to 6 (Saturday).')
  weekday?: number;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsIn([true, false])
  @FieldHint('online は true か false です。', 'online must be true or false.')
  online?: boolean;

  @ApiPropertyOptional({ enum: FEE_TYPES })
  @IsOptional()
  @IsIn(FEE_TYPES)
  @FieldHint('謝礼の種類の指定が正しくありません。', 'feeType is not a known fee type.')
  feeType?: FeeType;

  @ApiPropertyOptional({ enum: TEACHING_LANGUAGES })
  @IsOptional()
  @IsIn(TEACHING_LANGUAGES)
  @FieldHint('言語の指定が正しくありません。', 'language is not a known language.')
  language?: TeachingLanguage;

  @ApiPropertyOptional({ type: 'integer', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  @FieldHint('ページは1〜1000の整数です。', 'page must be a whole number from 1 to 1000.')
  page?: number;
}

export class PickerQueryDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @FieldHint(
    'キーワードは100文字以内で入力してください。',
    'Keywords must be at most 100 characters.',
  )
  q?: string;
}
