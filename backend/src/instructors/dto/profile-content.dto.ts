import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
  IsDefined,
} from 'class-validator';
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
  VISIBILITIES,
  type Visibility,
  WEEKDAYS,
} from '../instructor-reference';

export class QualificationDto {
  @ApiProperty({ example: '日本茶インストラクター' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @FieldHint(
    '資格・免許の名称を100文字以内で入力してください。',
    'Enter the name (up to 100 characters).',
  )
  name: string;

  @ApiProperty({ example: 'NPO法人日本茶インストラクター協会' })
  @IsString()
  @MaxLength(100)
  @FieldHint('発行元は100文字以内で入力してください。', 'The issuer can be up to 100 characters.')
  issuer: string;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 2015 })
  @IsOptional()
  @IsInt()
  @Min(1940)
  @Max(2100)
  @FieldHint('取得年は西暦4桁で入力してください。', 'Enter the year with four digits.')
  year?: number | null;
}

export class LearningHistoryItemDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  @FieldHint('講座の指定が正しくありません。', 'The course id is not valid.')
  courseId?: string | null;

  @ApiProperty({ example: '筑波山の星空観察入門' })
  @IsString()
  @MinLength(1)
  @MaxLength(150)
  @FieldHint(
    '講座名を150文字以内で入力してください。',
    'Enter the course title (up to 150 characters).',
  )
  title: string;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 2025 })
  @IsOptional()
  @IsInt()
  @Min(1940)
  @Max(2100)
  @FieldHint('受講年は西暦4桁で入力してください。', 'Enter the year with four digits.')
  year?: number | null;
}

/** Who may see each optional part of the profile ('public' or 'organisers'). */
export class ProfileVisibilityDto {
  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES)
  @FieldHint('公開範囲を選んでください。', 'Choose who may see this.')
  displayNameKana: Visibility;

  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES)
  @FieldHint('公開範囲を選んでください。', 'Choose who may see this.')
  description: Visibility;

  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES)
  @FieldHint('公開範囲を選んでください。', 'Choose who may see this.')
  qualifications: Visibility;

  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES)
  @FieldHint('公開範囲を選んでください。', 'Choose who may see this.')
  activityRecord: Visibility;

  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES)
  @FieldHint('公開範囲を選んでください。', 'Choose who may see this.')
  learningHistory: Visibility;

  @ApiProperty({ enum: VISIBILITIES, description: 'Areas, weekdays and time bands.' })
  @IsIn(VISIBILITIES)
  @FieldHint('公開範囲を選んでください。', 'Choose who may see this.')
  availability: Visibility;

  @ApiProperty({ enum: VISIBILITIES, description: 'Fee type, amount and transport.' })
  @IsIn(VISIBILITIES)
  @FieldHint('公開範囲を選んでください。', 'Choose who may see this.')
  fee: Visibility;

  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES)
  @FieldHint('公開範囲を選んでください。', 'Choose who may see this.')
  equipment: Visibility;

  @ApiProperty({ enum: VISIBILITIES, description: 'A group’s member count and representative.' })
  @IsIn(VISIBILITIES)
  @FieldHint('公開範囲を選んでください。', 'Choose who may see this.')
  group: Visibility;

  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES)
  @FieldHint('公開範囲を選んでください。', 'Choose who may see this.')
  photo: Visibility;
}

/**
 * The whole profile as the applicant writes it (PUT /api/me/instructor-profile), and as the
 * applicant and reviewers read it back. Contact details are not part of it: they stay on the
 * account and are shown only to the other party of an accepted request.
 */
export class ProfileContentDto {
  @ApiProperty({ enum: PROFILE_KINDS })
  @IsIn(PROFILE_KINDS)
  @FieldHint('個人か団体かを選んでください。', 'Choose individual or group.')
  kind: ProfileKind;

