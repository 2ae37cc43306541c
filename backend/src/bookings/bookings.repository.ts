import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/sql/prepared-query';
import type { Audience, BookingRule, GuardianRule } from '../reference/reference-data';
import type { BookingDto, BookingView } from './dto/booking.dto';
import { PAYMENT_JSON } from './payment-sql';

/** What a booking decision needs to know about the course and the person, read in one query. */
export interface BookingContext {
  courseId: string;
  courseStatus: string;
  bookingRule: BookingRule;
  opensAt: Date;
  closesAt: Date;
  capacity: number;
  bookedCount: number;
  maxCompanions: number;
  guardianRule: GuardianRule;
  childcareOffered: boolean;
  audience: Audience;
  targetAgeMin: number | null;
  targetAgeMax: number | null;
  firstSessionStartsAt: Date | null;
  userName: string;
  userBirthYear: number | null;
  isResident: boolean;
  family: { id: string; name: string; birthYear: number }[];
  activeBookingId: string | null;
  /** Only when asked for (withQueueLength); null otherwise. */
  queueLength: number | null;
  /** As a booking of this course shows them (BookingDto.course, .sessions). */
  course: BookingDto['course'];
  sessions: BookingDto['sessions'];
  /** cancellableUntil of a booking that is confirmed / waiting or applied. */
  cancellableIfConfirmed: string | null;
  cancellableIfQueued: string | null;
}

/** The booking context's part that is the course's, the same for every person. */
export type CourseContext = Omit<
  BookingContext,
  | 'bookedCount'
  | 'queueLength'
  | 'userName'
  | 'userBirthYear'
  | 'isResident'
  | 'family'
  | 'activeBookingId'
> & {
  /** tsumugu_course_revision when read (ledger/sql/course-revision.v1.sql). */
  revision: string;
};

/** The booking context's part that is the person's, and the seats taken now. */
export type PersonContext = Pick<
  BookingContext,
  'userName' | 'userBirthYear' | 'isResident' | 'family' | 'activeBookingId' | 'bookedCount'
>;

/** The course as a booking shows it (c: courses, o: organisations). */
const COURSE_JSON = `json_build_object(
      'id', c.id, 'titleJa', c.title_ja, 'titleEn', c.title_en, 'bookingRule', c.booking_rule,
      'feeYen', c.fee_yen, 'status', c.status,
      'organisationNameJa', o.name_ja, 'organisationNameEn', o.name_en,
      'whatToBringJa', c.what_to_bring_ja, 'whatToBringEn', c.what_to_bring_en,
      'childcareOffered', c.childcare_offered, 'guardianRule', c.guardian_rule,
      'applicationClosesAt', c.application_closes_at, 'payment', ${PAYMENT_JSON})`;

/** Every session of course c, with its place, in time order. */
const SESSIONS_JSON = `(
      SELECT coalesce(json_agg(json_build_object(
               'id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at, 'status', s.status,
               'facilityId', f.id, 'facilityNameJa', f.name_ja, 'facilityNameEn', f.name_en,
               'roomNameJa', r.name_ja, 'roomNameEn', r.name_en) ORDER BY s.starts_at), '[]'::json)
        FROM course_sessions s
        JOIN rooms r ON r.id = s.room_id
        JOIN facilities f ON f.id = r.facility_id
       WHERE s.course_id = c.id)`;

/**
 * Until when a booking of course c in status `status` may be cancelled (see
 * BookingLedgerRepository.cancelOwn). With `booking` (the booking's alias), a promotion still
 * waiting for its answer may be declined until its answer is due, even past the deadline.
 */
function cancellableUntil(status: string, booking?: string): string {
  const deadline = `(SELECT min(s.starts_at) - make_interval(hours => c.cancel_deadline_hours)
            FROM course_sessions s WHERE s.course_id = c.id AND s.status = 'scheduled')`;
  const awaiting = booking
    ? `WHEN ${status} = 'confirmed' AND ${booking}.respond_by IS NOT NULL
            AND ${booking}.accepted_at IS NULL
        THEN greatest(${booking}.respond_by, ${deadline})`
    : '';
  return `CASE
      WHEN ${status} IN ('waiting', 'applied') THEN COALESCE(
          (SELECT max(s.ends_at) FROM course_sessions s WHERE s.course_id = c.id AND s.status = 'scheduled'),
          c.application_closes_at)
      ${awaiting}
      WHEN ${status} = 'confirmed' THEN ${deadline}
    END`;
}

