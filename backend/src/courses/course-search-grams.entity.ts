import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Course } from './course.entity';

/**
 * A course's distinct 1-, 2- and 3-grams of its search text (none with a space), in a narrow row
 * of its own: the catalogue finds the courses that contain a word through this table's GIN index
 * without reading the wide course rows (migration 1796800000000). Kept by the
 * courses_search_grams trigger; never written by the application.
 */
@Entity({ name: 'course_search_grams' })
export class CourseSearchGrams {
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  // Many-to-one rather than one-to-one, as course_images: the primary key makes it one per course.
  @ManyToOne(() => Course, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_search_grams_course_id_fkey' })
  course: Relation<Course>;

  @Index('course_search_grams_index', { type: 'gin' })
  @Column({ type: 'text', array: true })
  grams: string[];
}
