import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { queueNotifications } from '../notifications/outbox-writer';
import type { CourseStatus } from '../reference/reference-data';
import type { CompletionRule } from './completion-rule';

type Executor = Pick<EntityManager, 'query'>;

/** The course row as the completion job sees it, locked for its transaction. */
export interface LockedCourseForCompletion {
  id: string;
  status: CourseStatus;
  completionRule: CompletionRule;
  countsLate: boolean;
  finishedAt: Date | null;
  /** The end of the last scheduled session (null without one). */
  lastEndsAt: Date | null;
  /** Scheduled (not cancelled) sessions. */
  sessionsHeld: number;
}

/** One participant of a confirmed booking, with the booking's attendance. */
export interface ParticipantAttendance {
  bookingId: string;
  participantPosition: number;
  userId: string;
  familyMemberId: string | null;
  holderName: string;
  holderFamilyName: string;
  sessionsAttended: number;
  minutesAttended: number;
}

/** A stored decision, for a re-decision to compare with. */
export interface StoredCompletion {
  id: string;
  bookingId: string;
  participantPosition: number;
  sessionsHeld: number;
  sessionsAttended: number;
  minutesAttended: number;
  completed: boolean;
  validCertificateId: string | null;
}

/**
 * The participants of the course's confirmed bookings: the booker (position 0; when they attend
 * themselves, not an erased account) and each companion (booking_participants), with the booking's attendance at the held
 * sessions (present, and late when the course counts it). A companion's family name is the
 * first word of a name written with a space, or the booker's family name it starts with.
 */
const PARTICIPANTS_SQL = `
  WITH held AS (
    SELECT id, ends_at - starts_at AS length FROM course_sessions
     WHERE course_id = $1 AND status = 'scheduled'
  ), attendance AS (
    SELECT b.id AS booking_id, count(h.id)::int AS attended,
           coalesce(round(extract(epoch FROM sum(h.length)) / 60), 0)::int AS minutes
      FROM bookings b
      LEFT JOIN session_attendance a
        ON a.booking_id = b.id AND (a.status = 'present' OR (a.status = 'late' AND $2::boolean))
      LEFT JOIN held h ON h.id = a.session_id
     WHERE b.course_id = $1 AND b.status = 'confirmed'
     GROUP BY b.id
  )
  SELECT b.id AS "bookingId", 0 AS "participantPosition", b.user_id AS "userId",
         NULL::uuid AS "familyMemberId",
         coalesce(nullif(btrim(u.family_name || ' ' || u.given_name), ''), '—') AS "holderName",
         btrim(u.family_name) AS "holderFamilyName",
         t.attended AS "sessionsAttended", t.minutes AS "minutesAttended"
    FROM bookings b JOIN users u ON u.id = b.user_id JOIN attendance t ON t.booking_id = b.id
   WHERE u.deleted_at IS NULL AND b.booker_attends
  UNION ALL
  SELECT b.id, p.position, b.user_id, p.family_member_id, btrim(p.name),
         CASE WHEN btrim(p.name) ~ '[[:space:]\u3000]'
                THEN split_part(regexp_replace(btrim(p.name), '[[:space:]\u3000]+', ' ', 'g'), ' ', 1)
              WHEN btrim(u.family_name) <> '' AND starts_with(btrim(p.name), btrim(u.family_name))
                THEN btrim(u.family_name)
              ELSE '' END,
         t.attended, t.minutes
    FROM bookings b JOIN users u ON u.id = b.user_id JOIN attendance t ON t.booking_id = b.id
    JOIN booking_participants p ON p.booking_id = b.id
   WHERE u.deleted_at IS NULL
   ORDER BY 1, 2`;

/**
 * The completion job's SQL. Every write runs in the caller's transaction, after lockCourse:
 * the course's row lock serialises the job with itself (a second run waits, then finds the
 * course finished) and with the organiser's edits.
 */
