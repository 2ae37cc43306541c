import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Course } from '../courses/course.entity';
import { Facility } from '../facilities/facility.entity';
import type { Category, LifeStage } from '../reference/reference-data';

/**
 * The evaluation summary tables (migration 1796000000000-evaluation), rebuilt as a whole by
 * EvaluationSummaryRepository.refresh: derived data, never written elsewhere. What each count
 * means is the figure's definition in figure-definitions.ts.
 */

/** One course held: its fiscal year, breakdown values and counts. */
@Entity({ name: 'evaluation_course_facts' })
@Index('evaluation_course_facts_year_index', ['fiscalYear', 'organisationId'])
@Check('evaluation_course_facts_month_check', 'month BETWEEN 1 AND 12')
@Check(
  'evaluation_course_facts_counts_check',
  `sessions_held >= 0 AND seats_offered >= 0 AND applicants >= 0 AND enrolled >= 0
   AND attendances BETWEEN 0 AND expected_attendances
   AND completed BETWEEN 0 AND completions_decided
   AND questionnaires_answered BETWEEN 0 AND questionnaires_sent
   AND satisfied BETWEEN 0 AND satisfaction_answers`,
)
export class EvaluationCourseFact {
  @ForeignKey(() => Course, { onDelete: 'CASCADE', name: 'evaluation_course_facts_course_id_fkey' })
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @Column({ type: 'smallint' })
  month: number;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'smallint' })
  pillar: number;

  @Column({ name: 'life_stages', type: 'text', array: true })
  lifeStages: LifeStage[];

  @Column({ type: 'text' })
  category: Category;

  @Column({ name: 'facility_id', type: 'uuid', nullable: true })
  facilityId: string | null;

  @Column({ name: 'booking_rule', type: 'text' })
  bookingRule: string;

  @Column({ name: 'sessions_held', type: 'integer' })
  sessionsHeld: number;

  @Column({ name: 'seats_offered', type: 'integer' })
  seatsOffered: number;

  @Column({ type: 'integer' })
  applicants: number;

  @Column({ type: 'integer' })
  enrolled: number;

  @Column({ name: 'expected_attendances', type: 'integer' })
  expectedAttendances: number;

  @Column({ type: 'integer' })
  attendances: number;

  @Column({ name: 'completions_decided', type: 'integer' })
  completionsDecided: number;

  @Column({ type: 'integer' })
  completed: number;

  @Column({ name: 'questionnaires_sent', type: 'integer' })
  questionnairesSent: number;

  @Column({ name: 'questionnaires_answered', type: 'integer' })
  questionnairesAnswered: number;

  @Column({ name: 'satisfaction_answers', type: 'integer' })
  satisfactionAnswers: number;

  @Column({ type: 'integer' })
  satisfied: number;
}

/** One person who attended a course held (a digest as key: no account id is kept here). */
@Entity({ name: 'evaluation_participations' })
@Index('evaluation_participations_course_index', ['courseId'])
@Check(
  'evaluation_participations_age_band_check',
  `age_band IN ('under_20', '20s', '30s', '40s', '50s', '60s', '70_plus', 'unknown')`,
)
@Check(
  'evaluation_participations_relations_check',
  `relations <@ ARRAY['live', 'work', 'study']::text[]`,
)
export class EvaluationParticipation {
  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @ForeignKey(() => Course, {
    onDelete: 'CASCADE',
    name: 'evaluation_participations_course_id_fkey',
  })
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @PrimaryColumn({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'age_band', type: 'text' })
  ageBand: string;

  @Column({ type: 'text', array: true })
  relations: string[];
}

/** Per facility and month: rooms, opening hours and hours reserved by courses and hires. */
@Entity({ name: 'evaluation_room_use' })
@Check('evaluation_room_use_month_check', 'month BETWEEN 1 AND 12')
@Check(
  'evaluation_room_use_hours_check',
  'rooms >= 0 AND open_hours >= 0 AND course_hours >= 0 AND hire_hours >= 0',
)
export class EvaluationRoomUse {
  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @PrimaryColumn({ type: 'smallint' })
  month: number;

  @ForeignKey(() => Facility, { onDelete: 'CASCADE', name: 'evaluation_room_use_facility_id_fkey' })
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId: string;

  @Column({ type: 'integer' })
  rooms: number;

  // numeric comes back from pg as a string.
  @Column({ name: 'open_hours', type: 'numeric', precision: 12, scale: 2 })
  openHours: string;

  @Column({ name: 'course_hours', type: 'numeric', precision: 12, scale: 2 })
  courseHours: string;

  @Column({ name: 'hire_hours', type: 'numeric', precision: 12, scale: 2 })
  hireHours: string;
}

/** The one row saying when the summary was last rebuilt, as of which instant. */
@Entity({ name: 'evaluation_summary_state' })
@Check('evaluation_summary_state_one_row_check', 'id')
export class EvaluationSummaryState {
  @PrimaryColumn({ type: 'boolean', default: true })
  id: boolean;

  @Column({ name: 'refreshed_at', type: 'timestamptz', nullable: true })
  refreshedAt: Date | null;

  @Column({ name: 'as_of', type: 'timestamptz', nullable: true })
  asOf: Date | null;

  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs: number | null;
}

/** Unique participants and repeat learners per fiscal year and grouping (unfiltered). */
@Entity({ name: 'evaluation_people_counts' })
@Check(
  'evaluation_people_counts_grouping_check',
  `grouping IN ('all', 'organisation', 'pillar', 'life_stage', 'age_band', 'relation')`,
)
@Check(
  'evaluation_people_counts_counts_check',
  'participants >= 0 AND repeat_learners BETWEEN 0 AND participants',
)
export class EvaluationPeopleCount {
  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @PrimaryColumn({ type: 'text' })
  grouping: string;

  /** The group's value ('' for the whole year). */
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  participants: number;

  @Column({ name: 'repeat_learners', type: 'integer' })
  repeatLearners: number;
}
