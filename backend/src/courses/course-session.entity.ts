import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Room } from '../rooms/room.entity';
import { Course } from './course.entity';

/** One meeting (回) of a course, in a room, at a time. */
@Entity({ name: 'course_sessions' })
@Index('course_sessions_course_starts_index', ['course', 'startsAt'])
@Index('course_sessions_listing_index', ['startsAt', 'courseId'], {
  where: `status = 'scheduled'`,
})
// (room_id, starts_at) INCLUDE (course_id): the catalogue's count by facility (migration
// 1796500000000). TypeORM cannot describe INCLUDE: left to the migrations.
@Index('course_sessions_room_listing_index', { synchronize: false })
@Check('course_sessions_time_check', 'ends_at > starts_at')
@Check('course_sessions_status_check', `status IN ('scheduled', 'cancelled')`)
export class CourseSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Course, (course) => course.sessions, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_sessions_course_id_fkey' })
  course: Relation<Course>;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Room, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'course_sessions_room_id_fkey' })
  room: Relation<Room>;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @Index('course_sessions_starts_index')
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** A cancelled session stays on record but holds no room reservation. */
  @Column({ type: 'text', default: 'scheduled' })
  status: 'scheduled' | 'cancelled';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
