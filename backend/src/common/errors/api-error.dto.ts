import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from './error-registry';

export class LocalizedMessagesDto {
  @ApiProperty({ example: '講座が見つかりません。' })
  ja: string;

  @ApiProperty({ example: 'Course not found.' })
  en: string;
}

export class FieldErrorDto {
  @ApiProperty({ example: 'pillar' })
  field: string;

  @ApiProperty({ example: '柱は1〜5の整数で指定してください。' })
  ja: string;

  @ApiProperty({ example: 'pillar must be a whole number from 1 to 5.' })
  en: string;
}

/** What a reservation collided with (ROOM_ALREADY_RESERVED, FACILITY_CLOSED). */
export class ReservationConflictDto {
  @ApiProperty({ enum: ['course_session', 'hire', 'closure'] })
  kind: 'course_session' | 'hire' | 'closure';

  @ApiProperty({
    description: "The course's title, the hiring group's name or the closure's reason.",
    example: 'シニアのためのスマートフォン教室',
  })
  nameJa: string;

  @ApiProperty({ example: 'Smartphones for seniors' })
  nameEn: string;

  @ApiProperty({ format: 'date-time', description: 'For a closure, the start of its first day.' })
  startsAt: string;

  @ApiProperty({ format: 'date-time', description: 'For a closure, the end of its last day.' })
  endsAt: string;

  @ApiPropertyOptional({ description: 'The room of a reservation in the way (conflicts).' })
  roomNameJa?: string;

  @ApiPropertyOptional()
  roomNameEn?: string;
}

/** The body of every error response. */
export class ApiErrorDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode' })
  code: ErrorCode;

  @ApiProperty({
    description: 'In the language asked for by Accept-Language (Japanese by default).',
  })
  message: string;

  @ApiProperty({ type: LocalizedMessagesDto })
  messages: LocalizedMessagesDto;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  fields?: FieldErrorDto[];

  @ApiPropertyOptional({
    type: ReservationConflictDto,
    description:
      'ROOM_ALREADY_RESERVED and FACILITY_CLOSED: what the reservation collides with. The ' +
      'messages then name it too, with its date and time.',
  })
  conflict?: ReservationConflictDto;

  @ApiPropertyOptional({
    type: [ReservationConflictDto],
    description:
      'CLOSURE_HAS_RESERVATIONS and HOURS_EXCLUDE_RESERVATIONS: the first (up to 10, in time ' +
      'order) of the reservations in the way; the messages name the first three and the count.',
  })
  conflicts?: ReservationConflictDto[];

  @ApiPropertyOptional({ description: 'How many reservations are in the way in all.' })
  conflictCount?: number;
}
