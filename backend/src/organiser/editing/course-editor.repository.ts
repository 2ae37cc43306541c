import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CourseStatus } from '../../reference/reference-data';
import type { CourseInputDto, CourseUpdateDto } from './course-input.dto';
import type { CourseEditorDto, EditorSessionDto } from './course-editor.dto';

/** DTO field → column, for every field an organiser writes. */
/** The course's own columns (linked instructors live in course_instructor_profiles). */
type CourseColumnKey = Exclude<keyof CourseUpdateDto, 'instructorProfileIds'>;

const COLUMNS: Record<CourseColumnKey, string> = {
  titleJa: 'title_ja',
  titleEn: 'title_en',
  titleKana: 'title_kana',
  summaryJa: 'summary_ja',
  summaryEn: 'summary_en',
  descriptionJa: 'description_ja',
  descriptionEn: 'description_en',
  lifeStages: 'life_stages',
  category: 'category',
  pillar: 'pillar',
  priorityProjects: 'priority_projects',
  targetAgeMin: 'target_age_min',
  targetAgeMax: 'target_age_max',
  audience: 'audience',
  feeYen: 'fee_yen',
  childcareOffered: 'childcare_offered',
  whatToBringJa: 'what_to_bring_ja',
  whatToBringEn: 'what_to_bring_en',
  instructorNamesJa: 'instructor_names_ja',
  instructorNamesEn: 'instructor_names_en',
  capacity: 'capacity',
  maxCompanions: 'max_companions',
  completionRule: 'completion_rule',
  completionCountsLate: 'completion_counts_late',
  guardianRule: 'guardian_rule',
  paymentMethod: 'payment_method',
  paymentDeadlineDays: 'payment_deadline_days',
  paymentNoteJa: 'payment_note_ja',
  paymentNoteEn: 'payment_note_en',
  bookingRule: 'booking_rule',
  applicationOpensAt: 'application_opens_at',
  applicationClosesAt: 'application_closes_at',
  lotteryPriorities: 'lottery_priorities',
};

export interface LockedCourse {
  id: string;
  organisationId: string;
  status: CourseStatus;
  bookedCount: number;
  capacity: number;
  bookingRule: string;
  lotteryPriorities: string[];
  applicationOpensAt: Date;
  applicationClosesAt: Date;
}

/** What a change to a published course is checked against (see CourseEditorService). */
export interface PublishedFacts {
  /** The first scheduled session's start, or null without one. */
  firstStartsAt: Date | null;
  /** The smallest room of a scheduled session, or null without one. */
  smallestRoom: number | null;
  /** Its lottery has been drawn (false for a first-come course). */
  drawn: boolean;
}

export interface PlannedSession {
  startsAt: Date;
  endsAt: Date;
  roomId: string;
}

/**
 * The organiser console's writes. Every query names the caller's organisations, so another
 * organisation's course is never read or written. Writes take the caller's transaction manager.
 */
