import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LabelDto } from '../../bookings/dto/booking.dto';
import { FieldHint } from '../../common/errors/validation';
import { PILLARS } from '../../reference/reference-data';
import { FIGURE_KEYS, type FigureKey } from '../figure-definitions';
import { GRADES, type Grade } from '../indicator-progress';
import { FigureFiltersDto } from './evaluation-query.dto';
import { IsFiscalYear, IsIndicatorValue } from './evaluation-validators';

/** What the section enters for an indicator (create and replace). */
export class IndicatorInputDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @FieldHint(
    '指標名（日本語）を200字以内で入力してください。',
    'Enter the Japanese name (up to 200 characters).',
  )
  nameJa: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @FieldHint(
    '指標名（英語）を200字以内で入力してください。',
    'Enter the English name (up to 200 characters).',
  )
  nameEn: string;

  @ApiProperty({ enum: PILLARS, enumName: 'Pillar', type: 'integer' })
  @IsIn(PILLARS)
  @FieldHint('施策の柱を選んでください。', 'Choose the pillar.')
  pillar: number;

  @ApiProperty({ maxLength: 20, example: '%' })
  @IsString()
  @MaxLength(20)
  @FieldHint(
    '単位（日本語）は20字以内で入力してください。',
    'The Japanese unit takes up to 20 characters.',
  )
  unitJa: string;

  @ApiProperty({ maxLength: 20, example: '%' })
  @IsString()
  @MaxLength(20)
  @FieldHint(
    '単位（英語）は20字以内で入力してください。',
    'The English unit takes up to 20 characters.',
  )
  unitEn: string;

  @ApiProperty({ enum: ['higher', 'lower'], enumName: 'IndicatorDirection' })
  @IsIn(['higher', 'lower'])
  @FieldHint(
    '「高いほどよい」か「低いほどよい」を選んでください。',
    'Choose higher or lower is better.',
  )
  direction: 'higher' | 'lower';

  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2100 })
  @IsFiscalYear(
    '基準年度は2000〜2100の整数で入力してください。',
    'The baseline year is a whole number from 2000 to 2100.',
  )
  baselineFiscalYear: number;

  @ApiProperty()
  @IsIndicatorValue(
    '基準値を数値（小数点以下2桁まで）で入力してください。',
    'Enter the baseline as a number (up to 2 decimals).',
  )
  baselineValue: number;

  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2100 })
  @IsFiscalYear(
    '目標年度は2000〜2100の整数で入力してください。',
    'The target year is a whole number from 2000 to 2100.',
  )
  targetFiscalYear: number;

  @ApiProperty()
  @IsIndicatorValue(
    '目標値を数値（小数点以下2桁まで）で入力してください。',
    'Enter the target as a number (up to 2 decimals).',
  )
  targetValue: number;

  @ApiProperty({ enum: ['figure', 'manual'], enumName: 'IndicatorSource' })
  @IsIn(['figure', 'manual'])
  @FieldHint(
    '実績の出し方（集計値か手入力）を選んでください。',
    'Choose where the actual comes from: a figure or manual entry.',
  )
  source: 'figure' | 'manual';

  @ApiPropertyOptional({ enum: FIGURE_KEYS, enumName: 'FigureKey', nullable: true, type: String })
  @ValidateIf((input: IndicatorInputDto) => input.source === 'figure')
  @IsIn(FIGURE_KEYS)
  @FieldHint('集計値を選んでください。', 'Choose the figure.')
  figureKey?: FigureKey | null;

  @ApiPropertyOptional({ type: FigureFiltersDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => FigureFiltersDto)
  figureFilters?: FigureFiltersDto;

  @ApiPropertyOptional({ description: 'Shown as デモ (demo data).' })
  @IsOptional()
  @IsBoolean()
  isDemo?: boolean;
}

/** A value entered by hand for one fiscal year, with its source (市民意識調査 …). */
export class ManualValueInputDto {
  @ApiProperty()
  @IsIndicatorValue(
    '実績値を数値（小数点以下2桁まで）で入力してください。',
    'Enter the value as a number (up to 2 decimals).',
  )
  value: number;

