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
import { FamilyMember } from '../accounts/family/family-member.entity';
import { User } from '../accounts/user.entity';
import { Booking } from '../bookings/booking.entity';
import { Course } from '../courses/course.entity';

/**
 * The completion decision for one participant of a confirmed booking: the booker
 * (participantPosition 0) or a companion (the booking_participants position). Decided once when
 * the course finishes (the unique pair below), revised only by a correction of attendance within
 * the city's window. The names are kept as decided: they are the certificate's.
 */
@Entity({ name: 'course_completions' })
@Unique('course_completions_participant_unique', ['booking', 'participantPosition'])
@Check('course_completions_participant_position_check', 'participant_position BETWEEN 0 AND 10')
@Check('course_completions_holder_name_check', `btrim(holder_name) <> ''`)
@Check('course_completions_minutes_attended_check', 'minutes_attended >= 0')
@Check('course_completions_sessions_check', 'sessions_attended BETWEEN 0 AND sessions_held')
export class CourseCompletion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('course_completions_course_index')
  @ManyToOne(() => Course, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_completions_course_id_fkey' })
  course: Relation<Course>;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Booking, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'booking_id',
    foreignKeyConstraintName: 'course_completions_booking_id_fkey',
  })
  booking: Relation<Booking>;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  /** 0: the booker; 1–10: the companion at that position of booking_participants. */
  @Column({ name: 'participant_position', type: 'smallint' })
  participantPosition: number;

  /** The account the completion belongs to (the booker's, also for a companion). */
  @Index('course_completions_user_index')
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'course_completions_user_id_fkey' })
  user: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The family member a companion was, while that member exists. */
  @ManyToOne(() => FamilyMember, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'family_member_id',
    foreignKeyConstraintName: 'course_completions_family_member_id_fkey',
  })
  familyMember: Relation<FamilyMember> | null;

  @Column({ name: 'family_member_id', type: 'uuid', nullable: true })
  familyMemberId: string | null;

  @Column({ name: 'holder_name', type: 'text' })
  holderName: string;

  /** The family name alone, when known ('' otherwise): what "family name only" shows. */
  @Column({ name: 'holder_family_name', type: 'text', default: '' })
  holderFamilyName: string;

  /** Sessions held (scheduled, not cancelled) when decided. */
  @Column({ name: 'sessions_held', type: 'smallint' })
  sessionsHeld: number;

  @Column({ name: 'sessions_attended', type: 'smallint' })
  sessionsAttended: number;

  /** The length of the sessions attended, in minutes. */
  @Column({ name: 'minutes_attended', type: 'integer' })
  minutesAttended: number;

  @Column({ type: 'boolean' })
  completed: boolean;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  /** The last time a correction of attendance changed the decision. */
  @Column({ name: 'revised_at', type: 'timestamptz', nullable: true })
  revisedAt: Date | null;
}
