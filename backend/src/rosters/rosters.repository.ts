import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AttendanceStatus,
  RosterCourseDto,
  RosterEntryDto,
  RosterSessionDto,
  RosterWaitingEntryDto,
  DoorSessionDto,
  TeachingSessionDto,
  WalkInDto,
} from './dto/roster.dto';
import { queueNotifications } from '../notifications/outbox-writer';
import { linkInstructor, unlinkInstructor } from './course-instructor-notices';

/** What decides who may open a session's roster: its course's organisation, its facility, its instructors. */
export interface SessionScope {
  sessionId: string;
  courseId: string;
  organisationId: string;
  facilityId: string;
  status: 'scheduled' | 'cancelled';
  /** The caller is linked to the course as an instructor (course_instructors). */
  teaches: boolean;
}

export interface RosterData {
  course: RosterCourseDto;
  session: RosterSessionDto;
  entries: RosterEntryDto[];
  waiting: RosterWaitingEntryDto[];
  walkIns: WalkInDto[];
}

export interface BookingAtDoor {
  id: string;
  courseId: string;
  status: 'applied' | 'confirmed' | 'waiting' | 'cancelled';
}

/** Age in the session's (Japan) year from a birth year. */
const AGE = (birthYear: string) =>
  `(extract(year FROM s.starts_at AT TIME ZONE 'Asia/Tokyo')::int - ${birthYear})`;

/** One roster entry as JSON: the booking, who booked, who attends, childcare and attendance. */
const ENTRY_JSON = `json_build_object(
  'bookingId', b.id,
  'code', substr(b.code, 1, 4) || '-' || substr(b.code, 5),
  'name', btrim(u.family_name || ' ' || u.given_name),
  'nameKana', btrim(u.family_name_kana || ' ' || u.given_name_kana),
  'age', CASE WHEN u.birth_year IS NULL THEN NULL ELSE ${AGE('u.birth_year')} END,
  'bookerAttends', b.booker_attends,
  'partySize', b.party_size,
  'childcareAges', to_json(b.childcare_ages),
  'companions', coalesce((
    SELECT json_agg(json_build_object('name', p.name, 'age', ${AGE('p.birth_year')}) ORDER BY p.position)
      FROM booking_participants p WHERE p.booking_id = b.id), '[]'::json),
  'phone', u.phone,
  'email', coalesce(u.email, ''),
  'attendance', CASE WHEN a.booking_id IS NULL THEN NULL ELSE json_build_object(
    'status', a.status, 'checkedInAt', a.checked_in_at, 'recordedAt', a.recorded_at,
    'recordedByName', coalesce(btrim(r.family_name || ' ' || r.given_name), '')) END)`;

const ENTRY_FROM = `FROM bookings b
  JOIN users u ON u.id = b.user_id
  LEFT JOIN session_attendance a ON a.session_id = s.id AND a.booking_id = b.id
  LEFT JOIN users r ON r.id = a.recorded_by`;

