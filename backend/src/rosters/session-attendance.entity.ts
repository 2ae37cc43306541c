import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { Booking } from '../bookings/booking.entity';
import { CourseSession } from '../courses/course-session.entity';
import { inList } from '../database/sql/sql-checks';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from './dto/roster.dto';

/**
 * Present, late or absent, per session and booking. The primary key is what makes two tablets
 * scanning one code at the same moment write one row (the second INSERT meets ON CONFLICT).
 */
@Entity({ name: 'session_attendance' })
@Check('session_attendance_status_check', inList('status', ATTENDANCE_STATUSES))
@Check('session_attendance_checked_in_check', `(status = 'absent') = (checked_in_at IS NULL)`)
export class SessionAttendance {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CourseSession, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'session_id',
    foreignKeyConstraintName: 'session_attendance_session_id_fkey',
  })
  session: Relation<CourseSession>;

  @Index('session_attendance_booking_index')
  @PrimaryColumn({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => Booking, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'booking_id',
    foreignKeyConstraintName: 'session_attendance_booking_id_fkey',
  })
  booking: Relation<Booking>;

  @Column({ type: 'text' })
  status: AttendanceStatus;

  /** When the person arrived: set for present and late, never for absent. */
  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'session_attendance_recorded_by_fkey' })
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
