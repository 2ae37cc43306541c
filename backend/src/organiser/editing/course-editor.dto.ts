import { ApiProperty, OmitType } from '@nestjs/swagger';
import { CourseSessionDto } from '../../courses/dto/course-detail.dto';
import { OrganisationRefDto } from '../../courses/dto/course-summary.dto';
import { InstructorCardDto } from '../../instructors/dto/public-instructor.dto';
import { COURSE_STATUSES, type CourseStatus } from '../../reference/reference-data';
import { CourseInputDto } from './course-input.dto';
import { COMPLETION_RULES, type CompletionRule } from '../../certificates/completion-rule';

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export class EditorSessionDto extends CourseSessionDto {
  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'SessionStatus' })
  status: SessionStatus;
}

/** A course as its organiser edits it: every field, in any status, with every session. */
export class CourseEditorDto extends OmitType(CourseInputDto, ['organisationId'] as const) {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: COURSE_STATUSES, enumName: 'CourseStatus' })
  status: CourseStatus;

  @ApiProperty({ type: OrganisationRefDto })
  organisation: OrganisationRefDto;

  @ApiProperty({ type: 'integer' })
  bookedCount: number;

  @ApiProperty({ enum: COMPLETION_RULES, enumName: 'CompletionRule' })
  declare completionRule: CompletionRule;

  @ApiProperty()
  declare completionCountsLate: boolean;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the completion job decided the course (status finished).',
  })
  finishedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: string | null;

  @ApiProperty({ type: [EditorSessionDto] })
  sessions: EditorSessionDto[];

  @ApiProperty({ type: [InstructorCardDto], description: 'The linked registered instructors.' })
  instructors: InstructorCardDto[];
}

export class CourseWarningDto {
  @ApiProperty({ example: 'ROOM_SMALLER_THAN_CAPACITY' })
  code: string;

  @ApiProperty()
  ja: string;

  @ApiProperty()
  en: string;
}

/** A change's result, with what the organiser should know but that does not stop it. */
export class CourseEditorResultDto {
  @ApiProperty({ type: CourseEditorDto })
  course: CourseEditorDto;

  @ApiProperty({ type: [CourseWarningDto] })
  warnings: CourseWarningDto[];
}
