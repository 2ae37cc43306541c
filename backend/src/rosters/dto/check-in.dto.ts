import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { ATTENDANCE_STATUSES, type AttendanceStatus, RosterEntryDto } from './roster.dto';

export class CheckInInputDto {
  @ApiProperty({
    example: 'k7m2q9xd',
    description:
      'The booking code as typed or read from the QR code: case, spaces and the hyphen do not ' +
      'matter (K7M2-Q9XD, k7m2q9xd).',
  })
  @IsString()
  @MaxLength(40)
  @FieldHint(
    '予約番号（8文字、例: K7M2-Q9XD）を入力してください。',
    'Enter the booking code (8 characters, e.g. K7M2-Q9XD).',
  )
  code: string;
}

export class CheckInResultDto {
  @ApiProperty({
    description: 'True when this code had already been checked in: nothing was changed.',
  })
  alreadyCheckedIn: boolean;

  @ApiProperty({ type: RosterEntryDto, description: 'The participant, as on the roster.' })
  entry: RosterEntryDto;

  @ApiProperty({ example: '佐藤 花子さん（3名）の受付が完了しました。' })
  messageJa: string;

  @ApiProperty({ example: 'Sato Hanako (party of 3) is checked in.' })
  messageEn: string;
}

export class AttendanceInputDto {
  @ApiProperty({ enum: ATTENDANCE_STATUSES, enumName: 'AttendanceStatus' })
  @IsIn(ATTENDANCE_STATUSES)
  @FieldHint(
    '出欠は present（出席）、late（遅刻）、absent（欠席）のいずれかです。',
    'Attendance is present, late or absent.',
  )
  status: AttendanceStatus;
}

export class WalkInInputDto {
  @ApiProperty({ example: '山田 さくら' })
  @IsString()
  @Matches(/\S/)
  @MaxLength(100)
  @FieldHint('お名前を100文字以内で入力してください。', 'Enter a name (up to 100 characters).')
  name: string;

  @ApiProperty({ example: 1, minimum: 1, maximum: 20 })
  @IsInt()
  @Min(1)
  @Max(20)
  @FieldHint('人数は1〜20の整数で入力してください。', 'Party size is a whole number from 1 to 20.')
  partySize: number;

  @ApiProperty({ required: false, example: '見学のみ' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @FieldHint('メモは500文字以内で入力してください。', 'Keep the note under 500 characters.')
  note?: string;
}
