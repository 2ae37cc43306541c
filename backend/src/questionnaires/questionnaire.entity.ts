import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { Booking } from '../bookings/booking.entity';
import { Course } from '../courses/course.entity';
import { inList, subsetOf } from '../database/sql/sql-checks';
import {
  AGE_BANDS,
  type AgeBand,
  type CustomAnswer,
  HEARD_FROM,
  type HeardFrom,
  type OrganiserQuestion,
  USE_IN,
  type UseIn,
} from './questionnaire-questions';

/**
 * A course's questionnaire (1795920000000-questionnaires): the organiser's questions and when
 * the invitations went out (set once, by the job, under the row's lock).
 */
@Entity({ name: 'questionnaires' })
@Check(
  'questionnaires_questions_check',
  `jsonb_typeof(questions) = 'array' AND jsonb_array_length(questions) <= 5`,
)
@Check(
  'questionnaires_invited_check',
  `(invited_at IS NULL) = (closes_at IS NULL) AND (closes_at IS NULL OR closes_at > invited_at)`,
)
export class Questionnaire {
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @OneToOne(() => Course, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'questionnaires_course_id_fkey' })
  course: Relation<Course>;

  @Column({ type: 'jsonb', default: [] })
  questions: OrganiserQuestion[];

  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** One per booking of a participant who attended. `answered` has no time, on purpose. */
@Entity({ name: 'questionnaire_invitations' })
@Unique('questionnaire_invitations_booking_unique', ['bookingId'])
export class QuestionnaireInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('questionnaire_invitations_course_index')
  @ManyToOne(() => Questionnaire, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'course_id',
    referencedColumnName: 'courseId',
    foreignKeyConstraintName: 'questionnaire_invitations_course_id_fkey',
  })
  questionnaire: Relation<Questionnaire>;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Booking, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'booking_id',
    foreignKeyConstraintName: 'questionnaire_invitations_booking_id_fkey',
  })
  booking: Relation<Booking>;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @Index('questionnaire_invitations_user_index')
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'user_id',
    foreignKeyConstraintName: 'questionnaire_invitations_user_id_fkey',
  })
  user: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'boolean', default: false })
  answered: boolean;

  @Column({ type: 'boolean', default: false })
  reminded: boolean;
}

/** The SHA-256 of a mailed single-use link (the token is only in the mail). */
@Entity({ name: 'questionnaire_links' })
export class QuestionnaireLink {
  @PrimaryColumn({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Index('questionnaire_links_invitation_index')
  @ManyToOne(() => QuestionnaireInvitation, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'invitation_id',
    foreignKeyConstraintName: 'questionnaire_links_invitation_id_fkey',
  })
  invitation: Relation<QuestionnaireInvitation>;

  @Column({ name: 'invitation_id', type: 'uuid' })
  invitationId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An answer: the course and the answers only — no booking, no person, no time. */
@Entity({ name: 'questionnaire_answers' })
@Check('questionnaire_answers_satisfaction_check', 'satisfaction BETWEEN 1 AND 5')
@Check('questionnaire_answers_usefulness_check', 'usefulness BETWEEN 1 AND 4')
@Check('questionnaire_answers_use_in_check', subsetOf('use_in', USE_IN))
@Check('questionnaire_answers_heard_from_check', subsetOf('heard_from', HEARD_FROM))
@Check('questionnaire_answers_age_band_check', inList('age_band', AGE_BANDS))
@Check('questionnaire_answers_comment_check', 'char_length(comment) <= 1000')
@Check('questionnaire_answers_custom_check', `jsonb_typeof(custom) = 'object'`)
export class QuestionnaireAnswer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('questionnaire_answers_course_index')
  @ManyToOne(() => Questionnaire, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'course_id',
    referencedColumnName: 'courseId',
    foreignKeyConstraintName: 'questionnaire_answers_course_id_fkey',
  })
  questionnaire: Relation<Questionnaire>;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ type: 'smallint' })
  satisfaction: number;

  @Column({ type: 'smallint' })
  usefulness: number;

  @Column({ name: 'use_in', type: 'text', array: true, default: '{}' })
  useIn: UseIn[];

  @Column({ name: 'heard_from', type: 'text', array: true, default: '{}' })
  heardFrom: HeardFrom[];

  @Column({ name: 'age_band', type: 'text', nullable: true })
  ageBand: AgeBand | null;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ type: 'jsonb', default: {} })
  custom: Record<string, CustomAnswer>;
}
