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
  type Relation,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { inList } from '../database/sql/sql-checks';
import { Facility } from '../facilities/facility.entity';
import { CLOSURE_KINDS, type ClosureKind } from './dto/calendar.dto';

/**
 * Days a facility is closed, as Japan dates [first, last + 1). The trigger
 * room_reservations_check_open (a PL/pgSQL function of the migration, outside what TypeORM
 * describes) refuses reservations on them.
 */
@Entity({ name: 'facility_closures' })
// GiST: TypeORM reads every GiST index as "spatial", so it is declared so.
@Index('facility_closures_facility_during_index', ['facility', 'during'], { spatial: true })
// Generated closures are regenerated at start; this makes that idempotent (ON CONFLICT).
@Index('facility_closures_generated_unique', ['facility', 'kind', 'during'], {
  unique: true,
  where: `kind IN ('year_end', 'public_holiday')`,
})
@Check('facility_closures_kind_check', inList('kind', CLOSURE_KINDS))
@Check('facility_closures_reason_ja_check', `btrim(reason_ja) <> ''`)
@Check('facility_closures_reason_en_check', `btrim(reason_en) <> ''`)
@Check(
  'facility_closures_during_check',
  'NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)',
)
export class FacilityClosure {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Facility, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'facility_id',
    foreignKeyConstraintName: 'facility_closures_facility_id_fkey',
  })
  facility: Relation<Facility>;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId: string;

  /** A daterange as PostgreSQL writes it, e.g. '[2026-12-29,2027-01-04)'. */
  @Column({ type: 'daterange' })
  during: string;

  @Column({ type: 'text' })
  kind: ClosureKind;

  @Column({ name: 'reason_ja', type: 'text' })
  reasonJa: string;

  @Column({ name: 'reason_en', type: 'text' })
  reasonEn: string;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'facility_closures_created_by_fkey' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
