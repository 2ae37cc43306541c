import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { FamilyMember } from '../accounts/family/family-member.entity';
import { Booking } from './booking.entity';

/**
 * A family member brought on a booking, as they were when booked: a later edit or removal of
 * the family member keeps the roster of a past session readable.
 */
@Entity({ name: 'booking_participants' })
@Index('booking_participants_member_unique', ['booking', 'familyMember'], { unique: true })
@Check('booking_participants_position_check', 'position BETWEEN 1 AND 10')
@Check('booking_participants_name_check', `btrim(name) <> ''`)
export class BookingParticipant {
  @PrimaryColumn({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => Booking, (booking) => booking.participants, {
    onDelete: 'CASCADE',
    nullable: false,
  })
  @JoinColumn({
    name: 'booking_id',
    foreignKeyConstraintName: 'booking_participants_booking_id_fkey',
  })
  booking: Relation<Booking>;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @ManyToOne(() => FamilyMember, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'family_member_id',
    foreignKeyConstraintName: 'booking_participants_family_member_id_fkey',
  })
  familyMember: Relation<FamilyMember> | null;

  @Column({ name: 'family_member_id', type: 'uuid', nullable: true })
  familyMemberId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'birth_year', type: 'smallint' })
  birthYear: number;
}
