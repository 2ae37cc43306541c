import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import {
  CATEGORIES,
  LIFE_STAGES,
  PILLARS,
  type Category,
  type LifeStage,
} from '../../reference/reference-data';
import { FIGURE_DIMENSIONS, type FigureDimension } from '../figure-definitions';
import { IsFiscalYear } from './evaluation-validators';

/** The filters of the figures, as query parameters (and as an indicator's stored filters). */
export class FigureFiltersDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this organisation’s courses.' })
  @IsOptional()
  @IsUUID()
  @FieldHint('団体の指定が正しくありません。', 'organisationId must be an organisation’s id.')
  organisationId?: string;

  @ApiPropertyOptional({ enum: PILLARS, enumName: 'Pillar', type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsIn(PILLARS)
  @FieldHint('施策の柱は1〜5で指定してください。', 'pillar must be 1 to 5.')
  pillar?: number;

  @ApiPropertyOptional({ enum: LIFE_STAGES, enumName: 'LifeStage' })
  @IsOptional()
  @IsIn(LIFE_STAGES)
  @FieldHint('ライフステージの指定が正しくありません。', 'lifeStage is not a life stage.')
  lifeStage?: LifeStage;

  @ApiPropertyOptional({ enum: CATEGORIES, enumName: 'Category' })
  @IsOptional()
  @IsIn(CATEGORIES)
  @FieldHint('分野の指定が正しくありません。', 'category is not a category.')
  category?: Category;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only courses (or rooms) of this facility.' })
  @IsOptional()
  @IsUUID()
  @FieldHint('施設の指定が正しくありません。', 'facilityId must be a facility’s id.')
  facilityId?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 12,
    description: 'A calendar month of the fiscal year (1 = January of the year after it began).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  @FieldHint('月は1〜12で指定してください。', 'month must be 1 to 12.')
  month?: number;
}

export class FiguresQueryDto extends FigureFiltersDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
    description:
      'The fiscal year (April–March in Japan), by the year it begins. Default: this one.',
  })
  @IsOptional()
  @IsFiscalYear()
  fiscalYear?: number;
}

export class BreakdownQueryDto extends FiguresQueryDto {
  @ApiProperty({ enum: FIGURE_DIMENSIONS, enumName: 'FigureDimension' })
  @IsIn(FIGURE_DIMENSIONS)
  @FieldHint(
    '内訳の種類（organisation, pillar, life_stage, category, facility, month）を指定してください。',
    'by must be organisation, pillar, life_stage, category, facility or month.',
  )
  by: FigureDimension;
}

export class FiscalYearQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
    description: 'The fiscal year (April–March in Japan). Default: this one.',
  })
  @IsOptional()
  @IsFiscalYear()
  fiscalYear?: number;
}
