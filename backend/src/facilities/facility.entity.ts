import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { inList } from '../database/sql/sql-checks';
import { FACILITY_KINDS, type FacilityKind } from '../reference/reference-data';
import { Room } from '../rooms/room.entity';

/** A community centre (地域交流センター) or another venue where courses are held. */
@Entity({ name: 'facilities' })
@Unique('facilities_name_ja_unique', ['nameJa'])
@Check('facilities_kind_check', inList('kind', FACILITY_KINDS))
@Check('facilities_name_ja_check', `btrim(name_ja) <> ''`)
@Check('facilities_name_en_check', `btrim(name_en) <> ''`)
@Check('facilities_postal_code_check', `postal_code ~ '^[0-9]{3}-[0-9]{4}$'`)
@Check('facilities_latitude_check', 'latitude BETWEEN -90 AND 90')
@Check('facilities_longitude_check', 'longitude BETWEEN -180 AND 180')
@Check('facilities_hours_check', 'closes_at > opens_at')
export class Facility {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: FacilityKind;

  @Column({ name: 'name_ja', type: 'text' })
  nameJa: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'postal_code', type: 'text' })
  postalCode: string;

  @Column({ name: 'address_ja', type: 'text' })
  addressJa: string;

  @Column({ name: 'address_en', type: 'text' })
  addressEn: string;

  @Column({ type: 'text' })
  phone: string;

  // numeric comes back from pg as a string: parse at the edge, never do arithmetic on it here.
  @Column({ type: 'numeric', precision: 9, scale: 6 })
  latitude: string;

  @Column({ type: 'numeric', precision: 9, scale: 6 })
  longitude: string;

  @Column({ name: 'access_ja', type: 'text', default: '' })
  accessJa: string;

  @Column({ name: 'access_en', type: 'text', default: '' })
  accessEn: string;

  @Column({ name: 'parking_ja', type: 'text', default: '' })
  parkingJa: string;

  @Column({ name: 'parking_en', type: 'text', default: '' })
  parkingEn: string;

  @Column({ name: 'opens_at', type: 'time' })
  opensAt: string;

  @Column({ name: 'closes_at', type: 'time' })
  closesAt: string;

  /** Closed on Japanese public holidays: their closures are generated (see the rooms feature). */
  @Column({ name: 'closed_on_public_holidays', type: 'boolean', default: false })
  closedOnPublicHolidays: boolean;

  @Column({ name: 'closed_note_ja', type: 'text', default: '' })
  closedNoteJa: string;

  @Column({ name: 'closed_note_en', type: 'text', default: '' })
  closedNoteEn: string;

  @Column({ name: 'display_order', type: 'integer', default: 0 })
  displayOrder: number;

  @OneToMany(() => Room, (room) => room.facility)
  rooms: Relation<Room[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