@Injectable()
export class CourseEditorRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The course row, locked for this transaction, or null when it is not the caller's. */
  async lock(
    manager: EntityManager,
    id: string,
    organisationIds: readonly string[],
  ): Promise<LockedCourse | null> {
    const [row] = await manager.query(
      `SELECT id, organisation_id AS "organisationId", status, booked_count AS "bookedCount",
              capacity, booking_rule AS "bookingRule", lottery_priorities AS "lotteryPriorities",
              application_opens_at AS "applicationOpensAt",
              application_closes_at AS "applicationClosesAt"
         FROM courses WHERE id = $1 AND organisation_id = ANY($2::uuid[]) FOR UPDATE`,
      [id, organisationIds],
    );
    return row ?? null;
  }

  async insert(manager: EntityManager, input: CourseInputDto): Promise<string> {
    const { organisationId, ...fields } = input;
    // An optional field left out keeps the column's default.
    const entries = (Object.entries(fields) as [CourseColumnKey, unknown][]).filter(
      ([, value]) => value !== undefined,
    );
    const columns = ['organisation_id', ...entries.map(([key]) => COLUMNS[key])];
    const values = [organisationId, ...entries.map(([, value]) => value)];
    const [row] = await manager.query(
      `INSERT INTO courses (${columns.join(', ')}, status)
       VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}, 'draft') RETURNING id`,
      values,
    );
    return row.id;
  }

  async update(manager: EntityManager, id: string, patch: CourseUpdateDto): Promise<void> {
    const entries = (Object.entries(patch) as [CourseColumnKey, unknown][]).filter(
      ([, value]) => value !== undefined,
    );
    if (entries.length === 0) return;
    await manager.query(
      `UPDATE courses SET ${entries.map(([key], i) => `${COLUMNS[key]} = $${i + 2}`).join(', ')},
              updated_at = now()
        WHERE id = $1`,
      [id, ...entries.map(([, value]) => value)],
    );
  }

  async setStatus(manager: EntityManager, id: string, status: CourseStatus): Promise<void> {
    await manager.query(
      `UPDATE courses SET status = $2, updated_at = now(),
              published_at = CASE WHEN $2 = 'draft' THEN NULL
                                  WHEN $2 = 'published' THEN now() ELSE published_at END
        WHERE id = $1`,
      [id, status],
    );
  }

  /** Copies a course as a draft, every scheduled session shifted by whole weeks. */
  async duplicate(manager: EntityManager, id: string, shiftWeeks: number): Promise<string> {
    const columns = Object.values(COLUMNS).filter(
      (column) => column !== 'application_opens_at' && column !== 'application_closes_at',
    );
    const [row] = await manager.query(
      `INSERT INTO courses (organisation_id, ${columns.join(', ')},
                            application_opens_at, application_closes_at, status)
       SELECT organisation_id, ${columns.join(', ')},
              application_opens_at + make_interval(weeks => $2),
              application_closes_at + make_interval(weeks => $2), 'draft'
         FROM courses WHERE id = $1 RETURNING id`,
      [id, shiftWeeks],
    );
    await manager.query(
      `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
       SELECT $2, room_id, starts_at + make_interval(weeks => $3), ends_at + make_interval(weeks => $3)
         FROM course_sessions WHERE course_id = $1 AND status = 'scheduled' ORDER BY starts_at`,
      [id, row.id, shiftWeeks],
    );
    return row.id;
  }

  async insertSessions(
    manager: EntityManager,
    courseId: string,
    sessions: readonly PlannedSession[],
  ): Promise<void> {
    // One statement: the series lands whole or, on any collision, not at all.
    await manager.query(
      `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
       SELECT $1, p.room_id, p.starts_at, p.ends_at
         FROM unnest($2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS p(room_id, starts_at, ends_at)`,
      [
        courseId,
        sessions.map((s) => s.roomId),
        sessions.map((s) => s.startsAt),
        sessions.map((s) => s.endsAt),
      ],
    );
  }

  /** The session's status, or null when it is not a session of this course. */
  async sessionStatus(
    manager: EntityManager,
    courseId: string,
    sessionId: string,
  ): Promise<string | null> {
    const [row] = await manager.query(
      `SELECT status FROM course_sessions WHERE id = $1 AND course_id = $2 FOR UPDATE`,
      [sessionId, courseId],
    );
    return row?.status ?? null;
  }

  async moveSession(manager: EntityManager, sessionId: string, to: PlannedSession): Promise<void> {
    await manager.query(
      `UPDATE course_sessions SET room_id = $2, starts_at = $3, ends_at = $4, updated_at = now()
        WHERE id = $1`,
      [sessionId, to.roomId, to.startsAt, to.endsAt],
    );
  }

  /**
   * Cancels scheduled sessions (all of the course's, or the given ones) and releases their room
   * reservations, so that the rooms can be taken again.
   */
  async cancelSessions(
    manager: EntityManager,
    courseId: string,
    sessionIds?: string[],
  ): Promise<void> {
    await manager.query(
      `WITH cancelled AS (
         UPDATE course_sessions SET status = 'cancelled', updated_at = now()
          WHERE course_id = $1 AND status = 'scheduled'
            AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
          RETURNING id
       )
       DELETE FROM room_reservations WHERE course_session_id IN (SELECT id FROM cancelled)`,
      [courseId, sessionIds ?? null],
    );
  }

  /** What publishing checks: the first scheduled session and the smallest room used. */
  async publishFacts(
    manager: EntityManager,
    courseId: string,
  ): Promise<{ sessionCount: number; firstStartsAt: Date | null; smallestRoom: number | null }> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS "sessionCount", min(s.starts_at) AS "firstStartsAt",
              min(r.capacity)::int AS "smallestRoom"
         FROM course_sessions s JOIN rooms r ON r.id = s.room_id
        WHERE s.course_id = $1 AND s.status = 'scheduled'`,
      [courseId],
    );
    return row;
  }

  /** The facts a later change must keep true (read under the course lock). */
  async publishedFacts(manager: EntityManager, courseId: string): Promise<PublishedFacts> {
    const [row] = await manager.query(
      `SELECT (SELECT min(s.starts_at) FROM course_sessions s
                WHERE s.course_id = $1 AND s.status = 'scheduled') AS "firstStartsAt",
              (SELECT min(r.capacity)::int FROM course_sessions s JOIN rooms r ON r.id = s.room_id
                WHERE s.course_id = $1 AND s.status = 'scheduled') AS "smallestRoom",
              EXISTS (SELECT 1 FROM lottery_draws d
                       WHERE d.course_id = $1 AND d.drawn_at IS NOT NULL) AS drawn`,
      [courseId],
    );
    return row;
  }

  /** Bookings that still hold something: a seat, a waiting place or a lottery application. */
  async activeBookings(manager: EntityManager, courseId: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS count FROM bookings
        WHERE course_id = $1 AND status IN ('confirmed', 'waiting', 'applied')`,
      [courseId],
    );
    return row.count;
  }

  /** Capacity of each given room. */
  async roomCapacities(roomIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { id: string; capacity: number }[] = await this.dataSource.query(
      `SELECT id, capacity FROM rooms WHERE id = ANY($1::uuid[])`,
      [roomIds],
    );
    return new Map(rows.map((row) => [row.id, row.capacity]));
  }

  /** A manager outside any transaction (for look-ups after a failed one). */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * The index of the first planned slot that overlaps an existing reservation (a session or a
   * hire, other than the moved session's own) or a closure, or -1.
   */
  async firstUnavailable(
    planned: readonly PlannedSession[],
    exceptSessionId?: string,
  ): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT min(p.position)::int - 1 AS index
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])
              WITH ORDINALITY AS p(room_id, starts_at, ends_at, position)
         JOIN rooms r ON r.id = p.room_id
        WHERE EXISTS (SELECT 1 FROM room_reservations rr
                       WHERE rr.room_id = p.room_id
                         AND rr.during && tstzrange(p.starts_at, p.ends_at)
                         AND rr.course_session_id IS DISTINCT FROM $4::uuid)
           OR EXISTS (SELECT 1 FROM facility_closures fc
                       WHERE fc.facility_id = r.facility_id
                         AND fc.during @> (p.starts_at AT TIME ZONE 'Asia/Tokyo')::date)`,
      [
        planned.map((s) => s.roomId),
        planned.map((s) => s.startsAt),
        planned.map((s) => s.endsAt),
        exceptSessionId ?? null,
      ],
    );
    return row?.index ?? -1;
  }

  async editorCourse(
    id: string,
    organisationIds: readonly string[],
  ): Promise<Omit<CourseEditorDto, 'sessions'> | null> {
    const fields = Object.entries(COLUMNS)
      .filter(([key]) => !key.startsWith('application'))
      .map(([key, column]) => `c.${column} AS "${key}"`);
    const [row] = await this.dataSource.query(
      `SELECT c.id, c.status, c.booked_count AS "bookedCount", ${fields.join(', ')},
              json_build_object('id', o.id, 'nameJa', o.name_ja, 'nameEn', o.name_en, 'kind', o.kind)
                AS organisation,
              to_json(c.application_opens_at) #>> '{}' AS "applicationOpensAt",
              to_json(c.application_closes_at) #>> '{}' AS "applicationClosesAt",
              to_json(c.published_at) #>> '{}' AS "publishedAt",
              to_json(c.finished_at) #>> '{}' AS "finishedAt"
         FROM courses c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.id = $1 AND c.organisation_id = ANY($2::uuid[])`,
      [id, organisationIds],
    );
    return row ?? null;
  }

  async editorSessions(courseId: string): Promise<EditorSessionDto[]> {
    const rows: { session: EditorSessionDto }[] = await this.dataSource.query(
      `SELECT json_build_object(
                'id', s.id, 'status', s.status, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
                'room', json_build_object('id', r.id, 'nameJa', r.name_ja, 'nameEn', r.name_en,
                                          'capacity', r.capacity),
                'facility', json_build_object('id', f.id, 'nameJa', f.name_ja, 'nameEn', f.name_en,
                                              'addressJa', f.address_ja, 'addressEn', f.address_en)
              ) AS session
         FROM course_sessions s
         JOIN rooms r ON r.id = s.room_id
         JOIN facilities f ON f.id = r.facility_id
        WHERE s.course_id = $1
        ORDER BY s.starts_at`,
      [courseId],
    );
    return rows.map((row) => row.session);
  }
}
