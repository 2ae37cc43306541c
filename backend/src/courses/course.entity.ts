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
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { inList, subsetOf } from '../database/sql/sql-checks';
import {
  AUDIENCES,
  type Audience,
  BOOKING_RULES,
  type BookingRule,
  CATEGORIES,
  type Category,
  COURSE_STATUSES,
  type CourseStatus,
  GUARDIAN_RULES,
  type GuardianRule,
  LIFE_STAGES,
  type LifeStage,
  LOTTERY_PRIORITIES,
  type LotteryPriority,
  PAYMENT_METHODS,
  type PaymentMethod,
  type Pillar,
  PRIORITY_PROJECTS,
  type PriorityProject,
} from '../reference/reference-data';
import { CourseSession } from './course-session.entity';
import { COMPLETION_RULES, type CompletionRule } from '../certificates/completion-rule';

/** A course (講座) as published in the catalogue; its sessions (回) hold the dates and rooms. */
@Entity({ name: 'courses' })
@Index('courses_status_published_at_index', ['status', 'publishedAt'])
// (published_at DESC NULLS LAST, id) in the migration; TypeORM records no column order.
@Index('courses_newest_index', ['publishedAt', 'id'], { where: `status = 'published'` })
// (last_session_starts_at) INCLUDE (id and the columns the catalogue's bounded counts read)
// WHERE published (migrations 1796500000000, 1796800000000): TypeORM cannot describe INCLUDE,
// the migrations keep it.
@Index('courses_upcoming_index', { synchronize: false })
@Check('courses_title_ja_check', `btrim(title_ja) <> ''`)
@Check(
  'courses_title_kana_check',
  `title_kana ~ '^[ァ-ヶー・ヽヾ ]*$' AND length(title_kana) <= 200`,
)
@Check(
  'courses_life_stages_check',
  `cardinality(life_stages) > 0 AND ${subsetOf('life_stages', LIFE_STAGES)}`,
)
@Check('courses_category_check', inList('category', CATEGORIES))
@Check('courses_pillar_check', 'pillar BETWEEN 1 AND 5')
@Check('courses_target_age_min_check', 'target_age_min BETWEEN 0 AND 120')
@Check('courses_target_age_max_check', 'target_age_max BETWEEN 0 AND 120')
@Check(
  'courses_target_age_range_check',
  'target_age_min IS NULL OR target_age_max IS NULL OR target_age_min <= target_age_max',
)
@Check('courses_audience_check', inList('audience', AUDIENCES))
@Check('courses_fee_check', 'fee_yen >= 0')
@Check('courses_capacity_check', 'capacity > 0')
@Check('courses_max_companions_check', 'max_companions BETWEEN 0 AND 10')
@Check('courses_booked_count_check', 'booked_count BETWEEN 0 AND capacity')
@Check('courses_booking_rule_check', inList('booking_rule', BOOKING_RULES))
@Check('courses_status_check', inList('status', COURSE_STATUSES))
@Check('courses_application_window_check', 'application_closes_at > application_opens_at')
@Check('courses_cancel_deadline_hours_check', 'cancel_deadline_hours BETWEEN 0 AND 720')
@Check('courses_lottery_priorities_check', subsetOf('lottery_priorities', LOTTERY_PRIORITIES))
@Check('courses_priority_projects_check', subsetOf('priority_projects', PRIORITY_PROJECTS))
@Check('courses_guardian_rule_check', inList('guardian_rule', GUARDIAN_RULES))
@Check('courses_payment_method_check', inList('payment_method', PAYMENT_METHODS))
@Check(
  'courses_payment_deadline_days_check',
  `(payment_method = 'in_advance') = (payment_deadline_days IS NOT NULL) AND (payment_deadline_days IS NULL OR payment_deadline_days BETWEEN 1 AND 60)`,
)
@Check('courses_published_at_check', `status = 'draft' OR published_at IS NOT NULL`)
@Check('courses_completion_rule_check', inList('completion_rule', COMPLETION_RULES))
@Check('courses_finished_at_check', `(status = 'finished') = (finished_at IS NOT NULL)`)
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('courses_organisation_index')
  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'courses_organisation_id_fkey' })
  organisation: Relation<Organisation>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'title_ja', type: 'text' })
  titleJa: string;

  @Column({ name: 'title_en', type: 'text', default: '' })
  titleEn: string;

  /** The title's reading in katakana (courses/title-reading.ts); '' until written. */
  @Column({ name: 'title_kana', type: 'text', default: '' })
  titleKana: string;

  @Column({ name: 'summary_ja', type: 'text', default: '' })
  summaryJa: string;

  @Column({ name: 'summary_en', type: 'text', default: '' })
  summaryEn: string;

  @Column({ name: 'description_ja', type: 'text', default: '' })
  descriptionJa: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  @Index('courses_life_stages_index', { type: 'gin' })
  @Column({ name: 'life_stages', type: 'text', array: true })
  lifeStages: LifeStage[];

  @Index('courses_category_index')
  @Column({ type: 'text' })
  category: Category;

  @Column({ type: 'smallint' })
  pillar: Pillar;

  /** The plan's priority projects (重点事業) the course serves; may be empty. */
  @Column({ name: 'priority_projects', type: 'text', array: true, default: '{}' })
  priorityProjects: PriorityProject[];

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

  /**
   * One booking may seat this many people beyond one: 0 is 「お一人ずつ」 (one attendee per
   * booking — the booker or one family member), 3 a party of up to four.
   */
  @Column({ name: 'max_companions', type: 'smallint', default: 0 })
  maxCompanions: number;

  /** How guardians take part (reference-data.ts GUARDIAN_RULES). */
  @Column({ name: 'guardian_rule', type: 'text', default: 'none' })
  guardianRule: GuardianRule;

  /** How a fee is paid (when fee_yen > 0). */
  @Column({ name: 'payment_method', type: 'text', default: 'at_door' })
  paymentMethod: PaymentMethod;

  /** In advance: paid at the latest this many days before the first session. */
  @Column({ name: 'payment_deadline_days', type: 'smallint', nullable: true })
  paymentDeadlineDays: number | null;

  /** Where and how to pay (a counter, a bank transfer…), in each language. */
  @Column({ name: 'payment_note_ja', type: 'text', default: '' })
  paymentNoteJa: string;

  @Column({ name: 'payment_note_en', type: 'text', default: '' })
  paymentNoteEn: string;

  /** Seats taken: the sum of the confirmed bookings' parties (maintained by the booking SQL). */
  @Column({ name: 'booked_count', type: 'integer', default: 0 })
  bookedCount: number;

  /** Citizens may cancel until this many hours before the first session. */
  @Column({ name: 'cancel_deadline_hours', type: 'smallint', default: 24 })
  cancelDeadlineHours: number;

  /** Who goes first in a lottery draw, in order of precedence. */
  @Column({ name: 'lottery_priorities', type: 'text', array: true, default: '{}' })
  lotteryPriorities: LotteryPriority[];

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

  /** Who completes the course (certificates/completion-rule.ts). */
  @Column({ name: 'completion_rule', type: 'text', default: 'two_thirds' })
  completionRule: CompletionRule;

  /** Whether arriving late counts as attending for completion. */
  @Column({ name: 'completion_counts_late', type: 'boolean', default: true })
  completionCountsLate: boolean;

  /** When the completion job decided the course (status 'finished' iff set). */
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

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

  /**
   * The start of the last scheduled session (NULL without one): the course is upcoming from an
   * instant when this is at or after it. Kept by the course_sessions_last_session_* triggers
   * (migration 1795930000000); never written by the application.
   */
  @Column({
    name: 'last_session_starts_at',
    type: 'timestamptz',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  lastSessionStartsAt: Date | null;

  @OneToMany(() => CourseSession, (session) => session.course)
  sessions: Relation<CourseSession[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
