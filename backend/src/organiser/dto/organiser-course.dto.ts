import { ApiProperty } from '@nestjs/swagger';
import { CourseSessionDto } from '../../courses/dto/course-detail.dto';
import { OrganisationRefDto } from '../../courses/dto/course-summary.dto';
import {
  BOOKING_RULES,
  type BookingRule,
  COURSE_STATUSES,
  type CourseStatus,
} from '../../reference/reference-data';

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

  @ApiProperty({ type: 'integer' })
  sessionCount: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  firstSessionStartsAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastSessionEndsAt: string | null;

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

  @ApiProperty({ format: 'date-time' })
  applicationOpensAt: string;

  @ApiProperty({ format: 'date-time' })
  applicationClosesAt: string;

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