/** A booking as its owner sees it, built by PostgreSQL as JSON (one query, no N+1). */
const BOOKING_JSON = `
json_build_object(
  'id', b.id,
  'code', b.code,
  'status', b.status,
  'partySize', b.party_size,
  'bookerAttends', b.booker_attends,
  'bookerName', btrim(u.family_name || ' ' || u.given_name),
  'childcareAges', to_json(b.childcare_ages),
  'waitingPosition', CASE WHEN b.status = 'waiting' THEN (
      SELECT count(*)::int FROM bookings w
       WHERE w.course_id = b.course_id AND w.status = 'waiting'
         AND w.queue_position <= b.queue_position) END,
  'course', ${COURSE_JSON},
  'sessions', ${SESSIONS_JSON},
  'participants', (
      SELECT coalesce(json_agg(p ORDER BY p.position), '[]'::json) FROM (
        SELECT 0 AS position, NULL::uuid AS "familyMemberId",
               btrim(u.family_name || ' ' || u.given_name) AS name, u.birth_year AS "birthYear"
         WHERE b.booker_attends
        UNION ALL
        SELECT bp.position, bp.family_member_id, bp.name, bp.birth_year
          FROM booking_participants bp WHERE bp.booking_id = b.id) p),
  'createdAt', b.created_at,
  'confirmedAt', b.confirmed_at,
  'promotedAt', b.promoted_at,
  'respondBy', CASE WHEN b.status = 'confirmed' AND b.accepted_at IS NULL THEN b.respond_by END,
  'acceptedAt', b.accepted_at,
  'cancelledAt', b.cancelled_at,
  'cancelledBy', b.cancelled_by,
  'cancellableUntil', ${cancellableUntil('b.status', 'b')}
)`;

/** The course's part of a booking context (c: courses, o: organisations). */
const COURSE_CONTEXT_COLUMNS = `
      c.id AS "courseId", c.status AS "courseStatus", c.booking_rule AS "bookingRule",
      c.application_opens_at AS "opensAt", c.application_closes_at AS "closesAt",
      c.capacity, c.max_companions AS "maxCompanions",
      c.guardian_rule AS "guardianRule", c.childcare_offered AS "childcareOffered",
      c.audience, c.target_age_min AS "targetAgeMin", c.target_age_max AS "targetAgeMax",
      (SELECT min(s.starts_at) FROM course_sessions s
        WHERE s.course_id = c.id AND s.status = 'scheduled') AS "firstSessionStartsAt",
      ${COURSE_JSON} AS course,
      ${SESSIONS_JSON} AS sessions,
      -- As text in JSON's form, like the booking's own cancellableUntil.
      to_json(${cancellableUntil("'confirmed'")}) #>> '{}' AS "cancellableIfConfirmed",
      to_json(${cancellableUntil("'waiting'")}) #>> '{}' AS "cancellableIfQueued"`;

/** The person's part of a booking context (u: users; $1 the course's id). */
const PERSON_CONTEXT_COLUMNS = `
      btrim(u.family_name || ' ' || u.given_name) AS "userName",
      u.birth_year AS "userBirthYear",
      cardinality(u.tsukuba_relations) > 0 AS "isResident",
      (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.name,
                'birthYear', f.birth_year) ORDER BY f.birth_year, f.created_at), '[]'::json)
         FROM family_members f WHERE f.user_id = u.id) AS family,
      (SELECT b.id FROM bookings b
        WHERE b.course_id = $1 AND b.user_id = u.id
          AND b.status IN ('applied', 'confirmed', 'waiting')) AS "activeBookingId"`;

const BOOKING_FROM = `
  FROM bookings b
  JOIN courses c ON c.id = b.course_id
  JOIN organisations o ON o.id = c.organisation_id
  JOIN users u ON u.id = b.user_id`;

/** The moment the course's last scheduled session ends (null: no sessions). */
const COURSE_ENDS_AT = `(SELECT max(s.ends_at) FROM course_sessions s WHERE s.course_id = c.id AND s.status = 'scheduled')`;

