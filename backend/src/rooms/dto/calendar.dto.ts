import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const CLOSURE_KINDS = ['year_end', 'public_holiday', 'maintenance', 'other'] as const;
export type ClosureKind = (typeof CLOSURE_KINDS)[number];

export class ClosureDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-12-29', description: 'First closed day (Japan date).' })
  from: string;

  @ApiProperty({ example: '2027-01-03', description: 'Last closed day, inclusive.' })
  to: string;

  @ApiProperty({ enum: CLOSURE_KINDS, enumName: 'ClosureKind' })
  kind: ClosureKind;

  @ApiProperty({ example: '年末年始休館（12月29日〜1月3日）' })
  reasonJa: string;

  @ApiProperty({ example: 'Closed for the New Year (29 Dec – 3 Jan)' })
  reasonEn: string;
}

export class ReservedCourseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  titleJa: string;

  @ApiProperty({ description: 'The Japanese title when there is no English one.' })
  titleEn: string;

  @ApiProperty({ format: 'uuid', description: 'The session: its roster and check-in page.' })
  sessionId: string;
}

export class ReservationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['course_session', 'hire'], enumName: 'ReservationKind' })
  kind: 'course_session' | 'hire';

  @ApiProperty({ format: 'uuid' })
  roomId: string;

  @ApiProperty()
  roomNameJa: string;

  @ApiProperty()
  roomNameEn: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiPropertyOptional({ type: ReservedCourseDto, description: 'For a course session.' })
  course?: ReservedCourseDto;

  @ApiPropertyOptional({ description: 'For a hire: the circle or meeting.' })
  groupName?: string;

  @ApiProperty({ description: 'For a hire: what the room is used for (may be empty).' })
  purpose: string;
}

export class CalendarDto {
  @ApiProperty({ format: 'uuid' })
  facilityId: string;

  @ApiProperty({ example: '2026-12-01' })
  from: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 7 })
  days: number;

  @ApiProperty({ example: '09:00' })
  opensAt: string;

  @ApiProperty({ example: '22:00' })
  closesAt: string;

  @ApiProperty({ type: [ReservationDto], description: 'In time order, then by room.' })
  reservations: ReservationDto[];

  @ApiProperty({ type: [ClosureDto], description: 'Closures touching the range.' })
  closures: ClosureDto[];
}

export class FreeIntervalDto {
  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;
}

export class RoomAvailabilityDto {
  @ApiProperty({ format: 'uuid' })
  roomId: string;

  @ApiProperty()
  nameJa: string;

  @ApiProperty()
  nameEn: string;

  @ApiProperty({ type: 'integer' })
  capacity: number;

  @ApiProperty({ type: [FreeIntervalDto], description: 'Free within the opening hours.' })
  free: FreeIntervalDto[];
}

export class AvailabilityDto {
  @ApiProperty({ format: 'uuid' })
  facilityId: string;

  @ApiProperty({ example: '2026-12-01' })
  date: string;

  @ApiProperty({ example: '09:00' })
  opensAt: string;

  @ApiProperty({ example: '22:00' })
  closesAt: string;

  @ApiPropertyOptional({ type: ClosureDto, description: 'Set when the facility is closed.' })
  closure?: ClosureDto;

  @ApiProperty({ type: [RoomAvailabilityDto] })
  rooms: RoomAvailabilityDto[];
}
