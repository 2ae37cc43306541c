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
  Unique,
  type Relation,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { CourseSession } from '../courses/course-session.entity';
import { inList } from '../database/sql/sql-checks';
import { Room } from './room.entity';

export const RESERVATION_KINDS = ['course_session', 'hire'] as const;
export type ReservationKind = (typeof RESERVATION_KINDS)[number];

/**
 * Every use of a room: a course session (written by the course_sessions_reserve_room trigger)
 * or a hire made by staff. Two triggers of the migration (the session's reservation, the
 * facility's opening hours and closures) are PL/pgSQL that TypeORM does not describe.
 */
@Entity({ name: 'room_reservations' })
// Half-open ranges: [10:00, 11:00) and [11:00, 12:00) touch and do not overlap.
@Exclusion('room_reservations_no_overlap', 'USING gist (room_id WITH =, during WITH &&)')
@Unique('room_reservations_course_session_unique', ['courseSession'])
@Check('room_reservations_kind_check', inList('kind', RESERVATION_KINDS))
@Check(
  'room_reservations_kind_columns_check',
  `(kind = 'course_session' AND course_session_id IS NOT NULL AND group_name IS NULL)
   OR (kind = 'hire' AND course_session_id IS NULL AND group_name IS NOT NULL AND btrim(group_name) <> '')`,
)
@Check(
  'room_reservations_during_check',
  `NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)
   AND lower(during) < upper(during) AND lower_inc(during) AND NOT upper_inc(during)`,
)
export class RoomReservation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Room, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'room_reservations_room_id_fkey' })
  room: Relation<Room>;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  /** A tstzrange as PostgreSQL writes it, [start, end). */
  @Column({ type: 'tstzrange' })
  during: string;

  @Column({ type: 'text' })
  kind: ReservationKind;

  @ManyToOne(() => CourseSession, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'course_session_id',
    foreignKeyConstraintName: 'room_reservations_course_session_id_fkey',
  })
  courseSession: Relation<CourseSession> | null;

  @Column({ name: 'course_session_id', type: 'uuid', nullable: true })
  courseSessionId: string | null;

  /** Who hired the room (a circle, a meeting); null for a course session. */
  @Column({ name: 'group_name', type: 'text', nullable: true })
  groupName: string | null;

  @Column({ type: 'text', default: '' })
  purpose: string;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'room_reservations_created_by_fkey' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
