import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { inList } from '../database/sql/sql-checks';
import type { ProfileContentDto } from './dto/profile-content.dto';
import { InstructorProfile } from './instructor-profile.entity';
import {
  PROFILE_EVENT_KINDS,
  type ProfileEventKind,
  type ProfileStatus,
} from './instructor-reference';

/** What the applicant sent, once per submission: the reviewer compares it with the last one. */
@Entity({ name: 'instructor_profile_submissions' })
@Unique('instructor_profile_submissions_number_unique', ['profileId', 'number'])
@Check('instructor_profile_submissions_number_check', 'number >= 1')
export class InstructorProfileSubmission {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => InstructorProfile, {
    onDelete: 'CASCADE',
    name: 'instructor_profile_submissions_profile_id_fkey',
  })
  @Column({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'jsonb' })
  content: ProfileContentDto;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}

/**
 * A step in a profile's history. The migration's partial unique index
 * instructor_profile_events_one_decision (one returned/registered/declined per submission) makes
 * a second reviewer's decision on the same submission impossible.
 */
@Entity({ name: 'instructor_profile_events' })
@Index('instructor_profile_events_profile_index', ['profileId', 'createdAt'])
@Index('instructor_profile_events_one_decision', ['submissionId'], {
  unique: true,
  where: `kind IN ('returned', 'registered', 'declined')`,
})
@Check('instructor_profile_events_kind_check', inList('kind', PROFILE_EVENT_KINDS))
export class InstructorProfileEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => InstructorProfile, {
    onDelete: 'CASCADE',
    name: 'instructor_profile_events_profile_id_fkey',
  })
  @Column({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @Column({ type: 'text' })
  kind: ProfileEventKind;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: ProfileStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ProfileStatus;

  @ForeignKey(() => User, {
    onDelete: 'SET NULL',
    name: 'instructor_profile_events_actor_user_id_fkey',
  })
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'by_reviewer', type: 'boolean', default: false })
  byReviewer: boolean;

  @Column({ type: 'text', default: '' })
  comment: string;

  @ForeignKey(() => InstructorProfileSubmission, {
    onDelete: 'CASCADE',
    name: 'instructor_profile_events_submission_id_fkey',
  })
  @Column({ name: 'submission_id', type: 'uuid', nullable: true })
  submissionId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A profile's one photo, kept in the database like course pictures. */
@Entity({ name: 'instructor_profile_photos' })
@Check(
  'instructor_profile_photos_content_type_check',
  `content_type IN ('image/jpeg', 'image/png', 'image/webp')`,
)
@Check('instructor_profile_photos_size_check', 'octet_length(bytes) <= 2097152')
export class InstructorProfilePhoto {
  @ForeignKey(() => InstructorProfile, {
    onDelete: 'CASCADE',
    name: 'instructor_profile_photos_profile_id_fkey',
  })
  @PrimaryColumn({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @Column({ type: 'text' })
  sha256: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The city's settings for the bank: one row. */
@Entity({ name: 'instructor_settings' })
@Check('instructor_settings_single_row_check', 'id')
@Check('instructor_settings_request_lead_days_check', 'request_lead_days BETWEEN 1 AND 90')
export class InstructorSettings {
  @PrimaryColumn({ type: 'boolean', default: true })
  id: boolean;

  @Column({ name: 'request_lead_days', type: 'integer', default: 14 })
  requestLeadDays: number;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'instructor_settings_updated_by_fkey' })
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
