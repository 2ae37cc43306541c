import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { inList } from '../database/sql/sql-checks';
import { CourseCompletion } from './course-completion.entity';

export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const REVOCATION_REASONS = ['attendance_corrected', 'issued_in_error'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/** What name a certificate shows: the full name, or the family name alone. */
export const SHARE_NAME_CHOICES = ['full', 'family_name'] as const;
export type ShareNameChoice = (typeof SHARE_NAME_CHOICES)[number];

/**
 * A certificate (修了証) of a completion, known to the public by its number. Never deleted (the
 * migration's trigger certificates_never_deleted refuses it): one that no longer holds is
 * revoked. At most one valid certificate per completion (partial unique index, in the migration:
 * certificates_one_valid_per_completion).
 */
@Entity({ name: 'certificates' })
@Unique('certificates_number_unique', ['number'])
@Check(
  'certificates_number_check',
  `number ~ '^TSU-[0-9]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$'`,
)
@Check('certificates_status_check', inList('status', CERTIFICATE_STATUSES))
@Check('certificates_revoked_reason_check', inList('revoked_reason', REVOCATION_REASONS))
@Check('certificates_share_name_check', inList('share_name', SHARE_NAME_CHOICES))
@Check(
  'certificates_revoked_check',
  `(status = 'revoked') = (revoked_at IS NOT NULL) AND (status = 'revoked') = (revoked_reason IS NOT NULL)`,
)
@Index('certificates_one_valid_per_completion', ['completion'], {
  unique: true,
  where: `status = 'valid'`,
})
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => CourseCompletion, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({
    name: 'completion_id',
    foreignKeyConstraintName: 'certificates_completion_id_fkey',
  })
  completion: Relation<CourseCompletion>;

  @Column({ name: 'completion_id', type: 'uuid' })
  completionId: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text', default: 'valid' })
  status: CertificateStatus;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: RevocationReason | null;

  @Column({ name: 'share_name', type: 'text', default: 'full' })
  shareName: ShareNameChoice;

  @Column({ name: 'share_hours', type: 'boolean', default: true })
  shareHours: boolean;
}
