import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { Course } from '../courses/course.entity';
import { inList } from '../database/sql/sql-checks';
import { BookingParticipant } from './booking-participant.entity';
import { BOOKING_STATUSES, type BookingStatus } from './dto/booking.dto';

export const BOOKING_CANCELLERS = ['citizen', 'organiser', 'system'] as const;
export type BookingCanceller = (typeof BOOKING_CANCELLERS)[number];

/**
 * One person's booking of a course for those who attend: the booker (booker_attends) and/or
 * members of their family (booking_participants); party_size counts the attendees only.
 * Written only by the booking ledger (bookings/ledger/: its repository and its PL/pgSQL in
 * ledger/sql/), which keeps courses.booked_count under the course's row lock.
 */
@Entity({ name: 'bookings' })
@Unique('bookings_code_unique', ['code'])
// One active booking per person per course.
@Index('bookings_one_active_per_person', ['course', 'user'], {
  unique: true,
  where: `status IN ('applied', 'confirmed', 'waiting')`,
})
@Index('bookings_waiting_index', ['course', 'queuePosition'], { where: `status = 'waiting'` })
@Index('bookings_course_status_index', ['course', 'status'])
// The promoted who have not answered yet, for the expiry job.
@Index('bookings_awaiting_answer_index', ['respondBy'], {
  where: `status = 'confirmed' AND respond_by IS NOT NULL AND accepted_at IS NULL`,
})
@Check('bookings_respond_by_check', 'respond_by IS NULL OR promoted_at IS NOT NULL')
@Check('bookings_accepted_at_check', 'accepted_at IS NULL OR respond_by IS NOT NULL')
// (user_id, created_at DESC) in the migration; TypeORM records no column order.
@Index('bookings_user_index', ['user', 'createdAt'])
@Check('bookings_code_check', `code ~ '^[2-9A-HJKMNP-Z]{8}$'`)
@Check('bookings_status_check', inList('status', BOOKING_STATUSES))
@Check('bookings_party_size_check', 'party_size BETWEEN 1 AND 11')
@Check('bookings_cancelled_by_check', inList('cancelled_by', BOOKING_CANCELLERS))
@Check('bookings_queue_position_check', `(status = 'waiting') = (queue_position IS NOT NULL)`)
@Check('bookings_confirmed_at_check', `status <> 'confirmed' OR confirmed_at IS NOT NULL`)
@Check(
  'bookings_childcare_ages_check',
  'cardinality(childcare_ages) <= 5 AND array_position(childcare_ages, NULL) IS NULL AND 0 <= ALL (childcare_ages) AND 12 >= ALL (childcare_ages)',
)
@Check('bookings_cancelled_check', `(status = 'cancelled') = (cancelled_at IS NOT NULL)`)
export class Booking {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'bookings_course_id_fkey' })
  course: Relation<Course>;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'bookings_user_id_fkey' })
  user: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** Eight characters without 0/O, 1/I/L: read aloud and typed at the door. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  status: BookingStatus;

  /** The attendees: the booker when booker_attends, and the participants. */
  @Column({ name: 'party_size', type: 'smallint' })
  partySize: number;

  /** Whether the person who booked attends (false: they booked for family members). */
  @Column({ name: 'booker_attends', type: 'boolean', default: true })
  bookerAttends: boolean;

  /** Childcare (保育) asked for during the course: one age per child. */
  @Column({ name: 'childcare_ages', type: 'smallint', array: true, default: '{}' })
  childcareAges: number[];

  /** Place on the waiting list (the sequence booking_queue_positions); bigint, so a string. */
  @Column({ name: 'queue_position', type: 'bigint', nullable: true })
  queuePosition: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  promotedAt: Date | null;

  /**
   * A promotion from the waiting list waits for its holder's answer until then (null: no answer
   * asked); unanswered, the seat goes to the next in line (promote-waiting.v2.sql).
   */
  @Column({ name: 'respond_by', type: 'timestamptz', nullable: true })
  respondBy: Date | null;

  /** When the promoted person said they come. */
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancelled_by', type: 'text', nullable: true })
  cancelledBy: BookingCanceller | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => BookingParticipant, (participant) => participant.booking)
  participants: Relation<BookingParticipant[]>;
}
