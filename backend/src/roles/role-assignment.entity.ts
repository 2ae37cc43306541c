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

/** A role's scope, the same rule for an assignment and for the invitation that leads to one. */
export const ROLE_SCOPE_CHECK = `(role = 'organiser' AND organisation_id IS NOT NULL AND facility_id IS NULL) OR
          (role = 'facility_staff' AND facility_id IS NOT NULL AND organisation_id IS NULL AND NOT is_organisation_admin) OR
          (role IN ('instructor', 'city_admin', 'instructor_reviewer', 'plan_evaluator') AND organisation_id IS NULL AND facility_id IS NULL AND NOT is_organisation_admin)`;

/**
 * A role held by a person: an organiser within one organisation (perhaps as its admin), facility
 * staff within one facility, an instructor or a city administrator.
 */
@Entity({ name: 'role_assignments' })
// The migration's constraint is UNIQUE NULLS NOT DISTINCT (one instructor role per person even
// though both scopes are null). TypeORM has no NULLS NOT DISTINCT and compares unique
// constraints by name: this declares the constraint, the migration decides its exact form.
@Unique('role_assignments_unique', ['user', 'role', 'organisation', 'facility'])
@Index('role_assignments_organisation_index', ['organisation'], {
  where: 'organisation_id IS NOT NULL',
})
@Index('role_assignments_facility_index', ['facility'], { where: 'facility_id IS NOT NULL' })
@Check('role_assignments_role_check', inList('role', ASSIGNABLE_ROLES))
@Check('role_assignments_scope_check', ROLE_SCOPE_CHECK)
export class RoleAssignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'role_assignments_user_id_fkey' })
  user: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  role: AssignableRole;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'role_assignments_organisation_id_fkey',
  })
  organisation: Relation<Organisation> | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Facility, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'facility_id',
    foreignKeyConstraintName: 'role_assignments_facility_id_fkey',
  })
  facility: Relation<Facility> | null;

  @Column({ name: 'facility_id', type: 'uuid', nullable: true })
  facilityId: string | null;

  @Column({ name: 'is_organisation_admin', type: 'boolean', default: false })
  isOrganisationAdmin: boolean;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'role_assignments_granted_by_fkey' })
  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
