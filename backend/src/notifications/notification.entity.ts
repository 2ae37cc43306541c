import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { Booking } from '../bookings/booking.entity';
import { CourseSession } from '../courses/course-session.entity';
import { Course } from '../courses/course.entity';
import { inList } from '../database/sql/sql-checks';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-mails';

export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/**
 * The outbox: written in the same transaction as what it tells of, sent later by a job in the
 * recipient's language.
 */
@Entity({ name: 'notifications' })
@Unique('notifications_dedupe_key_unique', ['dedupeKey'])
// Due rows and abandoned hand-overs are found the same way (1795740000000-outbox-at-most-once).
@Index('notifications_due_index', ['nextAttemptAt'], { where: `status IN ('pending', 'sending')` })
// (user_id, created_at DESC) in the migration; TypeORM records no column order.
@Index('notifications_user_index', ['user', 'createdAt'])
@Index('notifications_booking_index', ['booking'], { where: 'booking_id IS NOT NULL' })
@Check('notifications_kind_check', inList('kind', NOTIFICATION_KINDS))
@Check('notifications_status_check', inList('status', NOTIFICATION_STATUSES))
@Check('notifications_attempts_check', 'attempts >= 0')
@Check('notifications_sent_at_check', `(status = 'sent') = (sent_at IS NOT NULL)`)
@Check('notifications_sending_claim_check', `status <> 'sending' OR claim_id IS NOT NULL`)
export class Notification {
  // bigint: pg returns it as a string.
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user_id_fkey' })
  user: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => Booking, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'notifications_booking_id_fkey' })
  booking: Relation<Booking> | null;

  @Column({ name: 'booking_id', type: 'uuid', nullable: true })
  bookingId: string | null;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'notifications_course_id_fkey' })
  course: Relation<Course> | null;

  @Column({ name: 'course_id', type: 'uuid', nullable: true })
  courseId: string | null;

  @ManyToOne(() => CourseSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'notifications_session_id_fkey' })
  session: Relation<CourseSession> | null;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  /** Set where a notification must exist at most once (a reminder per booking and session). */
  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'text', default: 'pending' })
  status: NotificationStatus;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The stable Message-ID of this notification's mail (`<uuid@host>`), the same on every attempt. */
  @Column({ name: 'message_uuid', type: 'uuid' })
  @Generated('uuid')
  messageUuid: string;

  /** The drain attempt that holds the row; every later write of that drain is conditional on it. */
  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
