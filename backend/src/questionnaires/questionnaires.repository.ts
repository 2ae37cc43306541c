import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hashToken } from '../accounts/security/tokens';
import type { Label } from '../reference/reference-data';
import { returnedRows } from '../database/sql/returned-rows';
import { queueNotifications } from '../notifications/outbox-writer';
import type { Course } from '../courses/course.entity';
import {
  type AnswerRow,
  emptyTally,
  type StandardTally,
  TALLY_OPTIONS,
} from './questionnaire-results';
import type { CustomAnswer, OrganiserQuestion, StandardAnswers } from './questionnaire-questions';

/** The course as the questionnaire's pages name it. */
export interface QuestionnaireCourseRow {
  courseId: string;
  organisationId: Course['organisationId'];
  title: Label;
  organiser: Label;
  firstSessionAt: Date | null;
  lastSessionEndsAt: Date | null;
}

/** A questionnaire with its course and counts. */
export interface QuestionnaireRow extends QuestionnaireCourseRow {
  questions: OrganiserQuestion[];
  invitedAt: Date | null;
  closesAt: Date | null;
  invited: number;
  answered: number;
}

/** What a mailed link opens. */
export interface LinkRow extends QuestionnaireRow {
  invitationId: string;
  invitationAnswered: boolean;
}

/** A course of the city's report, with its answers tallied (never the answers themselves). */
export interface ReportCourseRow {
  courseId: string;
  title: Label;
  organisationId: string;
  organisation: Label;
  pillar: number;
  invited: number;
  answered: number;
  tally: StandardTally;
}

/** An option code as an SQL literal (the constants of questionnaire-questions.ts, checked). */
function optionLiteral(value: string): string {
  if (!/^[a-z0-9_]+$/.test(value)) throw new Error(`not an option code: ${value}`);
  return `'${value}'`;
}

/** One question's QuestionTally over the grouped answers `a`, counted by PostgreSQL. */
function tallySql(
  options: readonly string[],
  answered: string,
  sum: string,
  chose: (literal: string) => string,
): string {
  const counts = options
    .map(optionLiteral)
    .map((value) => `${value}, count(*) FILTER (WHERE ${chose(value)})`)
    .join(', ');
  return `json_build_object('answered', ${answered}, 'sum', ${sum}, 'counts', json_build_object(${counts}))`;
}

/** A course's StandardTally (see questionnaire-results.ts), as one json value per group. */
const STANDARD_TALLY_SQL = `json_build_object(
  'satisfaction', ${tallySql(TALLY_OPTIONS.satisfaction, 'count(*)', 'sum(a.satisfaction)', (v) => `a.satisfaction = ${v}::smallint`)},
  'usefulness', ${tallySql(TALLY_OPTIONS.usefulness, 'count(*)', 'sum(a.usefulness)', (v) => `a.usefulness = ${v}::smallint`)},
  'useIn', ${tallySql(TALLY_OPTIONS.useIn, 'count(*) FILTER (WHERE cardinality(a.use_in) > 0)', '0', (v) => `${v} = ANY (a.use_in)`)},
  'heardFrom', ${tallySql(TALLY_OPTIONS.heardFrom, 'count(*) FILTER (WHERE cardinality(a.heard_from) > 0)', '0', (v) => `${v} = ANY (a.heard_from)`)},
  'ageBand', ${tallySql(TALLY_OPTIONS.ageBand, 'count(a.age_band)', '0', (v) => `a.age_band = ${v}`)})`;

const ANSWER_COLUMNS = `a.satisfaction, a.usefulness, a.use_in AS "useIn", a.heard_from AS "heardFrom",
  a.age_band AS "ageBand", a.comment, a.custom`;

const COURSE_COLUMNS = `c.id AS "courseId", c.organisation_id AS "organisationId",
  json_build_object('ja', c.title_ja, 'en', c.title_en) AS title,
  json_build_object('ja', o.name_ja, 'en', o.name_en) AS organiser,
  (SELECT min(s.starts_at) FROM course_sessions s
    WHERE s.course_id = c.id AND s.status = 'scheduled') AS "firstSessionAt",
  (SELECT max(s.ends_at) FROM course_sessions s
    WHERE s.course_id = c.id AND s.status = 'scheduled') AS "lastSessionEndsAt"`;

