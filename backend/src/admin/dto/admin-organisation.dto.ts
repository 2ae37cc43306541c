import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUrl, Length, MaxLength } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../reference/reference-data';

export class AdminOrganisationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' })
  kind: OrganisationKind;

  @ApiProperty()
  nameJa: string;

  @ApiProperty()
  nameEn: string;

  @ApiProperty({ type: String, nullable: true })
  websiteUrl: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: 'integer', description: 'People who organise for it.' })
  memberCount: number;

  @ApiProperty({ type: 'integer', description: 'Its courses, in every status.' })
  courseCount: number;
}

export class CreateOrganisationDto {
  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' })
  @IsIn(ORGANISATION_KINDS)
  @FieldHint('団体の種類を選んでください。', 'Choose the kind of organisation.')
  kind: OrganisationKind;

  @ApiProperty({ example: 'つくば市 生涯学習推進課' })
  @IsString()
  @Length(1, 200)
  @FieldHint(
    '団体名（日本語）を200文字以内で入力してください。',
    'Enter the Japanese name (up to 200 characters).',
  )
  nameJa: string;

  @ApiProperty({ example: 'Tsukuba City Lifelong Learning Division' })
  @IsString()
  @Length(1, 200)
  @FieldHint(
    '団体名（英語）を200文字以内で入力してください。',
    'Enter the English name (up to 200 characters).',
  )
  nameEn: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://www.city.tsukuba.lg.jp/' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  @FieldHint(
    'ウェブサイトは https:// で始まるURLで入力してください。',
    'Enter the website as a URL starting with https://.',
  )
  websiteUrl?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '029-883-1111' })
  @IsOptional()
  @IsString()
  @Length(1, 30)
  @FieldHint(
    '電話番号を30文字以内で入力してください。',
    'Enter the phone number (up to 30 characters).',
  )
  phone?: string | null;
}

export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto) {}
