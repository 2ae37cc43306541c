import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Transform } from 'class-transformer';
import { FieldHint, inheritFieldHints } from '../../common/errors/validation';
import {
  KATAKANA_READING,
  MAX_READING_LENGTH,
  normaliseReading,
} from '../../courses/title-reading';
import {
  AUDIENCES,
  type Audience,
  BOOKING_RULES,
  type BookingRule,
  CATEGORIES,
  type Category,
  LIFE_STAGES,
  type LifeStage,
  GUARDIAN_RULES,
  type GuardianRule,
  PAYMENT_METHODS,
  type PaymentMethod,
  PRIORITY_PROJECTS,
  type PriorityProject,
} from '../../reference/reference-data';
import { LOTTERY_PRIORITIES, type LotteryPriority } from '../../lottery/lottery-draw';
import { COMPLETION_RULES, type CompletionRule } from '../../certificates/completion-rule';

/** Every field of a catalogue course, as an organiser writes it. */
export class CourseInputDto {
  @ApiProperty({ format: 'uuid', description: 'One of the caller’s organisations.' })
  @IsUUID()
  @FieldHint('主催団体を選んでください。', 'Choose the organising organisation.')
  organisationId: string;

  @ApiProperty({ example: 'シニアのためのスマホ教室' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @FieldHint(
    '講座名（日本語）を100文字以内で入力してください。',
    'Enter the Japanese title (up to 100 characters).',
  )
  titleJa: string;

  @ApiProperty()
  @IsString()
  @MaxLength(150)
  @FieldHint(
    '講座名（英語）は150文字以内で入力してください。',
    'The English title can be up to 150 characters.',
  )
  titleEn: string;

  @ApiPropertyOptional({
    example: 'シニアノタメノスマホキョウシツ',
    maxLength: MAX_READING_LENGTH,
    description:
      'The title as it is read, in katakana (hiragana and half-width kana are converted). The open data (イベント一覧, イベント名_カナ) publishes it.',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? normaliseReading(value) : value))
  @IsString()
  @Matches(KATAKANA_READING)
  @MaxLength(MAX_READING_LENGTH)
  @FieldHint(
    '講座名のよみがなは、カタカナ（またはひらがな）200文字以内で入力してください。',
    'Write the reading of the title in katakana (or hiragana), up to 200 characters.',
  )
  titleKana?: string;

  @ApiProperty()
  @IsString()
  @MaxLength(300)
  @FieldHint(
    '概要（日本語）は300文字以内で入力してください。',
    'The Japanese summary can be up to 300 characters.',
  )
  summaryJa: string;

  @ApiProperty()
  @IsString()
  @MaxLength(400)
  @FieldHint(
    '概要（英語）は400文字以内で入力してください。',
    'The English summary can be up to 400 characters.',
  )
  summaryEn: string;

  @ApiProperty()
  @IsString()
  @MaxLength(5000)
  @FieldHint(
    '内容（日本語）は5000文字以内で入力してください。',
    'The Japanese description can be up to 5,000 characters.',
  )
  descriptionJa: string;

  @ApiProperty()
  @IsString()
  @MaxLength(8000)
  @FieldHint(
    '内容（英語）は8000文字以内で入力してください。',
    'The English description can be up to 8,000 characters.',
  )
  descriptionEn: string;

  @ApiProperty({ enum: LIFE_STAGES, enumName: 'LifeStage', isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(LIFE_STAGES.length)
  @ArrayUnique()
  @IsIn(LIFE_STAGES, { each: true })
  @FieldHint('対象のライフステージを1つ以上選んでください。', 'Choose at least one life stage.')
  lifeStages: LifeStage[];

  @ApiProperty({ enum: CATEGORIES, enumName: 'Category' })
  @IsIn(CATEGORIES)
  @FieldHint('分野を選んでください。', 'Choose a category.')
  category: Category;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  @FieldHint('柱は1〜5から選んでください。', 'Choose a pillar from 1 to 5.')
  pillar: number;

  @ApiPropertyOptional({
    enum: PRIORITY_PROJECTS,
    enumName: 'PriorityProject',
    isArray: true,
    description: "The plan's priority projects (重点事業) the course serves. Default none.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PRIORITY_PROJECTS.length)
  @ArrayUnique()
  @IsIn(PRIORITY_PROJECTS, { each: true })
  @FieldHint(
    '重点事業は計画の5つの重点事業から、重複なく選んでください。',
    "Choose priority projects from the plan's five, each at most once.",
  )
  priorityProjects?: PriorityProject[];

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: 120 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  @FieldHint(
    '対象年齢（下限）は0〜120の整数で入力してください。',
    'The minimum age must be a whole number from 0 to 120.',
  )
  targetAgeMin?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: 120 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  @FieldHint(
    '対象年齢（上限）は0〜120の整数で入力してください。',
    'The maximum age must be a whole number from 0 to 120.',
  )
  targetAgeMax?: number | null;

  @ApiProperty({ enum: AUDIENCES, enumName: 'Audience' })
  @IsIn(AUDIENCES)
  @FieldHint(
    '申込できる方（どなたでも・市民のみ・市民優先）を選んでください。',
    'Choose who may apply (everyone, residents only, residents first).',
  )
  audience: Audience;

  @ApiProperty({ type: 'integer', minimum: 0, description: '0 means free' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  @FieldHint(
    '受講料は0以上の整数（円）で入力してください。無料は0です。',
    'Enter the fee in whole yen (0 for free).',
  )
  feeYen: number;

  @ApiProperty()
  @IsBoolean()
  @FieldHint('保育の有無を選んでください。', 'Say whether childcare is offered.')
  childcareOffered: boolean;

  @ApiProperty()
  @IsString()
  @MaxLength(500)
  @FieldHint(
    '持ち物（日本語）は500文字以内で入力してください。',
    'What to bring (Japanese) can be up to 500 characters.',
  )
  whatToBringJa: string;

  @ApiProperty()
  @IsString()
  @MaxLength(800)
  @FieldHint(
    '持ち物（英語）は800文字以内で入力してください。',
    'What to bring (English) can be up to 800 characters.',
  )
  whatToBringEn: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  @FieldHint(
    '講師名（日本語）は200文字以内で入力してください。',
    'Instructor names (Japanese) can be up to 200 characters.',
  )
  instructorNamesJa: string;

  @ApiProperty()
  @IsString()
  @MaxLength(300)
  @FieldHint(
    '講師名（英語）は300文字以内で入力してください。',
    'Instructor names (English) can be up to 300 characters.',
  )
  instructorNamesEn: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'Registered instructors (instructor bank profiles) teaching the course, in order; ' +
      'beside or instead of the free-text names. Left out: the links stay as they are.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  @FieldHint(
    '講師は人材バンクの登録講師から10人まで選べます。',
    'Choose up to 10 registered instructors.',
  )
  instructorProfileIds?: string[];

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  @FieldHint(
    '定員は1〜1000の整数で入力してください。',
    'Capacity must be a whole number from 1 to 1,000.',
  )
  capacity: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 10,
    description:
      'One booking seats at most this many people beyond one (0: one attendee per booking, ' +
      'the booker or one family member).',
  })
  @IsInt()
  @Min(0)
  @Max(10)
  @FieldHint(
    '1件の申込で追加できる人数は0〜10で入力してください。',
    'Extra people per booking must be from 0 to 10.',
  )
  maxCompanions: number;

  @ApiPropertyOptional({
    enum: GUARDIAN_RULES,
    enumName: 'GuardianRule',
    default: 'none',
    description:
      'How guardians take part: none; guardian_present (保護者同伴, not a seat); ' +
      'children_alone (付き添い不可); parent_and_child (親子で参加: the booker attends with a child).',
  })
  @IsOptional()
  @IsIn(GUARDIAN_RULES)
  @FieldHint(
    '保護者の関わり方（指定なし・保護者同伴・付き添い不可・親子で参加）を選んでください。',
    'Choose how guardians take part (no rule, stays with the child, children only, together).',
  )
  guardianRule?: GuardianRule;

  @ApiPropertyOptional({ enum: PAYMENT_METHODS, enumName: 'PaymentMethod', default: 'at_door' })
  @IsOptional()
  @IsIn(PAYMENT_METHODS)
  @FieldHint(
    '参加費の支払い方法（当日会場・事前）を選んでください。',
    'Choose how the fee is paid (at the door or in advance).',
  )
  paymentMethod?: PaymentMethod;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: 60,
    description: 'In advance only: paid at the latest this many days before the first session.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  @FieldHint(
    '支払期限は初回の1〜60日前で入力してください。',
    'The payment deadline is 1 to 60 days before the first session.',
  )
  paymentDeadlineDays?: number | null;

  @ApiPropertyOptional({ description: 'Where and how to pay (Japanese).' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @FieldHint(
    '支払い方法の説明（日本語）は300文字以内で入力してください。',
    'How to pay (Japanese) can be up to 300 characters.',
  )
  paymentNoteJa?: string;

  @ApiPropertyOptional({ description: 'Where and how to pay (English).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @FieldHint(
    '支払い方法の説明（英語）は500文字以内で入力してください。',
    'How to pay (English) can be up to 500 characters.',
  )
  paymentNoteEn?: string;

  @ApiPropertyOptional({
    enum: COMPLETION_RULES,
    enumName: 'CompletionRule',
    default: 'two_thirds',
    description:
      'Who completes the course and receives a certificate: the share of the held sessions ' +
      'attended (all, three quarters, two thirds, half; a one-session course always needs its ' +
      'session), or none (no certificates).',
  })
  @IsOptional()
  @IsIn(COMPLETION_RULES)
  @FieldHint(
    '修了条件（全回・4分の3以上・3分の2以上・半分以上・修了証なし）を選んでください。',
    'Choose the completion rule (all, three quarters, two thirds, half, or no certificates).',
  )
  completionRule?: CompletionRule;

  @ApiPropertyOptional({
    default: true,
    description: 'Whether arriving late counts as attending a session for completion.',
  })
  @IsOptional()
  @IsBoolean()
  @FieldHint(
    '遅刻を出席に数えるかどうかを選んでください。',
    'Choose whether arriving late counts as attending.',
  )
  completionCountsLate?: boolean;

  @ApiProperty({ enum: BOOKING_RULES, enumName: 'BookingRule' })
  @IsIn(BOOKING_RULES)
  @FieldHint('申込方法（先着順・抽選）を選んでください。', 'Choose first come or lottery.')
  bookingRule: BookingRule;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  @FieldHint('申込開始日時を入力してください。', 'Enter when applications open.')
  applicationOpensAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  @FieldHint('申込締切日時を入力してください。', 'Enter when applications close.')
  applicationClosesAt: string;

  @ApiPropertyOptional({
    enum: LOTTERY_PRIORITIES,
    enumName: 'LotteryPriority',
    isArray: true,
    description:
      'Lottery only: who is drawn first, in order of precedence (first_time: never attended a ' +
      'course that has ended; residents: lives, works or studies in Tsukuba). Default none.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LOTTERY_PRIORITIES.length)
  @ArrayUnique()
  @IsIn(LOTTERY_PRIORITIES, { each: true })
  @FieldHint(
    '抽選の優先（初めての方・市内在住/在勤/在学の方）から選んでください。',
    'Choose lottery priorities from first-time participants and Tsukuba residents.',
  )
  lotteryPriorities?: LotteryPriority[];
}

/** A change: any field but the organisation, which a course keeps. */
export class CourseUpdateDto extends PartialType(
  OmitType(CourseInputDto, ['organisationId'] as const),
) {}
inheritFieldHints(CourseUpdateDto, CourseInputDto);

export class DuplicateCourseDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 104, example: 13 })
  @IsInt()
  @Min(1)
  @Max(104)
  @FieldHint(
    '何週間後にずらすかを1〜104の整数で入力してください。',
    'Enter by how many weeks to shift the sessions (1 to 104).',
  )
  shiftWeeks: number;
}