const QUESTIONNAIRE_COLUMNS = `${COURSE_COLUMNS},
  coalesce(q.questions, '[]'::jsonb) AS questions, q.invited_at AS "invitedAt",
  q.closes_at AS "closesAt",
  (SELECT count(*)::int FROM questionnaire_invitations i WHERE i.course_id = c.id) AS invited,
  (SELECT count(*)::int FROM questionnaire_answers a WHERE a.course_id = c.id) AS answered`;

/**
 * The questionnaire's SQL. Answers are read only as rows of answers (never with an invitation):
 * there is nothing to join them to.
 */
@Injectable()
export class QuestionnairesRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** A course of the given organisations (any status), with its questionnaire if it has one. */
  async forOrganiser(
    courseId: string,
    organisationIds: readonly string[],
  ): Promise<QuestionnaireRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${QUESTIONNAIRE_COLUMNS}
         FROM courses c
         JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN questionnaires q ON q.course_id = c.id
        WHERE c.id = $1 AND c.organisation_id = ANY ($2::uuid[])`,
      [courseId, organisationIds],
    );
    return row ?? null;
  }

  /** The answers of a course (for its totals). */
  answers(courseId: string): Promise<AnswerRow[]> {
    return this.dataSource.query(
      `SELECT ${ANSWER_COLUMNS} FROM questionnaire_answers a WHERE a.course_id = $1`,
      [courseId],
    );
  }

  /**
   * Saves the organiser's questions unless an answer exists. The row is locked first (an answer
   * being submitted holds it FOR SHARE), and the answers are counted in a statement after the
   * lock, so an answer that committed meanwhile is seen. Returns false when frozen.
   */
  saveQuestions(courseId: string, questions: OrganiserQuestion[]): Promise<boolean> {
    return this.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO questionnaires (course_id) VALUES ($1) ON CONFLICT (course_id) DO NOTHING`,
        [courseId],
      );
      await manager.query(`SELECT 1 FROM questionnaires WHERE course_id = $1 FOR UPDATE`, [
        courseId,
      ]);
      const [{ answered }] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM questionnaire_answers WHERE course_id = $1) AS answered`,
        [courseId],
      );
      if (answered) return false;
      await manager.query(
        `UPDATE questionnaires SET questions = $2::jsonb, updated_at = now() WHERE course_id = $1`,
        [courseId, JSON.stringify(questions)],
      );
      return true;
    });
  }

  /** What a token opens, or null for a token never issued. */
  async link(token: string): Promise<LinkRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${QUESTIONNAIRE_COLUMNS}, i.id AS "invitationId", i.answered AS "invitationAnswered"
         FROM questionnaire_links l
         JOIN questionnaire_invitations i ON i.id = l.invitation_id
         JOIN questionnaires q ON q.course_id = i.course_id
         JOIN courses c ON c.id = q.course_id
         JOIN organisations o ON o.id = c.organisation_id
        WHERE l.token_hash = $1`,
      [hashToken(token)],
    );
    return row ?? null;
  }

  /**
   * The questionnaire's row of a token, held FOR SHARE for the rest of the transaction (its
   * questions cannot change under an answer being stored), with the invitation's state.
   */
  async lockForAnswer(
    manager: EntityManager,
    token: string,
  ): Promise<{
    invitationId: string;
    courseId: string;
    answered: boolean;
    closesAt: Date;
    questions: OrganiserQuestion[];
  } | null> {
    const [row] = await manager.query(
      `SELECT i.id AS "invitationId", i.course_id AS "courseId", i.answered,
              q.closes_at AS "closesAt", q.questions
         FROM questionnaire_links l
         JOIN questionnaire_invitations i ON i.id = l.invitation_id
         JOIN questionnaires q ON q.course_id = i.course_id
        WHERE l.token_hash = $1
          FOR SHARE OF q`,
      [hashToken(token)],
    );
    return row ?? null;
  }

  /**
   * The guard of "one answer per booking": marks the invitation answered only if it was not.
   * Two submissions at once: the second waits for the first's row lock, then finds it answered
   * and changes nothing (false).
   */
  async markAnswered(manager: EntityManager, invitationId: string): Promise<boolean> {
    const rows = returnedRows(
      await manager.query(
        `UPDATE questionnaire_invitations SET answered = true
          WHERE id = $1 AND NOT answered RETURNING id`,
        [invitationId],
      ),
    );
    return rows.length === 1;
  }

  /** Stores an answer: the course and the answers, nothing that names the person. */
  async insertAnswer(
    manager: EntityManager,
    courseId: string,
    answers: StandardAnswers,
    custom: Record<string, CustomAnswer>,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO questionnaire_answers
         (course_id, satisfaction, usefulness, use_in, heard_from, age_band, comment, custom)
       VALUES ($1, $2, $3, $4::text[], $5::text[], $6, $7, $8::jsonb)`,
      [
        courseId,
        answers.satisfaction,
        answers.usefulness,
        answers.useIn,
        answers.heardFrom,
        answers.ageBand,
        answers.comment,
        JSON.stringify(custom),
      ],
    );
  }

  // --- the invitations round ----------------------------------------------------------------

  /**
   * Courses whose last session ended between `since` and `now` and whose invitations have not
   * gone out (cancelled courses and drafts never get a questionnaire).
   */
  async dueCourses(now: Date, since: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT c.id
         FROM courses c
         JOIN LATERAL (SELECT max(s.ends_at) AS ends_at FROM course_sessions s
                        WHERE s.course_id = c.id AND s.status = 'scheduled') last ON true
         LEFT JOIN questionnaires q ON q.course_id = c.id
        WHERE c.status IN ('published', 'finished')
          AND last.ends_at <= $1 AND last.ends_at > $2
          AND q.invited_at IS NULL
        ORDER BY last.ends_at`,
      [now, since],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Sends a course's invitations, exactly once: invited_at is set only where it is still null,
   * under the row's lock (a concurrent round waits, then finds it set and does nothing). Every
   * confirmed booking with someone present or late at a session gets one invitation and one
   * mail (dedupe key per invitation). Returns the invitations made (0 when another round did).
   */
  inviteCourse(courseId: string, now: Date, closesAt: Date): Promise<number> {
    return this.transaction(async (manager) => {
      const opened = returnedRows(
        await manager.query(
          `INSERT INTO questionnaires (course_id, invited_at, closes_at, updated_at)
         VALUES ($1, $2, $3, $2)
         ON CONFLICT (course_id) DO UPDATE
           SET invited_at = EXCLUDED.invited_at, closes_at = EXCLUDED.closes_at,
               updated_at = EXCLUDED.updated_at
           WHERE questionnaires.invited_at IS NULL
         RETURNING course_id`,
          [courseId, now, closesAt],
        ),
      );
      if (opened.length === 0) return 0;
      const invitations: { id: string; userId: string; bookingId: string }[] = await manager.query(
        `INSERT INTO questionnaire_invitations (course_id, booking_id, user_id)
         SELECT b.course_id, b.id, b.user_id
           FROM bookings b
          WHERE b.course_id = $1 AND b.status = 'confirmed'
            AND EXISTS (SELECT 1 FROM session_attendance a
                          JOIN course_sessions s ON s.id = a.session_id AND s.status = 'scheduled'
                         WHERE a.booking_id = b.id AND a.status IN ('present', 'late'))
         ON CONFLICT (booking_id) DO NOTHING
         RETURNING id, user_id AS "userId", booking_id AS "bookingId"`,
        [courseId],
      );
      await queueNotifications(
        manager,
        invitations.map((invitation) => ({
          kind: 'questionnaire_invitation',
          userId: invitation.userId,
          bookingId: invitation.bookingId,
          courseId,
          payload: { invitationId: invitation.id },
          dedupeKey: `questionnaire-invitation:${invitation.id}`,
        })),
      );
      return invitations.length;
    });
  }

  /**
   * The one reminder: invitations not answered, invited at or before `invitedBefore`, still
   * open at `now`, not reminded yet — flagged and mailed in one transaction (a concurrent round
   * skips the rows this one holds). Returns how many.
   */
  remind(now: Date, invitedBefore: Date): Promise<number> {
    return this.transaction(async (manager) => {
      const due = returnedRows<{ id: string; userId: string; bookingId: string; courseId: string }>(
        await manager.query(
          `WITH due AS (
             SELECT i.id FROM questionnaire_invitations i
               JOIN questionnaires q ON q.course_id = i.course_id
              WHERE NOT i.answered AND NOT i.reminded
                AND q.invited_at <= $2 AND q.closes_at > $1
                FOR UPDATE OF i SKIP LOCKED)
           UPDATE questionnaire_invitations i SET reminded = true
             FROM due WHERE i.id = due.id
           RETURNING i.id, i.user_id AS "userId", i.booking_id AS "bookingId",
                     i.course_id AS "courseId"`,
          [now, invitedBefore],
        ),
      );
      await queueNotifications(
        manager,
        due.map((row) => ({
          kind: 'questionnaire_reminder',
          userId: row.userId,
          bookingId: row.bookingId,
          courseId: row.courseId,
          payload: { invitationId: row.id },
          dedupeKey: `questionnaire-reminder:${row.id}`,
        })),
      );
      return due.length;
    });
  }

  // --- the city's report --------------------------------------------------------------------

  /** Fiscal years (April–March, Japan) in which questionnaires went out, newest first. */
  async fiscalYears(): Promise<number[]> {
    const rows: { year: number }[] = await this.dataSource.query(
      `SELECT DISTINCT extract(year FROM (invited_at AT TIME ZONE 'Asia/Tokyo') - interval '3 months')::int AS year
         FROM questionnaires WHERE invited_at IS NOT NULL ORDER BY year DESC`,
    );
    return rows.map((row) => row.year);
  }

  /**
   * The courses whose questionnaire went out in a fiscal year, with their invitations and their
   * answers tallied by PostgreSQL: one row per course, however many answers (the threshold is
   * applied to these tallies in questionnaire-results.ts).
   */
  async reportCourses(from: Date, to: Date): Promise<ReportCourseRow[]> {
    const rows: (Omit<ReportCourseRow, 'tally'> & { tally: StandardTally | null })[] =
      await this.dataSource.query(
        `WITH asked AS (
           SELECT course_id FROM questionnaires WHERE invited_at >= $1 AND invited_at < $2
         ),
         invited AS (
           SELECT i.course_id, count(*)::int AS invited FROM questionnaire_invitations i
            WHERE i.course_id IN (SELECT course_id FROM asked) GROUP BY i.course_id
         ),
         answered AS (
           SELECT a.course_id, count(*)::int AS answered, ${STANDARD_TALLY_SQL} AS tally
             FROM questionnaire_answers a
            WHERE a.course_id IN (SELECT course_id FROM asked) GROUP BY a.course_id
         )
         SELECT c.id AS "courseId", json_build_object('ja', c.title_ja, 'en', c.title_en) AS title,
                o.id AS "organisationId",
                json_build_object('ja', o.name_ja, 'en', o.name_en) AS organisation,
                c.pillar, coalesce(i.invited, 0) AS invited, coalesce(a.answered, 0) AS answered,
                a.tally
           FROM asked q
           JOIN courses c ON c.id = q.course_id
           JOIN organisations o ON o.id = c.organisation_id
           LEFT JOIN invited i ON i.course_id = c.id
           LEFT JOIN answered a ON a.course_id = c.id
          ORDER BY o.name_ja, c.title_ja, c.id`,
        [from, to],
      );
    return rows.map((row) => ({ ...row, tally: row.tally ?? emptyTally() }));
  }
}