@Injectable()
export class CompletionRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Published courses whose last scheduled session ended by `now`, oldest first. */
  async dueCourseIds(now: Date, limit = 200): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM courses c
         JOIN LATERAL (SELECT max(s.ends_at) AS last_ends_at FROM course_sessions s
                        WHERE s.course_id = c.id AND s.status = 'scheduled') l ON true
        WHERE c.status = 'published' AND l.last_ends_at <= $1::timestamptz
        ORDER BY l.last_ends_at, c.id
        LIMIT $2`,
      [now.toISOString(), limit],
    );
    return rows.map((row) => row.id);
  }

  /** Courses finished since `since`: their completions still follow corrections of attendance. */
  async recentlyFinishedCourseIds(since: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM courses WHERE status = 'finished' AND finished_at >= $1::timestamptz
        ORDER BY finished_at, id`,
      [since.toISOString()],
    );
    return rows.map((row) => row.id);
  }

  /** The course, locked (FOR UPDATE) until the transaction ends; null when it does not exist. */
  async lockCourse(manager: Executor, courseId: string): Promise<LockedCourseForCompletion | null> {
    const [row] = await manager.query(
      `SELECT c.id, c.status, c.completion_rule AS "completionRule",
              c.completion_counts_late AS "countsLate", c.finished_at AS "finishedAt",
              (SELECT max(s.ends_at) FROM course_sessions s
                WHERE s.course_id = c.id AND s.status = 'scheduled') AS "lastEndsAt",
              (SELECT count(*)::int FROM course_sessions s
                WHERE s.course_id = c.id AND s.status = 'scheduled') AS "sessionsHeld"
         FROM courses c WHERE c.id = $1 FOR UPDATE OF c`,
      [courseId],
    );
    return row ?? null;
  }

  participants(
    manager: Executor,
    courseId: string,
    countsLate: boolean,
  ): Promise<ParticipantAttendance[]> {
    return manager.query(PARTICIPANTS_SQL, [courseId, countsLate]);
  }

  /**
   * The one-way move to 'finished' (only from 'published'): false when another run got there
   * first — the decision is then theirs and this transaction must write nothing.
   */
  async markFinished(manager: Executor, courseId: string, now: Date): Promise<boolean> {
    // Wrapped in a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    const rows: unknown[] = await manager.query(
      `WITH finished AS (
         UPDATE courses SET status = 'finished', finished_at = $2::timestamptz, updated_at = now()
          WHERE id = $1 AND status = 'published' RETURNING id)
       SELECT id FROM finished`,
      [courseId, now.toISOString()],
    );
    return rows.length === 1;
  }

  /** Writes the decisions; returns the ids of the completed ones. */
  async insertCompletions(
    manager: Executor,
    courseId: string,
    sessionsHeld: number,
    decisions: (ParticipantAttendance & { completed: boolean })[],
    now: Date,
  ): Promise<string[]> {
    if (decisions.length === 0) return [];
    const rows: { id: string; completed: boolean }[] = await manager.query(
      `INSERT INTO course_completions (course_id, booking_id, participant_position, user_id,
              family_member_id, holder_name, holder_family_name, sessions_held, sessions_attended,
              minutes_attended, completed, decided_at)
       SELECT $1, d."bookingId", d."participantPosition", d."userId", d."familyMemberId",
              d."holderName", d."holderFamilyName", $2, d."sessionsAttended",
              d."minutesAttended", d.completed, $3::timestamptz
         FROM jsonb_to_recordset($4::jsonb) AS d("bookingId" uuid, "participantPosition" smallint,
              "userId" uuid, "familyMemberId" uuid, "holderName" text, "holderFamilyName" text,
              "sessionsAttended" smallint, "minutesAttended" integer, completed boolean)
       RETURNING id, completed`,
      [courseId, sessionsHeld, now.toISOString(), JSON.stringify(decisions)],
    );
    return rows.filter((row) => row.completed).map((row) => row.id);
  }

  async storedCompletions(manager: Executor, courseId: string): Promise<StoredCompletion[]> {
    return manager.query(
      `SELECT cc.id, cc.booking_id AS "bookingId", cc.participant_position AS "participantPosition",
              cc.sessions_held AS "sessionsHeld", cc.sessions_attended AS "sessionsAttended",
              cc.minutes_attended AS "minutesAttended", cc.completed,
              (SELECT ce.id FROM certificates ce
                WHERE ce.completion_id = cc.id AND ce.status = 'valid') AS "validCertificateId"
         FROM course_completions cc WHERE cc.course_id = $1
        ORDER BY cc.booking_id, cc.participant_position`,
      [courseId],
    );
  }

  async reviseCompletion(
    manager: Executor,
    id: string,
    change: { sessionsAttended: number; minutesAttended: number; completed: boolean },
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE course_completions
          SET sessions_attended = $2, minutes_attended = $3, completed = $4,
              revised_at = $5::timestamptz
        WHERE id = $1`,
      [id, change.sessionsAttended, change.minutesAttended, change.completed, now.toISOString()],
    );
  }

  /**
   * Issues one valid certificate per completion given (the partial unique index refuses a
   * second). A number already taken (a collision of random numbers, vanishingly rare) is
   * skipped by ON CONFLICT and the completion comes back without a certificate, for the caller
   * to try again with a fresh number.
   */
  async issueCertificates(
    manager: Executor,
    issues: { completionId: string; number: string }[],
    now: Date,
  ): Promise<string[]> {
    if (issues.length === 0) return [];
    const rows: { completionId: string }[] = await manager.query(
      `INSERT INTO certificates (completion_id, number, issued_at)
       SELECT i."completionId", i.number, $2::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS i("completionId" uuid, number text)
       ON CONFLICT (number) DO NOTHING
       RETURNING completion_id AS "completionId"`,
      [JSON.stringify(issues), now.toISOString()],
    );
    return rows.map((row) => row.completionId);
  }

  /**
   * 'certificate_issued' mails for these new certificates, to the account holding each (the
   * booker; the guardian for a family member or a companion), in the caller's transaction.
   * Erased accounts get none; the number is the dedupe key.
   */
  async queueIssuedMails(manager: Executor, numbers: string[]): Promise<number> {
    if (numbers.length === 0) return 0;
    const rows: {
      number: string;
      userId: string;
      bookingId: string;
      courseId: string;
      holderName: string;
      family: boolean;
    }[] = await manager.query(
      `SELECT ce.number, cc.user_id AS "userId", cc.booking_id AS "bookingId",
              cc.course_id AS "courseId", cc.holder_name AS "holderName",
              (cc.participant_position <> 0) AS family
         FROM certificates ce
         JOIN course_completions cc ON cc.id = ce.completion_id
         JOIN users u ON u.id = cc.user_id
        WHERE ce.number = ANY($1::text[]) AND u.deleted_at IS NULL
        ORDER BY ce.number`,
      [numbers],
    );
    return queueNotifications(
      manager,
      rows.map((row) => ({
        kind: 'certificate_issued',
        userId: row.userId,
        bookingId: row.bookingId,
        courseId: row.courseId,
        payload: { number: row.number, holderName: row.holderName, family: row.family },
        dedupeKey: `certificate_issued:${row.number}`,
      })),
    );
  }

  async revokeCertificate(
    manager: Executor,
    certificateId: string,
    reason: 'attendance_corrected' | 'issued_in_error',
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE certificates SET status = 'revoked', revoked_at = $2::timestamptz, revoked_reason = $3
        WHERE id = $1 AND status = 'valid'`,
      [certificateId, now.toISOString(), reason],
    );
  }
}