  @ApiProperty({ maxLength: 200, example: '令和8年度 つくば市民意識調査' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @FieldHint(
    '出典（日本語）を200字以内で入力してください。',
    'Enter the source in Japanese (up to 200 characters).',
  )
  sourceJa: string;

  @ApiProperty({ maxLength: 200, example: 'Tsukuba citizen survey FY2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @FieldHint(
    '出典（英語）を200字以内で入力してください。',
    'Enter the source in English (up to 200 characters).',
  )
  sourceEn: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @FieldHint('備考は500字以内で入力してください。', 'The note takes up to 500 characters.')
  note?: string;
}

export class ThresholdsDto {
  @ApiProperty({
    description: '順調 at or above this percent of the year’s milestone (default 100).',
  })
  @Type(() => Number)
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(1000)
  @FieldHint(
    '「順調」の基準を1〜1000（%）で入力してください。',
    'Enter the on-track threshold, 1 to 1000 (%).',
  )
  onTrackPercent: number;

  @ApiProperty({ description: '概ね順調 at or above this percent (default 80), below on track.' })
  @Type(() => Number)
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.1)
  @Max(999.9)
  @FieldHint(
    '「概ね順調」の基準を「順調」より小さい正の数（%）で入力してください。',
    'Enter the nearly-on-track threshold: a positive percent below the on-track one.',
  )
  nearlyOnTrackPercent: number;
}

export class ManualValueDto {
  @ApiProperty()
  value: number;

  @ApiProperty({ type: LabelDto })
  source: LabelDto;

  @ApiProperty()
  note: string;

  @ApiProperty({ format: 'date-time' })
  enteredAt: string;
}

export class IndicatorYearDto {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: Number, nullable: true })
  actual: number | null;

  @ApiProperty({ description: 'The straight line from baseline to target, in this year.' })
  milestone: number;

  @ApiProperty({ type: Number, nullable: true, description: '達成率 (%).' })
  achievementRate: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '進捗率 toward the target (%).' })
  progress: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Progress toward this year’s milestone (%).',
  })
  milestoneProgress: number | null;

  @ApiProperty({ enum: GRADES, enumName: 'IndicatorGrade', nullable: true, type: String })
  grade: Grade | null;

  @ApiProperty({ type: LabelDto, nullable: true })
  gradeLabel: LabelDto | null;

  @ApiProperty({ type: ManualValueDto, nullable: true })
  manual: ManualValueDto | null;
}

export class IndicatorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: LabelDto })
  name: LabelDto;

  @ApiProperty({ type: 'integer' })
  pillar: number;

  @ApiProperty({ type: LabelDto })
  unit: LabelDto;

  @ApiProperty({ enum: ['higher', 'lower'], enumName: 'IndicatorDirection' })
  direction: 'higher' | 'lower';

  @ApiProperty({ type: 'integer' })
  baselineFiscalYear: number;

  @ApiProperty()
  baselineValue: number;

  @ApiProperty({ type: 'integer' })
  targetFiscalYear: number;

  @ApiProperty()
  targetValue: number;

  @ApiProperty({ enum: ['figure', 'manual'], enumName: 'IndicatorSource' })
  source: 'figure' | 'manual';

  @ApiProperty({ enum: FIGURE_KEYS, enumName: 'FigureKey', nullable: true, type: String })
  figureKey: FigureKey | null;

  @ApiProperty({ type: FigureFiltersDto })
  figureFilters: FigureFiltersDto;

  @ApiProperty({ type: LabelDto, nullable: true, description: 'The figure’s definition.' })
  figureDefinition: LabelDto | null;

  @ApiProperty()
  isDemo: boolean;

  @ApiProperty({ type: IndicatorYearDto, description: 'The fiscal year asked for.' })
  year: IndicatorYearDto;

  @ApiProperty({
    type: [IndicatorYearDto],
    description: 'Every fiscal year from the baseline to the later of the target and this one.',
  })
  history: IndicatorYearDto[];
}

export class IndicatorListDto {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: ThresholdsDto })
  thresholds: ThresholdsDto;

  @ApiProperty({ type: [IndicatorDto] })
  indicators: IndicatorDto[];
}