/** The rosters' SQL: rosters, attendance, walk-ins, messages and course instructors. */
@Injectable()
export class RostersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async sessionScope(sessionId: string, userId: string): Promise<SessionScope | null> {
    const [row] = await this.dataSource.query(
      `SELECT s.id AS "sessionId", s.course_id AS "courseId", c.organisation_id AS "organisationId",
              r.facility_id AS "facilityId", s.status,
              EXISTS (SELECT 1 FROM course_instructors ci
                       WHERE ci.course_id = s.course_id AND ci.user_id = $2) AS teaches
         FROM course_sessions s
         JOIN courses c ON c.id = s.course_id
         JOIN rooms r ON r.id = s.room_id
        WHERE s.id = $1`,
      [sessionId, userId],
    );
    return row ?? null;
  }

  async courseScope(
    courseId: string,
    userId: string,
  ): Promise<{ organisationId: string; teaches: boolean } | null> {
    const [row] = await this.dataSource.query(
      `SELECT c.organisation_id AS "organisationId",
              EXISTS (SELECT 1 FROM course_instructors ci
                       WHERE ci.course_id = c.id AND ci.user_id = $2) AS teaches
         FROM courses c WHERE c.id = $1`,
      [courseId, userId],
    );
    return row ?? null;
  }

  /** Everything on one session's roster, in one round trip. */
  async roster(sessionId: string): Promise<RosterData> {
    const [row] = await this.dataSource.query(
      `SELECT
         json_build_object('id', c.id, 'titleJa', c.title_ja,
           'titleEn', coalesce(nullif(c.title_en, ''), c.title_ja),
           'capacity', c.capacity, 'bookedCount', c.booked_count,
           'childcareOffered', c.childcare_offered, 'guardianRule', c.guardian_rule) AS course,
         json_build_object('id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
           'status', s.status,
           'number', (SELECT count(*) FROM course_sessions o
                       WHERE o.course_id = s.course_id AND o.starts_at <= s.starts_at)::int,
           'facilityId', f.id, 'facilityNameJa', f.name_ja,
           'facilityNameEn', coalesce(nullif(f.name_en, ''), f.name_ja),
           'roomNameJa', rm.name_ja, 'roomNameEn', coalesce(nullif(rm.name_en, ''), rm.name_ja)) AS session,
         coalesce((SELECT json_agg(${ENTRY_JSON}
                     ORDER BY u.family_name_kana, u.given_name_kana, u.family_name, u.given_name, b.code)
                     ${ENTRY_FROM}
                    WHERE b.course_id = s.course_id AND b.status = 'confirmed'), '[]'::json) AS entries,
         coalesce((SELECT json_agg(json_build_object(
                     'position', w.position, 'name', w.name, 'partySize', w.party_size) ORDER BY w.position)
                     FROM (SELECT row_number() OVER (ORDER BY b.queue_position)::int AS position,
                                  btrim(u.family_name || ' ' || u.given_name) AS name, b.party_size
                             FROM bookings b JOIN users u ON u.id = b.user_id
                            WHERE b.course_id = s.course_id AND b.status = 'waiting') w), '[]'::json) AS waiting,
         coalesce((SELECT json_agg(json_build_object('id', w.id, 'name', w.name,
                     'partySize', w.party_size, 'note', w.note, 'createdAt', w.created_at)
                     ORDER BY w.created_at, w.id)
                     FROM session_walk_ins w WHERE w.session_id = s.id), '[]'::json) AS "walkIns"
         FROM course_sessions s
         JOIN courses c ON c.id = s.course_id
         JOIN rooms rm ON rm.id = s.room_id
         JOIN facilities f ON f.id = rm.facility_id
        WHERE s.id = $1`,
      [sessionId],
    );
    return row;
  }

  /** One confirmed booking as it stands on a session's roster. */
  async entry(sessionId: string, bookingId: string): Promise<RosterEntryDto | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${ENTRY_JSON} AS entry
         FROM course_sessions s
         JOIN bookings b ON b.course_id = s.course_id AND b.status = 'confirmed'
         JOIN users u ON u.id = b.user_id
         LEFT JOIN session_attendance a ON a.session_id = s.id AND a.booking_id = b.id
         LEFT JOIN users r ON r.id = a.recorded_by
        WHERE s.id = $1 AND b.id = $2`,
      [sessionId, bookingId],
    );
    return row?.entry ?? null;
  }

  /**
   * The booking with this (normalised) code, share-locked until the transaction ends so that a
   * cancellation cannot slip in between the check and the check-in.
   */
  async bookingByCode(manager: EntityManager, code: string): Promise<BookingAtDoor | null> {
    const [row] = await manager.query(
      `SELECT b.id, b.course_id AS "courseId", b.status
         FROM bookings b
        WHERE b.code = $1
          FOR SHARE OF b`,
      [code],
    );
    return row ?? null;
  }

  /**
   * Checks a booking in as present. The primary key (session_id, booking_id) holds one row per
   * booking and session whatever the number of devices: a second check-in changes nothing and
   * answers with the first one's time. Someone marked absent who turns up is checked in.
   */
  async checkIn(
    manager: EntityManager,
    sessionId: string,
    bookingId: string,
    userId: string,
  ): Promise<{ changed: boolean; checkedInAt: Date }> {
    const inserted: { checkedInAt: Date }[] = await manager.query(
      `INSERT INTO session_attendance (session_id, booking_id, status, checked_in_at, recorded_by)
       VALUES ($1, $2, 'present', now(), $3)
       ON CONFLICT (session_id, booking_id) DO UPDATE
         SET status = 'present', checked_in_at = now(), recorded_by = EXCLUDED.recorded_by,
             recorded_at = now()
         WHERE session_attendance.status = 'absent'
       RETURNING checked_in_at AS "checkedInAt"`,
      [sessionId, bookingId, userId],
    );
    if (inserted.length) return { changed: true, checkedInAt: inserted[0].checkedInAt };
    const [existing] = await manager.query(
      `SELECT checked_in_at AS "checkedInAt" FROM session_attendance
        WHERE session_id = $1 AND booking_id = $2`,
      [sessionId, bookingId],
    );
    return { changed: false, checkedInAt: existing.checkedInAt };
  }

  /** Sets present / late / absent; arriving keeps the first arrival time. */
  async setAttendance(
    manager: EntityManager,
    sessionId: string,
    bookingId: string,
    status: AttendanceStatus,
    userId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO session_attendance (session_id, booking_id, status, checked_in_at, recorded_by)
       VALUES ($1, $2, $3, CASE WHEN $3 = 'absent' THEN NULL ELSE now() END, $4)
       ON CONFLICT (session_id, booking_id) DO UPDATE
         SET status = EXCLUDED.status,
             checked_in_at = CASE WHEN EXCLUDED.status = 'absent' THEN NULL
                                  ELSE coalesce(session_attendance.checked_in_at, now()) END,
             recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
      [sessionId, bookingId, status, userId],
    );
  }

  async clearAttendance(
    manager: EntityManager,
    sessionId: string,
    bookingId: string,
  ): Promise<boolean> {
    const [, count] = await manager.query(
      `DELETE FROM session_attendance WHERE session_id = $1 AND booking_id = $2`,
      [sessionId, bookingId],
    );
    return count > 0;
  }

  /** Whether the booking is confirmed on the session's course (so it is on the roster). */
  async isOnRoster(manager: EntityManager, sessionId: string, bookingId: string) {
    const [row] = await manager.query(
      `SELECT 1 FROM course_sessions s
         JOIN bookings b ON b.course_id = s.course_id AND b.status = 'confirmed'
        WHERE s.id = $1 AND b.id = $2
          FOR SHARE OF b`,
      [sessionId, bookingId],
    );
    return !!row;
  }

  async addWalkIn(
    manager: EntityManager,
    sessionId: string,
    walkIn: { name: string; partySize: number; note: string },
    userId: string,
  ): Promise<WalkInDto> {
    const [row] = await manager.query(
      `INSERT INTO session_walk_ins (session_id, name, party_size, note, recorded_by)
       VALUES ($1, $2, $3, $4, $5)
       RETURNING id, name, party_size AS "partySize", note, created_at AS "createdAt"`,
      [sessionId, walkIn.name, walkIn.partySize, walkIn.note, userId],
    );
    return row;
  }

  async removeWalkIn(manager: EntityManager, sessionId: string, walkInId: string) {
    const [, count] = await manager.query(
      `DELETE FROM session_walk_ins WHERE session_id = $1 AND id = $2`,
      [sessionId, walkInId],
    );
    return count > 0;
  }

  /**
   * One 'organiser_message' notification per confirmed booking of the course, in the caller's
   * transaction; the notifications job sends them. The dedupe key (message id, booking) keeps a
   * message from reaching anyone twice. Returns how many were queued.
   */
  async queueMessage(
    manager: EntityManager,
    message: {
      id: string;
      courseId: string;
      sessionId: string | null;
      subject: string;
      body: string;
    },
  ): Promise<number> {
    const recipients: { userId: string; bookingId: string }[] = await manager.query(
      `SELECT b.user_id AS "userId", b.id AS "bookingId"
         FROM bookings b JOIN users u ON u.id = b.user_id
        WHERE b.course_id = $1 AND b.status = 'confirmed' AND u.deleted_at IS NULL
        ORDER BY b.created_at, b.id`,
      [message.courseId],
    );
    return queueNotifications(
      manager,
      recipients.map((recipient) => ({
        kind: 'organiser_message',
        ...recipient,
        courseId: message.courseId,
        sessionId: message.sessionId,
        payload: { subject: message.subject, body: message.body },
        dedupeKey: `organiser_message:${message.id}:${recipient.bookingId}`,
      })),
    );
  }

  async sessionOfCourse(sessionId: string, courseId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM course_sessions WHERE id = $1 AND course_id = $2`,
      [sessionId, courseId],
    );
    return !!row;
  }

  async instructors(courseId: string) {
    return this.dataSource.query(
      `SELECT u.id AS "userId", btrim(u.family_name || ' ' || u.given_name) AS name,
              coalesce(u.email, '') AS email, ci.created_at AS "addedAt"
         FROM course_instructors ci JOIN users u ON u.id = ci.user_id
        WHERE ci.course_id = $1
        ORDER BY ci.created_at, u.id`,
      [courseId],
    );
  }

  /** The active account with this email that holds the instructor role, if any. */
  async instructorByEmail(email: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT u.id FROM users u
        WHERE u.email = lower($1) AND u.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.user_id = u.id AND ra.role = 'instructor')`,
      [email.trim()],
    );
    return row?.id ?? null;
  }

  /** Links the account to the course and tells them (course-instructor-notices.ts). */
  async addInstructor(
    manager: EntityManager,
    link: { courseId: string; userId: string; addedBy: string; now: Date },
  ) {
    return (await linkInstructor(manager, link)) !== null;
  }

  /** Unlinks the account from the course and tells them; false when it was not linked. */
  removeInstructor(manager: EntityManager, courseId: string, userId: string) {
    return unlinkInstructor(manager, courseId, userId);
  }

  /** The sessions of the courses a person teaches, from a week ago on. */
  async teachingSessions(userId: string, now: Date): Promise<TeachingSessionDto[]> {
    return this.dataSource.query(
      `SELECT s.id AS "sessionId", c.id AS "courseId", c.title_ja AS "courseTitleJa",
              coalesce(nullif(c.title_en, ''), c.title_ja) AS "courseTitleEn",
              s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.status,
              f.name_ja AS "facilityNameJa", coalesce(nullif(f.name_en, ''), f.name_ja) AS "facilityNameEn",
              rm.name_ja AS "roomNameJa", coalesce(nullif(rm.name_en, ''), rm.name_ja) AS "roomNameEn"
         FROM course_instructors ci
         JOIN courses c ON c.id = ci.course_id
         JOIN course_sessions s ON s.course_id = c.id
         JOIN rooms rm ON rm.id = s.room_id
         JOIN facilities f ON f.id = rm.facility_id
        WHERE ci.user_id = $1 AND s.ends_at > $2::timestamptz - interval '7 days'
        ORDER BY s.starts_at, c.id
        LIMIT 200`,
      [userId, now],
    );
  }

  /**
   * The sessions of published or past courses held at `facilityIds` between two instants, with
   * the people booked and checked in (a cancelled course's sessions count as cancelled).
   */
  async doorSessions(
    facilityIds: readonly string[],
    from: Date,
    to: Date,
  ): Promise<DoorSessionDto[]> {
    if (!facilityIds.length) return [];
    return this.dataSource.query(
      `SELECT s.id AS "sessionId", c.id AS "courseId", c.title_ja AS "courseTitleJa",
              coalesce(nullif(c.title_en, ''), c.title_ja) AS "courseTitleEn",
              s.starts_at AS "startsAt", s.ends_at AS "endsAt",
              CASE WHEN c.status = 'cancelled' THEN 'cancelled' ELSE s.status END AS status,
              f.id AS "facilityId",
              f.name_ja AS "facilityNameJa", coalesce(nullif(f.name_en, ''), f.name_ja) AS "facilityNameEn",
              rm.name_ja AS "roomNameJa", coalesce(nullif(rm.name_en, ''), rm.name_ja) AS "roomNameEn",
              coalesce(sum(b.party_size), 0)::int AS people,
              coalesce(sum(b.party_size) FILTER (WHERE a.status IN ('present', 'late')), 0)::int
                AS "checkedIn",
              c.childcare_offered AS "childcareOffered",
              coalesce(sum(cardinality(b.childcare_ages)), 0)::int AS "childcareChildren"
         FROM course_sessions s
         JOIN courses c ON c.id = s.course_id
         JOIN rooms rm ON rm.id = s.room_id
         JOIN facilities f ON f.id = rm.facility_id
         LEFT JOIN bookings b ON b.course_id = c.id AND b.status = 'confirmed'
         LEFT JOIN session_attendance a ON a.session_id = s.id AND a.booking_id = b.id
        WHERE f.id = ANY($1::uuid[]) AND c.status <> 'draft'
          AND s.starts_at >= $2 AND s.starts_at < $3
        GROUP BY s.id, c.id, f.id, rm.id
        ORDER BY s.starts_at, f.name_ja, rm.name_ja, c.id`,
      [facilityIds, from, to],
    );
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
