import {
  EvaluationIndicator,
  EvaluationManualValue,
  EvaluationSettings,
} from '../evaluation/evaluation-indicator.entities';
import {
  EvaluationCourseFact,
  EvaluationParticipation,
  EvaluationPeopleCount,
  EvaluationRoomUse,
  EvaluationSummaryState,
} from '../evaluation/evaluation-summary.entities';
import type { DataSourceOptions } from 'typeorm';
import { FamilyMember } from '../accounts/family/family-member.entity';
import { UserSession } from '../accounts/authentication/user-session.entity';
import { EmailToken } from '../accounts/email-token.entity';
import { RateLimitCounter } from '../accounts/security/rate-limit-counter.entity';
import { User } from '../accounts/user.entity';
import { AuditLogEntry } from '../audit/audit-log-entry.entity';
import { BookingParticipant } from '../bookings/booking-participant.entity';
import { Booking } from '../bookings/booking.entity';
import { CalendarFeed } from '../bookings/calendar-export/calendar-feed.entity';
import { IdempotencyKey } from '../bookings/idempotency-key.entity';
import { type DatabaseTimeouts, databaseTimeouts } from '../config/app-config';
import { CourseImage } from '../course-images/course-image.entity';
import { CourseSearchGrams } from '../courses/course-search-grams.entity';
import { CourseSession } from '../courses/course-session.entity';
import { Course } from '../courses/course.entity';
import { Facility } from '../facilities/facility.entity';
import {
  InstructorProfileEvent,
  InstructorProfilePhoto,
  InstructorProfileSubmission,
  InstructorSettings,
} from '../instructors/instructor-profile-history.entity';
import { InstructorProfile } from '../instructors/instructor-profile.entity';
import {
  CourseInstructorProfile,
  InstructorRequest,
  InstructorRequestMessage,
  InstructorRequestOption,
} from '../instructors/instructor-request.entity';
import { Room } from '../rooms/room.entity';
import { LotteryDraw } from '../lottery/lottery-draw.entity';
import { Notification } from '../notifications/notification.entity';
import { Organisation } from '../organisations/organisation.entity';
import {
  Questionnaire,
  QuestionnaireAnswer,
  QuestionnaireInvitation,
  QuestionnaireLink,
} from '../questionnaires/questionnaire.entity';
import { Invitation } from '../roles/invitation.entity';
import { RoleAssignment } from '../roles/role-assignment.entity';
import { FacilityClosure } from '../rooms/facility-closure.entity';
import { FacilityWeeklyClosure } from '../rooms/facility-weekly-closure.entity';
import { RoomReservation } from '../rooms/room-reservation.entity';
import { CourseInstructor } from '../rosters/course-instructor.entity';
import { SessionAttendance } from '../rosters/session-attendance.entity';
import { SessionWalkIn } from '../rosters/session-walk-in.entity';
import { CatalogueSchema1764061200000 } from './migrations/1764061200000-catalogue-schema';
import { FasterSearchGrams1795642400000 } from './migrations/1795642400000-faster-search-grams';
import { TypeormMetadata1795643400000 } from './migrations/1795643400000-typeorm-metadata';
import { IdentitySchema1795651200000 } from './migrations/1795651200000-identity-schema';
import { RoomReservations1795660000000 } from './migrations/1795660000000-room-reservations';
import { OrganiserCourseEditing1795670000000 } from './migrations/1795670000000-organiser-course-editing';
import { Bookings1795680000000 } from './migrations/1795680000000-bookings';
import { JobRunner1795690000000 } from './migrations/1795690000000-job-runner';
import { LotteryDraws1795700000000 } from './migrations/1795700000000-lottery-draws';
import { Attendance1795710000000 } from './migrations/1795710000000-attendance';
import { SearchGramsByTrigger1795720000000 } from './migrations/1795720000000-search-grams-by-trigger';
import { SeatBatches1795730000000 } from './migrations/1795730000000-seat-batches';
import { TakeSeatsByClock1795731000000 } from './migrations/1795731000000-take-seats-by-clock';
import { OutboxAtMostOnce1795740000000 } from './migrations/1795740000000-outbox-at-most-once';
import { BookingLedger1795750000000 } from './migrations/1795750000000-booking-ledger';
import { InstructorBank1795800000000 } from './migrations/1795800000000-instructor-bank';
import { CompletionAndCertificates1795900000000 } from './migrations/1795900000000-completion-and-certificates';
import { CertificateIssuedMail1795901000000 } from './migrations/1795901000000-certificate-issued-mail';
import { Questionnaires1795920000000 } from './migrations/1795920000000-questionnaires';
import { CatalogueListing1795930000000 } from './migrations/1795930000000-catalogue-listing';
import { BookingContextRevision1795940000000 } from './migrations/1795940000000-booking-context-revision';
import { BookingAttendees1795950000000 } from './migrations/1795950000000-booking-attendees';
import { PromotionAnswers1795951000000 } from './migrations/1795951000000-promotion-answers';
import { AuditLogFilters1795960000000 } from './migrations/1795960000000-audit-log-filters';
import { WeeklyClosures1795970000000 } from './migrations/1795970000000-weekly-closures';
import { Evaluation1796000000000 } from './migrations/1796000000000-evaluation';
import { EvaluationPeopleCounts1796010000000 } from './migrations/1796010000000-evaluation-people-counts';
import { CoursePriorityProjects1796100000000 } from './migrations/1796100000000-course-priority-projects';
import { EvaluationSheets1796110000000 } from './migrations/1796110000000-evaluation-sheets';
import {
  EvaluationSheet,
  EvaluationSheetEvent,
} from '../evaluation-sheets/evaluation-sheet.entity';
import { CourseTitleKana1796200000000 } from './migrations/1796200000000-course-title-kana';
import { InstructorCourseUnlinked1796300000000 } from './migrations/1796300000000-instructor-course-unlinked';
import { CourseImageAltText1796310000000 } from './migrations/1796310000000-course-image-alt-text';
import { CatalogueCounts1796500000000 } from './migrations/1796500000000-catalogue-counts';
import { EvaluationPeoplePairs1796700000000 } from './migrations/1796700000000-evaluation-people-pairs';
import { CourseSearchGrams1796800000000 } from './migrations/1796800000000-course-search-grams';
import { GuardedClient } from './guarded-client';
import { CourseCompletion } from '../certificates/course-completion.entity';
import { Certificate } from '../certificates/certificate.entity';

