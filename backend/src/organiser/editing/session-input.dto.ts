import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  Validate,
} from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { IsCalendarDate } from '../../courses/dto/is-calendar-date';

/** One session at a given time in a given room (also a session's new time and room). */
export class SessionInputDto {
  @ApiProperty({ format: 'date-time', example: '2027-01-14T10:00:00+09:00' })
  @IsDateString({ strict: true })
  @FieldHint('開始日時を入力してください。', 'Enter when the session starts.')
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2027-01-14T11:30:00+09:00' })
  @IsDateString({ strict: true })
  @FieldHint('終了日時を入力してください。', 'Enter when the session ends.')
  endsAt: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @FieldHint('部屋を選んでください。', 'Choose a room.')
  roomId: string;
}

export const SERIES_FREQUENCIES = ['weekly', 'biweekly'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

/** A weekly or fortnightly series, in Japan time, ending after a count or on a date. */
export class SessionSeriesDto {
  @ApiProperty({ format: 'date', example: '2027-01-14', description: 'Japan date of the first.' })
  @Validate(IsCalendarDate)
  @FieldHint(
    '初回の日付を入力してください（例：2027-01-14）。',
    'Enter the date of the first session (e.g. 2027-01-14).',
  )
  firstDate: string;

  @ApiProperty({ example: '10:00', description: 'Japan time, HH:MM.' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/)
  @FieldHint(
    '開始時刻を「10:00」の形で入力してください。',
    'Enter the start time as HH:MM, e.g. 10:00.',
  )
  startTime: string;

  @ApiProperty({ type: 'integer', minimum: 15, maximum: 720 })
  @IsInt()
  @Min(15)
  @Max(720)
  @FieldHint('1回の長さは15〜720分で入力してください。', 'Each session lasts 15 to 720 minutes.')
  durationMinutes: number;

  @ApiProperty({ enum: SERIES_FREQUENCIES })
  @IsIn(SERIES_FREQUENCIES)
  @FieldHint('毎週か隔週かを選んでください。', 'Choose weekly or every other week.')
  frequency: SeriesFrequency;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 52,
    description: 'Sessions in all (skipped dates do not count).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  @FieldHint('回数は1〜52で入力してください。', 'The number of sessions must be from 1 to 52.')
  count?: number;

  @ApiPropertyOptional({ format: 'date', description: 'Last possible Japan date (inclusive).' })
  @IsOptional()
  @Validate(IsCalendarDate)
  @FieldHint(
    '最終日を日付で入力してください（例：2027-03-31）。',
    'Enter the last date (e.g. 2027-03-31).',
  )
  until?: string;

  @ApiPropertyOptional({ type: [String], format: 'date', description: 'Japan dates to skip.' })
  @IsOptional()
  @ArrayMaxSize(52)
  @Validate(IsCalendarDate, { each: true })
  @FieldHint('休みにする日を日付で入力してください。', 'Enter the dates to skip as dates.')
  skipDates?: string[];

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @FieldHint('部屋を選んでください。', 'Choose a room.')
  roomId: string;
}