  @ApiProperty({ example: '星野 昭', description: 'The person’s or the group’s name.' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  @FieldHint(
    '表示名を60文字以内で入力してください。',
    'Enter the display name (up to 60 characters).',
  )
  displayName: string;

  @ApiProperty({ example: 'ほしの あきら' })
  @IsString()
  @MaxLength(80)
  @FieldHint(
    'ふりがなは80文字以内で入力してください。',
    'The kana reading can be up to 80 characters.',
  )
  displayNameKana: string;

  @ApiProperty({ example: 'Akira Hoshino' })
  @IsString()
  @MaxLength(80)
  @FieldHint(
    '英語の表示名は80文字以内で入力してください。',
    'The English name can be up to 80 characters.',
  )
  displayNameEn: string;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Groups: members.' })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(10000)
  @FieldHint('会員数は2以上の数で入力してください。', 'Enter the number of members (2 or more).')
  groupMemberCount?: number | null;

  @ApiProperty({ description: 'Groups: the representative’s name (代表者).' })
  @IsString()
  @MaxLength(60)
  @FieldHint(
    '代表者名は60文字以内で入力してください。',
    'The representative can be up to 60 characters.',
  )
  groupRepresentative: string;

  @ApiProperty({ enum: CATEGORIES, isArray: true })
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIn(CATEGORIES, { each: true })
  @FieldHint('分野は5つまで選べます。', 'Choose up to 5 fields.')
  fields: Category[];

  @ApiProperty({ type: [String], example: ['天体観測', '星空', '望遠鏡'] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  @FieldHint(
    'キーワードは10個まで、各30文字以内です。',
    'Up to 10 keywords of up to 30 characters.',
  )
  keywords: string[];

  @ApiProperty({ example: '筑波山で星空を楽しむ天体観察入門' })
  @IsString()
  @MaxLength(100)
  @FieldHint(
    '指導内容の題名を100文字以内で入力してください。',
    'Enter the title (up to 100 characters).',
  )
  titleJa: string;

  @ApiProperty()
  @IsString()
  @MaxLength(150)
  @FieldHint(
    '英語の題名は150文字以内で入力してください。',
    'The English title can be up to 150 characters.',
  )
  titleEn: string;

  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  @FieldHint(
    '指導内容は2000文字以内で入力してください。',
    'The description can be up to 2000 characters.',
  )
  descriptionJa: string;

  @ApiProperty()
  @IsString()
  @MaxLength(3000)
  @FieldHint(
    '英語の説明は3000文字以内で入力してください。',
    'The English description can be up to 3000 characters.',
  )
  descriptionEn: string;

  @ApiProperty({ enum: LIFE_STAGES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(LIFE_STAGES, { each: true })
  @FieldHint('対象のライフステージを選んでください。', 'Choose the life stages.')
  lifeStages: LifeStage[];

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  @FieldHint('対象年齢は0〜120で入力してください。', 'Ages are 0 to 120.')
  audienceAgeMin?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  @FieldHint('対象年齢は0〜120で入力してください。', 'Ages are 0 to 120.')
  audienceAgeMax?: number | null;

  @ApiProperty({ enum: LEARNER_LEVELS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(LEARNER_LEVELS, { each: true })
  @FieldHint('初心者・経験者を選んでください。', 'Choose beginners and/or experienced.')
  levels: LearnerLevel[];

  @ApiProperty({ type: [QualificationDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => QualificationDto)
  qualifications: QualificationDto[];

  @ApiProperty({ description: '活動実績 (teaching and activity record).' })
  @IsString()
  @MaxLength(2000)
  @FieldHint(
    '活動実績は2000文字以内で入力してください。',
    'The record can be up to 2000 characters.',
  )
  activityRecordJa: string;

  @ApiProperty()
  @IsString()
  @MaxLength(3000)
  @FieldHint(
    '英語の活動実績は3000文字以内で入力してください。',
    'The English record can be up to 3000 characters.',
  )
  activityRecordEn: string;

  @ApiProperty({ type: [LearningHistoryItemDto], description: '学習歴: courses attended.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LearningHistoryItemDto)
  learningHistory: LearningHistoryItemDto[];

  @ApiProperty({ enum: TEACHING_LANGUAGES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(TEACHING_LANGUAGES, { each: true })
  @FieldHint('指導できる言語を選んでください。', 'Choose the languages you can teach in.')
  languages: TeachingLanguage[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Community centres (facility ids) where they can teach.',
  })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  @FieldHint('活動地域には交流センターを選んでください。', 'Choose community centres as areas.')
  areaFacilityIds: string[];

  @ApiProperty({ description: 'Anywhere in Tsukuba.' })
  @IsDefined()
  @IsIn([true, false])
  @FieldHint(
    '市内どこでも可かどうかを選んでください。',
    'Say whether anywhere in the city is fine.',
  )
  anyArea: boolean;

  @ApiProperty({ description: 'Can teach online.' })
  @IsDefined()
  @IsIn([true, false])
  @FieldHint('オンライン可かどうかを選んでください。', 'Say whether online is possible.')
  online: boolean;

  @ApiProperty({ type: [Number], enum: WEEKDAYS, description: '0 = Sunday … 6 = Saturday.' })
  @IsArray()
  @ArrayUnique()
  @IsIn(WEEKDAYS, { each: true })
  @FieldHint('曜日を選んでください。', 'Choose weekdays.')
  weekdays: number[];

  @ApiProperty({ enum: TIMES_OF_DAY, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(TIMES_OF_DAY, { each: true })
  @FieldHint('時間帯を選んでください。', 'Choose time bands.')
  timeBands: TimeOfDay[];

  @ApiProperty({ enum: FEE_TYPES })
  @IsIn(FEE_TYPES)
  @FieldHint('謝礼の種類を選んでください。', 'Choose the fee type.')
  feeType: FeeType;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Yen per session.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000000)
  @FieldHint('金額は1〜1,000,000円で入力してください。', 'Enter 1 to 1,000,000 yen.')
  feeAmountYen?: number | null;

  @ApiProperty({ description: 'Transport (交通費) in words.' })
  @IsString()
  @MaxLength(200)
  @FieldHint('交通費は200文字以内で入力してください。', 'Transport can be up to 200 characters.')
  transportNote: string;

  @ApiProperty({ description: 'Equipment they bring.' })
  @IsString()
  @MaxLength(500)
  @FieldHint('持参する機材は500文字以内で入力してください。', 'Up to 500 characters.')
  equipmentBring: string;

  @ApiProperty({ description: 'Equipment they need from the host.' })
  @IsString()
  @MaxLength(500)
  @FieldHint('必要な機材は500文字以内で入力してください。', 'Up to 500 characters.')
  equipmentNeed: string;

  @ApiProperty({ type: ProfileVisibilityDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ProfileVisibilityDto)
  visibility: ProfileVisibilityDto;
}
