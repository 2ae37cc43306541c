import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { type AssignableRole, ASSIGNABLE_ROLES } from '../access/principal';
import { User } from '../accounts/user.entity';
import { inList } from '../database/sql/sql-checks';
import { Facility } from '../facilities/facility.entity';
import { Organisation } from '../organisations/organisation.entity';
import { ROLE_SCOPE_CHECK } from './role-assignment.entity';

/** An emailed offer of a role; accepting it creates the role assignment. */
@Entity({ name: 'invitations' })
@Unique('invitations_token_hash_unique', ['tokenHash'])
@Index('invitations_email_index', ['email'], {
  where: 'accepted_at IS NULL AND revoked_at IS NULL',
})
@Check('invitations_email_check', `email = lower(email) AND email LIKE '%_@_%'`)
@Check('invitations_role_check', inList('role', ASSIGNABLE_ROLES))
@Check('invitations_scope_check', ROLE_SCOPE_CHECK)
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  role: AssignableRole;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'invitations_organisation_id_fkey',
  })
  organisation: Relation<Organisation> | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Facility, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'invitations_facility_id_fkey' })
  facility: Relation<Facility> | null;

  @Column({ name: 'facility_id', type: 'uuid', nullable: true })
  facilityId: string | null;

  @Column({ name: 'is_organisation_admin', type: 'boolean', default: false })
  isOrganisationAdmin: boolean;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'invitations_invited_by_fkey' })
  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'invitations_accepted_by_fkey' })
  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
