import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { subsetOf } from '../database/sql/sql-checks';
import { ROOM_EQUIPMENT, type RoomEquipment } from '../reference/reference-data';
import { Facility } from '../facilities/facility.entity';

@Entity({ name: 'rooms' })
@Unique('rooms_facility_name_unique', ['facility', 'nameJa'])
@Check('rooms_name_ja_check', `btrim(name_ja) <> ''`)
@Check('rooms_name_en_check', `btrim(name_en) <> ''`)
@Check('rooms_capacity_check', 'capacity > 0')
@Check('rooms_fee_check', 'fee_per_30_min_yen >= 0')
@Check('rooms_equipment_check', subsetOf('equipment', ROOM_EQUIPMENT))
export class Room {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('rooms_facility_index')
  @ManyToOne(() => Facility, (facility) => facility.rooms, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'rooms_facility_id_fkey' })
  facility: Relation<Facility>;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId: string;

  @Column({ name: 'name_ja', type: 'text' })
  nameJa: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ name: 'fee_per_30_min_yen', type: 'integer', default: 0 })
  feePer30MinYen: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  equipment: RoomEquipment[];

  @Column({ name: 'wheelchair_accessible', type: 'boolean', default: false })
  wheelchairAccessible: boolean;

  @Column({ name: 'hearing_loop', type: 'boolean', default: false })
  hearingLoop: boolean;

  @Column({ type: 'smallint', default: 1 })
  floor: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
