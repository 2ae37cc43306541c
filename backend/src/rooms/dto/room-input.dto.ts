import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
} from 'class-validator';
import { Type } from 'class-transformer';
import { FieldHint, inheritFieldHints } from '../../common/errors/validation';
import { IsCalendarDate } from '../../courses/dto/is-calendar-date';
import { ROOM_EQUIPMENT, type RoomEquipment } from '../../reference/reference-data';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An instant with its offset, e.g. 2026-12-01T10:00:00+09:00 (Z also accepted). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export class RoomInputDto {
  @ApiProperty({ example: '第1会議室' })
  @IsString()
  @Matches(/\S/)
  @MaxLength(60)
  @FieldHint(
    '部屋の名前（日本語）を60文字以内で入力してください。',
    'Enter the Japanese room name (up to 60 characters).',
  )
  nameJa: string;

  @ApiProperty({ example: 'Meeting room 1' })
  @IsString()
  @Matches(/\S/)
  @MaxLength(60)
  @FieldHint(
    '部屋の名前（英語）を60文字以内で入力してください。',
    'Enter the English room name (up to 60 characters).',
  )
  nameEn: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  @FieldHint(
    '定員は1〜1000の整数で入力してください。',
    'Capacity must be a whole number from 1 to 1000.',
  )
  capacity: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 100000,
    description: 'Room hire per 30 minutes, in yen.',
  })
  @IsInt()
  @Min(0)
  @Max(100000)
  @FieldHint(
    '30分あたりの使用料は0〜100000円の整数で入力してください。',
    'The fee per 30 minutes must be a whole number of yen from 0 to 100000.',
  )
  feePer30MinYen: number;

  @ApiProperty({ enum: ROOM_EQUIPMENT, enumName: 'RoomEquipment', isArray: true })
  @IsIn(ROOM_EQUIPMENT, { each: true })
  @FieldHint('設備は一覧から選んでください。', 'Choose the equipment from the list.')
  equipment: RoomEquipment[];

  @ApiProperty()
  @IsBoolean()
  @FieldHint(
    '車いす対応は「はい」か「いいえ」で指定してください。',
    'wheelchairAccessible must be true or false.',
  )
  wheelchairAccessible: boolean;

  @ApiProperty({ description: 'A hearing loop (ヒアリングループ) is installed.' })
  @IsBoolean()
  @FieldHint(
    'ヒアリングループは「はい」か「いいえ」で指定してください。',
    'hearingLoop must be true or false.',
  )
  hearingLoop: boolean;

  @ApiProperty({ type: 'integer', minimum: -3, maximum: 30 })
  @IsInt()
  @Min(-3)
  @Max(30)
  @FieldHint(
    '階は-3〜30の整数で入力してください。',
    'The floor must be a whole number from -3 to 30.',
  )
  floor: number;
}

export class RoomUpdateDto extends PartialType(RoomInputDto) {}
// A room's edit answers with the same per-field messages as a new room.
inheritFieldHints(RoomUpdateDto, RoomInputDto);

export class OpeningHoursInputDto {
  @ApiProperty({ example: '09:00', description: 'Japan time, HH:MM.' })
  @Matches(HH_MM)
  @FieldHint('開館時刻は 09:00 の形式で入力してください。', 'Opening time must look like 09:00.')
  opensAt: string;

  @ApiProperty({ example: '22:00', description: 'Japan time, HH:MM; after opensAt.' })
  @Matches(HH_MM)
  @FieldHint('閉館時刻は 22:00 の形式で入力してください。', 'Closing time must look like 22:00.')
  closesAt: string;

  @ApiProperty({ description: 'Closed on Japanese public holidays (closures are generated).' })
  @IsBoolean()
  @FieldHint(
    '祝日の休館は「はい」か「いいえ」で指定してください。',
    'closedOnPublicHolidays must be true or false.',
  )
  closedOnPublicHolidays: boolean;
}

export const STAFF_CLOSURE_KINDS = ['maintenance', 'other'] as const;

export class ClosureInputDto {
  @ApiProperty({ example: '2027-02-15', description: 'First closed day (Japan date).' })
  @Validate(IsCalendarDate)
  @FieldHint(
    '開始日は 2027-02-15 の形式の日付で入力してください。',
    'from must be a date such as 2027-02-15.',
  )
  from: string;

  @ApiProperty({ example: '2027-02-16', description: 'Last closed day, inclusive.' })
  @Validate(IsCalendarDate)
  @FieldHint(
    '終了日は 2027-02-16 の形式の日付で、開始日以降にしてください。',
    'to must be a date such as 2027-02-16, not before from.',
  )
  to: string;

  @ApiProperty({
    enum: STAFF_CLOSURE_KINDS,
    description: 'Year-end and public-holiday closures are generated, not entered.',
  })
  @IsIn(STAFF_CLOSURE_KINDS)
  @FieldHint(
    '種類は「保守点検」か「その他」を選んでください。',
    'kind must be maintenance or other.',
  )
  kind: (typeof STAFF_CLOSURE_KINDS)[number];

