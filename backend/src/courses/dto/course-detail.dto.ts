import { PaymentDto } from '../../bookings/dto/booking.dto';
import {
  GUARDIAN_RULES,
  type GuardianRule,
  PRIORITY_PROJECTS,
  type PriorityProject,
} from '../../reference/reference-data';
import { InstructorCardDto } from '../../instructors/dto/public-instructor.dto';
import { COMPLETION_RULES, type CompletionRule } from '../../certificates/completion-rule';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { NamedRefDto, OrganisationRefDto, CourseSummaryDto } from './course-summary.dto';

export class SessionRoomDto extends NamedRefDto {
  @ApiProperty({ type: 'integer' })
  capacity: number;
}

export class SessionFacilityDto extends NamedRefDto {
  @ApiProperty()
  addressJa: string;

  @ApiProperty()
  addressEn: string;
}

export class CourseSessionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ type: SessionRoomDto })
  room: SessionRoomDto;

  @ApiProperty({ type: SessionFacilityDto })
  facility: SessionFacilityDto;
}

export class OrganisationDetailDto extends OrganisationRefDto {
  @ApiProperty({ type: String, nullable: true })
  websiteUrl: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
}

/** Who receives a certificate (修了証) once the course has ended. */
export class CourseCompletionDto {
  @ApiProperty({ enum: COMPLETION_RULES, enumName: 'CompletionRule' })
  rule: CompletionRule;

  @ApiProperty({ description: 'Whether arriving late counts as attending.' })
  countsLate: boolean;

  @ApiProperty({ type: 'integer', description: 'Sessions the course holds (not cancelled).' })
  sessions: number;

  @ApiProperty({
    type: 'integer',
    description: 'Sessions to attend for the certificate: 「全3回中2回以上の出席で修了証」.',
  })
  requiredSessions: number;
}

/** Everything the course page shows. */
export class CourseDetailDto extends OmitType(CourseSummaryDto, ['organisation'] as const) {
  @ApiProperty()
  descriptionJa: string;

  @ApiProperty()
  descriptionEn: string;

  @ApiProperty()
  whatToBringJa: string;

  @ApiProperty()
  whatToBringEn: string;

  @ApiProperty()
  instructorNamesJa: string;

  @ApiProperty()
  instructorNamesEn: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  publishedAt: string | null;

  @ApiProperty({ enum: GUARDIAN_RULES, enumName: 'GuardianRule' })
  guardianRule: GuardianRule;

  @ApiProperty({
    enum: PRIORITY_PROJECTS,
    enumName: 'PriorityProject',
    isArray: true,
    description: "The plan's priority projects (重点事業) the course serves.",
  })
  priorityProjects: PriorityProject[];

  @ApiProperty({ description: 'How many people (the booker and/or family) one booking seats.' })
  maxAttendees: number;

  @ApiProperty({ type: PaymentDto, nullable: true, description: 'null: the course is free.' })
  payment: PaymentDto | null;

  @ApiProperty({ type: [CourseSessionDto] })
  sessions: CourseSessionDto[];

  @ApiProperty({
    type: CourseCompletionDto,
    nullable: true,
    description: 'null: the course issues no certificates.',
  })
  completion: CourseCompletionDto | null;

  @ApiProperty({ type: OrganisationDetailDto })
  organisation: OrganisationDetailDto;

  @ApiProperty({
    type: [InstructorCardDto],
    description: 'Registered instructors (instructor bank) linked to the course, in order.',
  })
  instructors: InstructorCardDto[];
}
