import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { FACILITY_KINDS, type FacilityKind } from '../../reference/reference-data';

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export class CreateFacilityDto {
  @ApiProperty({ enum: FACILITY_KINDS, enumName: 'FacilityKind' })
  @IsIn(FACILITY_KINDS)
  @FieldHint('施設の種類を選んでください。', 'Choose the kind of facility.')
  kind: FacilityKind;

  @ApiProperty({ example: '吾妻交流センター' })
  @IsString()
  @Length(1, 200)
  @FieldHint(
    '施設名（日本語）を200文字以内で入力してください。',
    'Enter the Japanese name (up to 200 characters).',
  )
  nameJa: string;

  @ApiProperty({ example: 'Azuma Community Centre' })
  @IsString()
  @Length(1, 200)
  @FieldHint(
    '施設名（英語）を200文字以内で入力してください。',
    'Enter the English name (up to 200 characters).',
  )
  nameEn: string;

  @ApiProperty({ example: '305-0031' })
  @Matches(/^[0-9]{3}-[0-9]{4}$/)
  @FieldHint('郵便番号は 305-0031 の形で入力してください。', 'Enter the postcode as 305-0031.')
  postalCode: string;

  @ApiProperty({ example: 'つくば市吾妻1-10-1' })
  @IsString()
  @Length(1, 300)
  @FieldHint('住所（日本語）を入力してください。', 'Enter the address in Japanese.')
  addressJa: string;

  @ApiProperty({ example: '1-10-1 Azuma, Tsukuba' })
  @IsString()
  @Length(1, 300)
  @FieldHint('住所（英語）を入力してください。', 'Enter the address in English.')
  addressEn: string;

  @ApiProperty({ example: '029-851-0001' })
  @IsString()
  @Length(1, 30)
  @FieldHint(
    '電話番号を30文字以内で入力してください。',
    'Enter the phone number (up to 30 characters).',
  )
  phone: string;

  @ApiProperty({ example: 36.0835 })
  @IsNumber({ maxDecimalPlaces: 6 })
  @Min(-90)
  @Max(90)
  @FieldHint(
    '緯度を -90〜90 の数値で入力してください。',
    'Enter the latitude as a number from -90 to 90.',
  )
  latitude: number;

  @ApiProperty({ example: 140.1114 })
  @IsNumber({ maxDecimalPlaces: 6 })
  @Min(-180)
  @Max(180)
  @FieldHint(
    '経度を -180〜180 の数値で入力してください。',
    'Enter the longitude as a number from -180 to 180.',
  )
  longitude: number;

  @ApiProperty({ example: '09:00' })
  @Matches(TIME)
  @FieldHint('開館時刻は 09:00 の形で入力してください。', 'Enter the opening time as 09:00.')
  opensAt: string;

  @ApiProperty({ example: '21:30' })
  @Matches(TIME)
  @FieldHint(
    '閉館時刻は 21:30 の形で、開館時刻より後にしてください。',
    'Enter the closing time as 21:30, after the opening time.',
  )
  closesAt: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @FieldHint(
    '交通案内は500文字以内で入力してください。',
    'Keep the directions under 500 characters.',
  )
  accessJa?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @FieldHint(
    '交通案内は500文字以内で入力してください。',
    'Keep the directions under 500 characters.',
  )
  accessEn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @FieldHint(
    '駐車場の案内は200文字以内で入力してください。',
    'Keep the parking note under 200 characters.',
  )
  parkingJa?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @FieldHint(
    '駐車場の案内は200文字以内で入力してください。',
    'Keep the parking note under 200 characters.',
  )
  parkingEn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @FieldHint(
    '休館日の案内は200文字以内で入力してください。',
    'Keep the closing-days note under 200 characters.',
  )
  closedNoteJa?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @FieldHint(
    '休館日の案内は200文字以内で入力してください。',
    'Keep the closing-days note under 200 characters.',
  )
  closedNoteEn?: string;
}

export class UpdateFacilityDto extends PartialType(CreateFacilityDto) {}

export class AdminFacilityDto extends CreateFacilityDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  declare accessJa: string;

  @ApiProperty()
  declare accessEn: string;

  @ApiProperty()
  declare parkingJa: string;

  @ApiProperty()
  declare parkingEn: string;

  @ApiProperty()
  declare closedNoteJa: string;

  @ApiProperty()
  declare closedNoteEn: string;

  @ApiProperty({ type: 'integer' })
  roomCount: number;

  @ApiProperty({ type: 'integer', description: 'People who are staff of it.' })
  staffCount: number;
}
