import { ApiProperty } from '@nestjs/swagger';
import { CourseSessionDto } from '../../courses/dto/course-detail.dto';
import { OrganisationRefDto } from '../../courses/dto/course-summary.dto';
import {
  BOOKING_RULES,
  type BookingRule,
  COURSE_STATUSES,
  type CourseStatus,
} from '../../reference/reference-data';

/**
 * Where a course stands now: its status, and for a published course whether it is still to come
 * (open), has begun (running) or is over (finished), by its sessions and the clock.
 */
export const COURSE_PHASES = ['draft', 'open', 'running', 'finished', 'cancelled'] as const;
export type CoursePhase = (typeof COURSE_PHASES)[number];

/** Whether applications are taken now (by the course's window alone, whatever its status). */
export const APPLICATION_WINDOWS = ['not_open_yet', 'open', 'closed'] as const;
export type ApplicationWindow = (typeof APPLICATION_WINDOWS)[number];

/** One of the organiser's own courses, in any status (drafts included). */
export class OrganiserCourseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  titleJa: string;

  @ApiProperty()
  titleEn: string;

  @ApiProperty({ enum: COURSE_STATUSES, enumName: 'CourseStatus' })
  status: CourseStatus;

  @ApiProperty({
    enum: COURSE_PHASES,
    enumName: 'CoursePhase',
    description: 'The real state now: a published course whose last session has ended is finished.',
  })
  phase: CoursePhase;

  @ApiProperty({ enum: APPLICATION_WINDOWS, enumName: 'ApplicationWindow' })
  applicationWindow: ApplicationWindow;

  @ApiProperty({ type: OrganisationRefDto })
  organisation: OrganisationRefDto;

  @ApiProperty({ enum: BOOKING_RULES, enumName: 'BookingRule' })
  bookingRule: BookingRule;

  @ApiProperty({ type: 'integer' })
  capacity: number;

  @ApiProperty({ type: 'integer' })
  bookedCount: number;

  @ApiProperty({ type: 'integer' })
  feeYen: number;

  @ApiProperty({ type: 'integer', description: 'Seats asked for on the waiting list.' })
  waitingCount: number;

  @ApiProperty({ type: 'integer', description: 'Seats asked for in lottery applications.' })
  appliedCount: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description:
      'Confirmed bookings checked in (present or late) at the sessions held so far, over every ' +
      'confirmed booking at each of them; null before a session with bookings has been held.',
  })
  attendanceRate: number | null;

  @ApiProperty({ type: 'integer' })
  sessionCount: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  firstSessionStartsAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastSessionEndsAt: string | null;

  @ApiProperty({ format: 'date-time' })
  applicationOpensAt: string;

  @ApiProperty({ format: 'date-time' })
  applicationClosesAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: string | null;
}

export class OrganiserCourseDetailDto extends OrganiserCourseDto {
  @ApiProperty()
  summaryJa: string;

  @ApiProperty()
  summaryEn: string;

  @ApiProperty()
  descriptionJa: string;

  @ApiProperty()
  descriptionEn: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "The course's picture as its organisers may fetch it (a draft's too); null without one.",
    example: '/api/organiser/courses/0b6f…/image?v=3f2a9c01b2d4',
  })
  imageUrl: string | null;

  @ApiProperty({ type: [CourseSessionDto] })
  sessions: CourseSessionDto[];
}