/**
 * Every table of the public schema, each described by the entity beside its feature. The
 * migrations are what the database runs; 'leave nothing for migration:generate to do' in
 * migrations.integration.ts proves these describe the migrated schema exactly.
 */
export const ENTITIES = [
  // catalogue
  Organisation,
  Facility,
  Room,
  Course,
  CourseSession,
  CourseImage,
  CourseSearchGrams,
  // people and access
  User,
  FamilyMember,
  UserSession,
  EmailToken,
  RoleAssignment,
  Invitation,
  AuditLogEntry,
  RateLimitCounter,
  // rooms
  FacilityClosure,
  FacilityWeeklyClosure,
  RoomReservation,
  // bookings
  Booking,
  BookingParticipant,
  IdempotencyKey,
  CalendarFeed,
  Notification,
  LotteryDraw,
  // rosters
  CourseInstructor,
  SessionAttendance,
  SessionWalkIn,
  // instructor bank
  InstructorProfile,
  InstructorProfileSubmission,
  InstructorProfileEvent,
  InstructorProfilePhoto,
  InstructorSettings,
  InstructorRequest,
  InstructorRequestOption,
  InstructorRequestMessage,
  CourseInstructorProfile,
  // completion and certificates
  CourseCompletion,
  Certificate,
  // the course questionnaire
  Questionnaire,
  QuestionnaireInvitation,
  QuestionnaireLink,
  QuestionnaireAnswer,
  // the department evaluation sheets
  EvaluationSheet,
  EvaluationSheetEvent,
  // the plan's evaluation
  EvaluationCourseFact,
  EvaluationParticipation,
  EvaluationRoomUse,
  EvaluationSummaryState,
  EvaluationPeopleCount,
  EvaluationSettings,
  EvaluationIndicator,
  EvaluationManualValue,
];

