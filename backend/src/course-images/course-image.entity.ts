import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Course } from '../courses/course.entity';
import type { ImageContentType } from './image-type';

/** A course's one picture, kept in the database (backed up and deleted with its course). */
@Entity({ name: 'course_images' })
@Check(
  'course_images_content_type_check',
  `content_type IN ('image/jpeg', 'image/png', 'image/webp')`,
)
@Check('course_images_size_check', 'octet_length(bytes) BETWEEN 1 AND 2097152')
@Check('course_images_alt_check', 'char_length(alt_ja) <= 200 AND char_length(alt_en) <= 200')
export class CourseImage {
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  // Many-to-one rather than one-to-one: the primary key already makes it one per course, and a
  // one-to-one join column would add a unique constraint the migration does not have.
  @ManyToOne(() => Course, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_images_course_id_fkey' })
  course: Relation<Course>;

  @Column({ name: 'content_type', type: 'text' })
  contentType: ImageContentType;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  /** What the picture shows, for screen readers; empty when it only decorates (alt=""). */
  @Column({ name: 'alt_ja', type: 'text', default: '' })
  altJa: string;

  @Column({ name: 'alt_en', type: 'text', default: '' })
  altEn: string;

  /** Hex SHA-256 of bytes: the picture's ETag. */
  @Column({ type: 'text' })
  sha256: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
