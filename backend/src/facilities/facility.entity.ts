import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { FacilityKind } from '../reference/reference-data';
import { Room } from './room.entity';

/** A community centre (地域交流センター) or another venue where courses are held. */
@Entity({ name: 'facilities' })
export class Facility {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: FacilityKind;

  @Column({ name: 'name_ja', type: 'text', unique: true })
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