/** Every migration, in order. A migration is never edited once committed: add a new one. */
export const MIGRATIONS = [
  CatalogueSchema1764061200000,
  FasterSearchGrams1795642400000,
  TypeormMetadata1795643400000,
  IdentitySchema1795651200000,
  RoomReservations1795660000000,
  OrganiserCourseEditing1795670000000,
  Bookings1795680000000,
  JobRunner1795690000000,
  LotteryDraws1795700000000,
  Attendance1795710000000,
  SearchGramsByTrigger1795720000000,
  SeatBatches1795730000000,
  TakeSeatsByClock1795731000000,
  OutboxAtMostOnce1795740000000,
  BookingLedger1795750000000,
  InstructorBank1795800000000,
  CompletionAndCertificates1795900000000,
  CertificateIssuedMail1795901000000,
  Questionnaires1795920000000,
  CatalogueListing1795930000000,
  BookingContextRevision1795940000000,
  BookingAttendees1795950000000,
  PromotionAnswers1795951000000,
  AuditLogFilters1795960000000,
  WeeklyClosures1795970000000,
  Evaluation1796000000000,
  EvaluationPeopleCounts1796010000000,
  CoursePriorityProjects1796100000000,
  EvaluationSheets1796110000000,
  CourseTitleKana1796200000000,
  InstructorCourseUnlinked1796300000000,
  CourseImageAltText1796310000000,
  CatalogueCounts1796500000000,
  EvaluationPeoplePairs1796700000000,
  CourseSearchGrams1796800000000,
];

/** How much longer than statement_timeout the driver waits for an answer before giving up. */
export const QUERY_TIMEOUT_MARGIN_MS = 2000;

/**
 * The pool's settings. Every wait on PostgreSQL is bounded: opening a connection or waiting for a
 * free one (connectionTimeoutMillis), a statement on the server (statement_timeout) and in the
 * driver when the server does not answer at all (query_timeout), a transaction left idle
 * (idle_in_transaction_session_timeout); TCP keep-alive notices a peer that vanished.
 */
function poolOptions(poolSize: number | undefined, timeouts: DatabaseTimeouts) {
  const statementTimeout = timeouts.databaseStatementTimeoutMs;
  return {
    max: poolSize ?? timeouts.databasePoolSize,
    Client: GuardedClient,
    connectionTimeoutMillis: timeouts.databaseConnectTimeoutMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    ...(statementTimeout > 0
      ? {
          statement_timeout: statementTimeout,
          query_timeout: statementTimeout + QUERY_TIMEOUT_MARGIN_MS,
        }
      : {}),
    ...(timeouts.databaseIdleInTransactionTimeoutMs > 0
      ? { idle_in_transaction_session_timeout: timeouts.databaseIdleInTransactionTimeoutMs }
      : {}),
  };
}

export function dataSourceOptions(
  url: string,
  options: {
    migrationsRun?: boolean;
    poolSize?: number;
    /** The defaults of the configuration unless given. */
    timeouts?: Partial<DatabaseTimeouts>;
  } = {},
): DataSourceOptions {
  const timeouts = { ...databaseTimeouts(), ...options.timeouts };
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // Every migration in one transaction: a failed start leaves the schema as it was.
    migrationsTransactionMode: 'all',
    synchronize: false,
    migrationsRun: options.migrationsRun ?? false,
    logging: false,
    extra: {
      ...poolOptions(options.poolSize, timeouts),
      application_name: 'tsumugu',
      // Timestamps built into JSON by PostgreSQL then carry the city's offset (+09:00), and
      // local-time filters (weekday, time of day) read the same clock as the residents.
      options: '-c TimeZone=Asia/Tokyo',
    },
  };
}
