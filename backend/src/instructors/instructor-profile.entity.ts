import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { inList } from '../database/sql/sql-checks';
import type { ProfileContentDto } from './dto/profile-content.dto';
import {
  PROFILE_KINDS,
  PROFILE_STATUSES,
  type ProfileKind,
  type ProfileStatus,
} from './instructor-reference';

/**
 * A person's (or their group's) entry in the instructor bank. The migration
 * 1795800000000-instructor-bank is the source of truth for what TypeORM cannot say: the trigger
 * `instructor_profiles_check_transition` (legal status changes only, a registration number never
 * changes) and the sequence of registration numbers.
 */
@Entity({ name: 'instructor_profiles' })
@Unique('instructor_profiles_user_id_unique', ['userId'])
@Unique('instructor_profiles_registration_number_unique', ['registrationNumber'])
@Check('instructor_profiles_kind_check', inList('kind', PROFILE_KINDS))
@Check('instructor_profiles_status_check', inList('status', PROFILE_STATUSES))
@Check('instructor_profiles_version_check', 'version >= 1')
@Check('instructor_profiles_submission_count_check', 'submission_count >= 0')
@Check(
  'instructor_profiles_registration_number_check',
  `registration_number ~ '^TKB-[0-9]{4}-[0-9]{4,}$'`,
)
@Check(
  'instructor_profiles_registration_check',
  `(registration_number IS NULL) = (registered_at IS NULL) AND (registration_number IS NULL) = (valid_until IS NULL)`,
)
@Check(
  'instructor_profiles_registered_check',
  `status NOT IN ('registered', 'suspended', 'expired') OR (registration_number IS NOT NULL AND approved_content IS NOT NULL)`,
)
@Check('instructor_profiles_declined_check', `status <> 'declined' OR registration_number IS NULL`)
@Check(
  'instructor_profiles_submitted_check',
  `status NOT IN ('submitted', 'returned') OR submitted_at IS NOT NULL`,
)
export class InstructorProfile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => User, { onDelete: 'CASCADE', name: 'instructor_profiles_user_id_fkey' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  kind: ProfileKind;

  @Index('instructor_profiles_status_index')
  @Column({ type: 'text', default: 'draft' })
  status: ProfileStatus;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** The applicant's working copy. */
  @Column({ type: 'jsonb' })
  content: ProfileContentDto;

  /** The version a reviewer registered: what the directory shows. */
  @Column({ name: 'approved_content', type: 'jsonb', nullable: true })
  approvedContent: ProfileContentDto | null;

  @Column({ name: 'submission_count', type: 'integer', default: 0 })
  submissionCount: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true })
  registeredAt: Date | null;

  /** The last valid day (Japan calendar date). */
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ name: 'reviewer_comment', type: 'text', default: '' })
  reviewerComment: string;

  // Derived from approved_content's public parts (see instructor-listing.ts).
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @Index('instructor_profiles_search_grams_index', { type: 'gin' })
  @Column({ name: 'search_grams', type: 'text', array: true, default: '{}' })
  searchGrams: string[];

  @Column({ name: 'listed_fields', type: 'text', array: true, default: '{}' })
  listedFields: string[];

  @Column({ name: 'listed_life_stages', type: 'text', array: true, default: '{}' })
  listedLifeStages: string[];

  @Column({ name: 'listed_languages', type: 'text', array: true, default: '{}' })
  listedLanguages: string[];

  @Column({ name: 'listed_area_ids', type: 'uuid', array: true, default: '{}' })
  listedAreaIds: string[];

  @Column({ name: 'listed_any_area', type: 'boolean', default: false })
  listedAnyArea: boolean;

  @Column({ name: 'listed_weekdays', type: 'smallint', array: true, default: '{}' })
  listedWeekdays: number[];

  @Column({ name: 'listed_online', type: 'boolean', default: false })
  listedOnline: boolean;

  @Column({ name: 'listed_fee_type', type: 'text', nullable: true })
  listedFeeType: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
