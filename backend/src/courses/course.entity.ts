import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import type {
  Audience,
  BookingRule,
  Category,
  CourseStatus,
  LifeStage,
  Pillar,
} from '../reference/reference-data';
import { CourseSession } from './course-session.entity';

/** A course (講座) as published in the catalogue; its sessions (回) hold the dates and rooms. */
@Entity({ name: 'courses' })
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('courses_organisation_index')
  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'title_ja', type: 'text' })
  titleJa: string;

  @Column({ name: 'title_en', type: 'text', default: '' })
  titleEn: string;

  @Column({ name: 'summary_ja', type: 'text', default: '' })
  summaryJa: string;

  @Column({ name: 'summary_en', type: 'text', default: '' })
  summaryEn: string;

  @Column({ name: 'description_ja', type: 'text', default: '' })
  descriptionJa: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  @Column({ name: 'life_stages', type: 'text', array: true })
  lifeStages: LifeStage[];

  @Index('courses_category_index')
  @Column({ type: 'text' })
  category: Category;

  @Column({ type: 'smallint' })
  pillar: Pillar;

  @Column({ name: 'target_age_min', type: 'smallint', nullable: true })
  targetAgeMin: number | null;

  @Column({ name: 'target_age_max', type: 'smallint', nullable: true })
  targetAgeMax: number | null;

  @Column({ type: 'text', default: 'everyone' })
  audience: Audience;

  @Column({ name: 'fee_yen', type: 'integer', default: 0 })
  feeYen: number;

  @Column({ name: 'childcare_offered', type: 'boolean', default: false })
  childcareOffered: boolean;

  @Column({ name: 'what_to_bring_ja', type: 'text', default: '' })
  whatToBringJa: string;

  @Column({ name: 'what_to_bring_en', type: 'text', default: '' })
  whatToBringEn: string;

  @Column({ name: 'instructor_names_ja', type: 'text', default: '' })
  instructorNamesJa: string;

  @Column({ name: 'instructor_names_en', type: 'text', default: '' })
  instructorNamesEn: string;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ name: 'booked_count', type: 'integer', default: 0 })
  bookedCount: number;

  @Column({ name: 'booking_rule', type: 'text' })
  bookingRule: BookingRule;

  @Column({ name: 'application_opens_at', type: 'timestamptz' })
  applicationOpensAt: Date;

  @Column({ name: 'application_closes_at', type: 'timestamptz' })
  applicationClosesAt: Date;

  @Column({ type: 'text', default: 'draft' })
  status: CourseStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Maintained by the courses_search_text trigger; never written by the application. */
  @Column({
    name: 'search_text',
    type: 'text',
    default: '',
    select: false,
    insert: false,
    update: false,
  })
  searchText: string;

  @OneToMany(() => CourseSession, (session) => session.course)
  sessions: Relation<CourseSession[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
