import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  ForeignKey,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { Facility } from '../facilities/facility.entity';

/**
 * A weekly closing day (毎週月曜休館) over Japan dates [first, last + 1), or open ended (no upper
 * bound). The trigger room_reservations_check_open (PL/pgSQL of the migration
 * 1795970000000-weekly-closures, outside what TypeORM describes) refuses reservations on it.
 */
@Entity({ name: 'facility_weekly_closures' })
// One rule per facility and weekday at any date.
@Exclusion(
  'facility_weekly_closures_no_overlap',
  'USING gist (facility_id WITH =, weekday WITH =, during WITH &&)',
)
@Check('facility_weekly_closures_weekday_check', 'weekday BETWEEN 0 AND 6')
@Check('facility_weekly_closures_reason_ja_check', `btrim(reason_ja) <> ''`)
@Check('facility_weekly_closures_reason_en_check', `btrim(reason_en) <> ''`)
@Check('facility_weekly_closures_during_check', 'NOT isempty(during) AND NOT lower_inf(during)')
export class FacilityWeeklyClosure {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Facility, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'facility_id',
    foreignKeyConstraintName: 'facility_weekly_closures_facility_id_fkey',
  })
  facility: Relation<Facility>;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId: string;

  /** 0 = Sunday … 6 = Saturday (PostgreSQL's extract(dow)). */
  @Column({ type: 'smallint' })
  weekday: number;

  /** A daterange as PostgreSQL writes it: '[2027-04-01,)' (open ended) or '[2027-04-01,2028-04-01)'. */
  @Column({ type: 'daterange' })
  during: string;

  @Column({ name: 'reason_ja', type: 'text' })
  reasonJa: string;

  @Column({ name: 'reason_en', type: 'text' })
  reasonEn: string;

  @ForeignKey(() => User, {
    onDelete: 'SET NULL',
    name: 'facility_weekly_closures_created_by_fkey',
  })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
