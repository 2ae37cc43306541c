import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction } from '../../audit/audit-action';
import { MeDto } from '../dto/me.dto';
import { FamilyMemberDto } from '../family/family-member.dto';
import { ExportedLearnedCourseDto } from '../../learning/dto/learning-record.dto';
import { ProfileContentDto } from '../../instructors/dto/profile-content.dto';
import { PROFILE_STATUSES, type ProfileStatus } from '../../instructors/instructor-reference';

/** The person's instructor bank profile (人材バンク), as they wrote it and as it was approved. */
export class ExportedInstructorProfileDto {
  @ApiProperty({ enum: PROFILE_STATUSES })
  status: ProfileStatus;

  @ApiProperty({ type: String, nullable: true })
  registrationNumber: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  validUntil: string | null;

  @ApiProperty({ type: ProfileContentDto })
  content: ProfileContentDto;

  @ApiProperty({ type: ProfileContentDto, nullable: true })
  approvedContent: ProfileContentDto | null;

  @ApiProperty({ type: 'integer', description: 'Requests sent to the person as an instructor.' })
  requestsReceived: number;
}

export class ExportedRoleDto {
  @ApiProperty()
  role: string;

  @ApiProperty({ type: String, nullable: true })
  organisationNameJa: string | null;

  @ApiProperty({ type: String, nullable: true })
  facilityNameJa: string | null;

  @ApiProperty()
  isOrganisationAdmin: boolean;

  @ApiProperty({ format: 'date-time' })
  grantedAt: string;
}

export class ExportedSessionDto {
  @ApiProperty()
  userAgent: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  lastSeenAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;
}

export class ExportedAuditEntryDto {
  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  action: AuditAction;

  @ApiProperty({
    enum: ['you', 'city_staff', 'system'],
    description:
      'Who acted; staff are not named to the person (their own data is shown, not ours).',
  })
  actor: 'you' | 'city_staff' | 'system';
}

/** Everything tsumugu holds about a person (APPI disclosure), as one JSON document. */
export class AccountExportDto {
  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ type: MeDto })
  profile: MeDto;

  @ApiProperty({ format: 'date-time' })
  accountCreatedAt: string;

  @ApiProperty({ type: [FamilyMemberDto] })
  familyMembers: FamilyMemberDto[];

  @ApiProperty({ type: [ExportedRoleDto] })
  roles: ExportedRoleDto[];

  @ApiProperty({ type: [ExportedSessionDto], description: 'Sign-ins, including ended ones.' })
  sessions: ExportedSessionDto[];

  @ApiProperty({
    type: [ExportedAuditEntryDto],
    description: 'Recorded accesses by city staff to your data, and your own exports.',
  })
  accessLog: ExportedAuditEntryDto[];

  @ApiProperty({ type: ExportedInstructorProfileDto, nullable: true })
  instructorProfile: ExportedInstructorProfileDto | null;

  @ApiProperty({
    type: [ExportedLearnedCourseDto],
    description:
      'The learning record (学びの記録): every course you and your family attended, per fiscal year.',
  })
  learningRecord: ExportedLearnedCourseDto[];
}
