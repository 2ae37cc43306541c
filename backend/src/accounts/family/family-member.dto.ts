import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { IsPlausibleBirthYear } from '../../common/time/birth-year';
import { KANA_PATTERN } from '../dto/me.dto';

export const RELATIONSHIPS = ['child', 'partner', 'parent', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class FamilyMemberDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '佐藤 陽太' })
  name: string;

  @ApiProperty({ example: 'サトウ ヒナタ' })
  nameKana: string;

  @ApiProperty({ example: 2019 })
  birthYear: number;

  @ApiProperty({ enum: RELATIONSHIPS, enumName: 'FamilyRelationship' })
  relationship: Relationship;
}

/** A child (or other family member) a person may bring to parent-and-child courses. */
export class CreateFamilyMemberDto {
  @ApiProperty({ example: '佐藤 陽太', maxLength: 50 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @FieldHint('お名前を50文字以内で入力してください。', 'Enter the name (up to 50 characters).')
  name: string;

  @ApiPropertyOptional({ example: 'サトウ ヒナタ', maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  @Matches(KANA_PATTERN)
  @FieldHint(
    'フリガナはカタカナまたはひらがなで50文字以内で入力してください。',
    'Enter the reading in katakana or hiragana (up to 50 characters).',
  )
  nameKana?: string;

  @ApiProperty({ example: 2019, minimum: 1900 })
  @IsInt()
  @Min(1900)
  @IsPlausibleBirthYear()
  @FieldHint(
    '生まれ年は120年前から今年までの西暦で入力してください。',
    'Enter the birth year, from 120 years ago to this year.',
  )
  birthYear: number;

  @ApiProperty({ enum: RELATIONSHIPS, enumName: 'FamilyRelationship' })
  @IsIn(RELATIONSHIPS)
  @FieldHint(
    '続柄は child（子）、partner（配偶者）、parent（親）、other（その他）から選んでください。',
    'Choose the relationship: child, partner, parent or other.',
  )
  relationship: Relationship;
}

export class UpdateFamilyMemberDto extends PartialType(CreateFamilyMemberDto) {}
