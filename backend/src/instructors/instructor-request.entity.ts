import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { Course } from '../courses/course.entity';
import { inList } from '../database/sql/sql-checks';
import { Facility } from '../facilities/facility.entity';
import { Organisation } from '../organisations/organisation.entity';
import { InstructorProfile } from './instructor-profile.entity';
import {
  PLACE_KINDS,
  type PlaceKind,
  REQUEST_STATUSES,
  REQUESTER_KINDS,
  type RequesterKind,
  type RequestStatus,
} from './instructor-reference';

/** A request (講師依頼) to a registered instructor. */
@Entity({ name: 'instructor_requests' })
@Index('instructor_requests_profile_index', ['profileId', 'createdAt'])
@Index('instructor_requests_requester_index', ['requesterUserId', 'createdAt'])
@Check('instructor_requests_requester_kind_check', inList('requester_kind', REQUESTER_KINDS))
@Check('instructor_requests_purpose_check', `btrim(purpose) <> ''`)
@Check(
  'instructor_requests_expected_participants_check',
  'expected_participants BETWEEN 1 AND 1000',
)
@Check('instructor_requests_place_kind_check', inList('place_kind', PLACE_KINDS))
@Check('instructor_requests_fee_offered_yen_check', 'fee_offered_yen >= 0')
@Check('instructor_requests_status_check', inList('status', REQUEST_STATUSES))
@Check('instructor_requests_accepted_option_check', 'accepted_option BETWEEN 0 AND 2')
@Check('instructor_requests_report_attendees_check', 'report_attendees >= 0')
@Check('instructor_requests_report_rating_check', 'report_rating BETWEEN 1 AND 5')
@Check(
  'instructor_requests_requester_check',
  `(requester_kind = 'organiser') = (organisation_id IS NOT NULL) AND (requester_kind <> 'group' OR btrim(group_name) <> '')`,
)
@Check('instructor_requests_place_check', `(place_kind = 'facility') = (facility_id IS NOT NULL)`)
@Check(
  'instructor_requests_accepted_check',
  `(status IN ('accepted', 'reported')) = (accepted_option IS NOT NULL)`,
)
@Check(
  'instructor_requests_reported_check',
  `(status = 'reported') = (reported_at IS NOT NULL) AND (reported_at IS NULL OR (report_attendees IS NOT NULL AND report_rating IS NOT NULL))`,
)
export class InstructorRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => InstructorProfile, {
    onDelete: 'CASCADE',
    name: 'instructor_requests_profile_id_fkey',
  })
  @Column({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @ForeignKey(() => User, {
    onDelete: 'CASCADE',
    name: 'instructor_requests_requester_user_id_fkey',
  })
  @Column({ name: 'requester_user_id', type: 'uuid' })
  requesterUserId: string;

  @Column({ name: 'requester_kind', type: 'text' })
  requesterKind: RequesterKind;

  @ForeignKey(() => Organisation, {
    onDelete: 'CASCADE',
    name: 'instructor_requests_organisation_id_fkey',
  })
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'group_name', type: 'text', default: '' })
  groupName: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'text' })
  audience: string;

  @Column({ name: 'expected_participants', type: 'integer' })
  expectedParticipants: number;

  @Column({ name: 'place_kind', type: 'text' })
  placeKind: PlaceKind;

  @ForeignKey(() => Facility, {
    onDelete: 'SET NULL',
    name: 'instructor_requests_facility_id_fkey',
  })
  @Column({ name: 'facility_id', type: 'uuid', nullable: true })
  facilityId: string | null;

  @Column({ name: 'place_detail', type: 'text', default: '' })
  placeDetail: string;

  @Column({ name: 'fee_offered_yen', type: 'integer', nullable: true })
  feeOfferedYen: number | null;

  @Column({ name: 'fee_note', type: 'text', default: '' })
  feeNote: string;

  @Column({ type: 'text', default: '' })
  message: string;

  @Column({ type: 'text', default: 'pending' })
  status: RequestStatus;

  @Column({ name: 'accepted_option', type: 'smallint', nullable: true })
  acceptedOption: number | null;

  @Column({ name: 'decline_reason', type: 'text', default: '' })
  declineReason: string;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'instructor_requests_cancelled_by_fkey' })
  @Column({ name: 'cancelled_by', type: 'uuid', nullable: true })
  cancelledBy: string | null;

  @Column({ name: 'report_attendees', type: 'integer', nullable: true })
  reportAttendees: number | null;

  @Column({ name: 'report_rating', type: 'smallint', nullable: true })
  reportRating: number | null;

  @Column({ name: 'report_comment', type: 'text', default: '' })
  reportComment: string;

  @Column({ name: 'reported_at', type: 'timestamptz', nullable: true })
  reportedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One of a request's (up to three) date options. */
@Entity({ name: 'instructor_request_options' })
@Check('instructor_request_options_index_check', 'option_index BETWEEN 0 AND 2')
@Check('instructor_request_options_times_check', 'ends_at > starts_at')
export class InstructorRequestOption {
  @ForeignKey(() => InstructorRequest, {
    onDelete: 'CASCADE',
    name: 'instructor_request_options_request_id_fkey',
  })
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @PrimaryColumn({ name: 'option_index', type: 'smallint' })
  optionIndex: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;
}

/** The thread between the two parties of a request. */
@Entity({ name: 'instructor_request_messages' })
@Index('instructor_request_messages_request_index', ['requestId', 'createdAt'])
@Check('instructor_request_messages_body_check', `btrim(body) <> ''`)
export class InstructorRequestMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => InstructorRequest, {
    onDelete: 'CASCADE',
    name: 'instructor_request_messages_request_id_fkey',
  })
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ForeignKey(() => User, {
    onDelete: 'SET NULL',
    name: 'instructor_request_messages_author_user_id_fkey',
  })
  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A registered instructor linked to a course by its organiser (shown as a card on its page). */
@Entity({ name: 'course_instructor_profiles' })
@Index('course_instructor_profiles_profile_index', ['profileId'])
export class CourseInstructorProfile {
  @ForeignKey(() => Course, {
    onDelete: 'CASCADE',
    name: 'course_instructor_profiles_course_id_fkey',
  })
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ForeignKey(() => InstructorProfile, {
    onDelete: 'CASCADE',
    name: 'course_instructor_profiles_profile_id_fkey',
  })
  @PrimaryColumn({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @Column({ type: 'smallint', default: 0 })
  position: number;

  @ForeignKey(() => User, {
    onDelete: 'SET NULL',
    name: 'course_instructor_profiles_added_by_fkey',
  })
  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