  @ApiProperty({ example: '空調設備点検のため休館' })
  @IsString()
  @Matches(/\S/)
  @MaxLength(100)
  @FieldHint(
    '休館の理由（日本語）を100文字以内で入力してください。',
    'Enter the reason in Japanese (up to 100 characters).',
  )
  reasonJa: string;

  @ApiProperty({ example: 'Closed for air-conditioning maintenance' })
  @IsString()
  @Matches(/\S/)
  @MaxLength(100)
  @FieldHint(
    '休館の理由（英語）を100文字以内で入力してください。',
    'Enter the reason in English (up to 100 characters).',
  )
  reasonEn: string;
}

export class WeeklyClosureInputDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 6,
    example: 1,
    description: '0 = Sunday … 6 = Saturday.',
  })
  @IsInt()
  @Min(0)
  @Max(6)
  @FieldHint('曜日を選んでください。', 'Choose a weekday.')
  weekday: number;

  @ApiProperty({ example: '2027-04-01', description: 'First day the rule applies (Japan date).' })
  @Validate(IsCalendarDate)
  @FieldHint(
    '開始日は 2027-04-01 の形式の日付で入力してください。',
    'from must be a date such as 2027-04-01.',
  )
  from: string;

  @ApiPropertyOptional({
    example: '2028-03-31',
    description: 'Last day, inclusive; leave out for no end.',
  })
  @IsOptional()
  @Validate(IsCalendarDate)
  @FieldHint(
    '終了日は 2028-03-31 の形式の日付で、開始日以降にしてください（終わりがなければ空欄）。',
    'to must be a date such as 2028-03-31, not before from (leave it out for no end).',
  )
  to?: string;

  @ApiPropertyOptional({
    example: '毎週月曜日休館',
    description: 'Shown to residents; 「毎週○曜日休館」 when left out.',
  })
  @IsOptional()
  @IsString()
  @Matches(/\S/)
  @MaxLength(100)
  @FieldHint(
    '休館の理由（日本語）は100文字以内で入力してください。',
    'The reason in Japanese is up to 100 characters.',
  )
  reasonJa?: string;

  @ApiPropertyOptional({
    example: 'Closed every Monday',
    description: 'Shown to residents; "Closed every <weekday>" when left out.',
  })
  @IsOptional()
  @IsString()
  @Matches(/\S/)
  @MaxLength(100)
  @FieldHint(
    '休館の理由（英語）は100文字以内で入力してください。',
    'The reason in English is up to 100 characters.',
  )
  reasonEn?: string;
}

export class HireInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @FieldHint('部屋を選んでください。', 'Choose a room.')
  roomId: string;

  @ApiProperty({
    example: '吾妻コーラスの会',
    description: 'The circle or meeting (not a person).',
  })
  @IsString()
  @MinLength(1)
  @Matches(/\S/)
  @MaxLength(100)
  @FieldHint(
    '団体名を100文字以内で入力してください。',
    'Enter the group name (up to 100 characters).',
  )
  groupName: string;

  @ApiPropertyOptional({ example: '定例練習' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @FieldHint('利用目的は200文字以内で入力してください。', 'Keep the purpose under 200 characters.')
  purpose?: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T10:00:00+09:00' })
  @IsISO8601({ strict: true })
  @Matches(INSTANT)
  @FieldHint(
    '開始日時は 2026-12-01T10:00:00+09:00 の形式で入力してください。',
    'startsAt must look like 2026-12-01T10:00:00+09:00.',
  )
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T12:00:00+09:00' })
  @IsISO8601({ strict: true })
  @Matches(INSTANT)
  @FieldHint(
    '終了日時は 2026-12-01T12:00:00+09:00 の形式で、開始より後にしてください。',
    'endsAt must look like 2026-12-01T12:00:00+09:00 and be after startsAt.',
  )
  endsAt: string;
}

export class CalendarQueryDto {
  @ApiProperty({ example: '2026-12-01', description: 'First day (Japan date).' })
  @Validate(IsCalendarDate)
  @FieldHint(
    '開始日は 2026-12-01 の形式の日付で入力してください。',
    'from must be a date such as 2026-12-01.',
  )
  from: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 7, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(7)
  @FieldHint('日数は1〜7の整数で指定してください。', 'days must be a whole number from 1 to 7.')
  days?: number;
}

export class AvailabilityQueryDto {
  @ApiProperty({ example: '2026-12-01', description: 'The day (Japan date).' })
  @Validate(IsCalendarDate)
  @FieldHint(
    '日付は 2026-12-01 の形式で入力してください。',
    'date must be a date such as 2026-12-01.',
  )
  date: string;
}

export class ClosureRangeQueryDto {
  @ApiProperty({ example: '2026-12-01', description: 'First day (Japan date).' })
  @Validate(IsCalendarDate)
  @FieldHint(
    '開始日は 2026-12-01 の形式の日付で入力してください。',
    'from must be a date such as 2026-12-01.',
  )
  from: string;

  @ApiProperty({ example: '2027-03-31', description: 'Last day, inclusive.' })
  @Validate(IsCalendarDate)
  @FieldHint(
    '終了日は 2027-03-31 の形式の日付で入力してください。',
    'to must be a date such as 2027-03-31.',
  )
  to: string;
}
