import {
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  Column,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { Course } from '../courses/course.entity';

/** An account with the instructor role teaching a course: they may open its rosters. */
@Entity({ name: 'course_instructors' })
export class CourseInstructor {
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_instructors_course_id_fkey' })
  course: Relation<Course>;

  @Index('course_instructors_user_index')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'course_instructors_user_id_fkey' })
  user: Relation<User>;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'course_instructors_added_by_fkey' })
  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
