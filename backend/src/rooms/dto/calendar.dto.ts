import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const CLOSURE_KINDS = ['year_end', 'public_holiday', 'maintenance', 'other'] as const;
export type ClosureKind = (typeof CLOSURE_KINDS)[number];
/** A closed day as calendars show it: a dated closure, or a day of a weekly closing rule. */
export const CLOSED_DAY_KINDS = [...CLOSURE_KINDS, 'weekly'] as const;
export type ClosedDayKind = (typeof CLOSED_DAY_KINDS)[number];

export class ClosureDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-12-29', description: 'First closed day (Japan date).' })
  from: string;

  @ApiProperty({ example: '2027-01-03', description: 'Last closed day, inclusive.' })
  to: string;

  @ApiProperty({
    enum: CLOSED_DAY_KINDS,
    enumName: 'ClosureKind',
    description:
      'weekly: one day of a weekly closing rule (its id is the rule, from = to = the day); ' +
      'only in calendars and availability, never in the list of dated closures.',
  })
  kind: ClosedDayKind;

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

/** A weekly closing day (毎週月曜休館) from a first day, to a last day or open ended. */
export class WeeklyClosureDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 6,
    description: '0 = Sunday, 1 = Monday … 6 = Saturday.',
  })
  weekday: number;

  @ApiProperty({ example: '2027-04-01', description: 'First day the rule applies (Japan date).' })
  from: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Last day, inclusive; null: open ended.',
  })
  to: string | null;

  @ApiProperty({ example: '毎週月曜日休館' })
  reasonJa: string;

  @ApiProperty({ example: 'Closed every Monday' })
  reasonEn: string;
}

/** A facility's closures as its public page shows them. */
export class PublicClosuresDto {
  @ApiProperty({
    type: [WeeklyClosureDto],
    description: 'Weekly closing days in force today or later, by weekday.',
  })
  weekly: WeeklyClosureDto[];

  @ApiProperty({
    type: [ClosureDto],
    description: 'Dated closures from today, for the next half year, in date order.',
  })
  upcoming: ClosureDto[];
}
