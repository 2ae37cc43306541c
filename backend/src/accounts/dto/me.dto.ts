import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ROLES, type Role } from '../../access/principal';
import { FieldHint } from '../../common/errors/validation';
import { IsPlausibleBirthYear } from '../../common/time/birth-year';

export const TSUKUBA_RELATIONS = ['live', 'work', 'study'] as const;
export type TsukubaRelation = (typeof TSUKUBA_RELATIONS)[number];
export const LANGUAGES = ['ja', 'en'] as const;

/** Katakana or hiragana (with the long-vowel mark and spaces), as written in a furigana field. */
export const KANA_PATTERN = /^[\u3041-\u3096\u30A1-\u30FA\u30FC\u30FB\u3000 ]*$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class OrganisationMembershipDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameJa: string;

  @ApiProperty()
  nameEn: string;

  @ApiProperty({ description: 'May invite colleagues to this organisation.' })
  isAdmin: boolean;
}

export class FacilityMembershipDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameJa: string;

  @ApiProperty()
  nameEn: string;
}

/** The signed-in person as they see themselves. */
export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  emailVerified: boolean;

  @ApiProperty({ example: '佐藤' })
  familyName: string;

  @ApiProperty({ example: '花子' })
  givenName: string;

  @ApiProperty({ example: 'サトウ' })
  familyNameKana: string;

  @ApiProperty({ example: 'ハナコ' })
  givenNameKana: string;

  @ApiProperty({ type: Number, nullable: true, example: 1988 })
  birthYear: number | null;

  @ApiProperty({ example: '029-000-0000' })
  phone: string;

  @ApiProperty({ enum: TSUKUBA_RELATIONS, isArray: true, enumName: 'TsukubaRelation' })
  tsukubaRelations: TsukubaRelation[];

  @ApiProperty({ enum: LANGUAGES, enumName: 'PreferredLanguage' })
  preferredLanguage: 'ja' | 'en';

  @ApiProperty({
    enum: ROLES,
    isArray: true,
    enumName: 'Role',
    description: "Effective roles: 'citizen' once the email is verified, plus assigned roles.",
  })
  roles: Role[];

  @ApiProperty({ type: [OrganisationMembershipDto] })
  organisations: OrganisationMembershipDto[];

  @ApiProperty({ type: [FacilityMembershipDto] })
  facilities: FacilityMembershipDto[];
}

export class SessionStateDto {
  @ApiProperty()
  authenticated: boolean;

  @ApiProperty({ type: MeDto, nullable: true })
  user: MeDto | null;
}

/** Profile fields a person may change; every field optional (PATCH). */
export class UpdateProfileDto {
  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @FieldHint('姓を50文字以内で入力してください。', 'Enter your family name (up to 50 characters).')
  familyName?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @FieldHint('名を50文字以内で入力してください。', 'Enter your given name (up to 50 characters).')
  givenName?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  @Matches(KANA_PATTERN)
  @FieldHint(
    'セイ（フリガナ）はカタカナまたはひらがなで50文字以内で入力してください。',
    'Enter the reading of your family name in katakana or hiragana (up to 50 characters).',
  )
  familyNameKana?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  @Matches(KANA_PATTERN)
  @FieldHint(
    'メイ（フリガナ）はカタカナまたはひらがなで50文字以内で入力してください。',
    'Enter the reading of your given name in katakana or hiragana (up to 50 characters).',
  )
  givenNameKana?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1900 })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(1900)
  @IsPlausibleBirthYear()
  @FieldHint(
    '生まれ年は120年前から今年までの西暦で入力してください。',
    'Enter your birth year, from 120 years ago to this year.',
  )
  birthYear?: number | null;

  @ApiPropertyOptional({ maxLength: 20, example: '029-000-0000' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(/^[0-9+\-() ]{0,20}$/)
  @FieldHint(
    '電話番号は数字とハイフンで20文字以内で入力してください。',
    'Enter a phone number with digits and hyphens (up to 20 characters).',
  )
  phone?: string;

  @ApiPropertyOptional({ enum: TSUKUBA_RELATIONS, isArray: true, enumName: 'TsukubaRelation' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(TSUKUBA_RELATIONS, { each: true })
  @FieldHint(
    'つくば市との関わりは「在住」「在勤」「在学」から選んでください。',
    'Choose how you relate to Tsukuba: live, work or study.',
  )
  tsukubaRelations?: TsukubaRelation[];

  @ApiPropertyOptional({ enum: LANGUAGES, enumName: 'PreferredLanguage' })
  @IsOptional()
  @IsIn(LANGUAGES)
  @FieldHint('言語は ja か en を選んでください。', 'Choose ja or en as your language.')
  preferredLanguage?: 'ja' | 'en';
}