/** Which of the person's bookings each list shows, as of the instant $2. */
const VIEW_FILTERS: Record<BookingView, string> = {
  upcoming: `b.status = 'confirmed' AND c.status = 'published' AND coalesce(${COURSE_ENDS_AT} > $2::timestamptz, true)`,
  waiting: `b.status IN ('waiting', 'applied') AND c.status = 'published' AND coalesce(${COURSE_ENDS_AT} > $2::timestamptz, true)`,
  past: `NOT (b.status IN ('confirmed', 'waiting', 'applied') AND c.status = 'published' AND coalesce(${COURSE_ENDS_AT} > $2::timestamptz, true))`,
};

const VIEW_ORDER: Record<BookingView, string> = {
  upcoming: `(SELECT min(s.starts_at) FROM course_sessions s WHERE s.course_id = c.id AND s.status = 'scheduled' AND s.ends_at > $2::timestamptz) NULLS LAST, b.created_at`,
  waiting: `b.created_at DESC`,
  past: `coalesce(b.cancelled_at, ${COURSE_ENDS_AT}, b.created_at) DESC`,
};

@Injectable()
export class BookingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Course, person, family and any active booking: null when the course is not public. The
   * length of the queue costs a count over the waiting list, so only the booking options ask.
   */
  async context(
    courseId: string,
    userId: string,
    options: { withQueueLength?: boolean } = {},
  ): Promise<BookingContext | null> {
    const [row] = await preparedQuery<BookingContext>(
      this.dataSource,
      'tsumugu_booking_context',
      `SELECT ${COURSE_CONTEXT_COLUMNS}, ${PERSON_CONTEXT_COLUMNS},
              c.booked_count AS "bookedCount",
              CASE WHEN $3 THEN (
                SELECT count(*)::int FROM bookings q
                 WHERE q.course_id = c.id
                   AND q.status = CASE c.booking_rule WHEN 'lottery' THEN 'applied' ELSE 'waiting' END)
              END AS "queueLength"
         FROM courses c
         JOIN organisations o ON o.id = c.organisation_id, users u
        WHERE c.id = $1 AND u.id = $2 AND c.status <> 'draft'`,
      [courseId, userId, options.withQueueLength ?? false],
    );
    return row ?? null;
  }

  /**
   * The course's part of the booking context, the same for everybody (what the app keeps in
   * memory, see CourseContextCache), with the revision it was read at: null when the course is
   * not public.
   */
  async courseContext(courseId: string): Promise<CourseContext | null> {
    const [row] = await preparedQuery<CourseContext>(
      this.dataSource,
      'tsumugu_course_context',
      `SELECT ${COURSE_CONTEXT_COLUMNS}, tsumugu_course_revision(c.id) AS revision
         FROM courses c
         JOIN organisations o ON o.id = c.organisation_id
        WHERE c.id = $1 AND c.status <> 'draft'`,
      [courseId],
    );
    return row ?? null;
  }

  /**
   * The person's part of the booking context for a course (never kept: read for every booking),
   * with the course's seats taken now. Null when there is no such person.
   */
  async personContext(courseId: string, userId: string): Promise<PersonContext | null> {
    const [row] = await preparedQuery<PersonContext>(
      this.dataSource,
      'tsumugu_person_context',
      `SELECT ${PERSON_CONTEXT_COLUMNS},
              (SELECT c.booked_count FROM courses c WHERE c.id = $1) AS "bookedCount"
         FROM users u WHERE u.id = $2`,
      [courseId, userId],
    );
    return row ?? null;
  }

  async idempotencyRecord(
    userId: string,
    key: string,
  ): Promise<{ fingerprint: string; bookingId: string } | null> {
    const [row] = await this.dataSource.query(
      `SELECT fingerprint, booking_id AS "bookingId" FROM idempotency_keys
        WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    return row ?? null;
  }

  async findOwn(userId: string, bookingId: string): Promise<BookingDto | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${BOOKING_JSON} AS booking ${BOOKING_FROM} WHERE b.id = $1 AND b.user_id = $2`,
      [bookingId, userId],
    );
    return row?.booking ?? null;
  }

  async listOwn(userId: string, view: BookingView, now: Date): Promise<BookingDto[]> {
    const rows: { booking: BookingDto }[] = await this.dataSource.query(
      `SELECT ${BOOKING_JSON} AS booking ${BOOKING_FROM}
        WHERE b.user_id = $1 AND ${VIEW_FILTERS[view]}
        ORDER BY ${VIEW_ORDER[view]}
        LIMIT 200`,
      [userId, now],
    );
    return rows.map((row) => row.booking);
  }
}
