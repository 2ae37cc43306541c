import { PAYMENT_JSON } from '../bookings/payment-sql';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Language } from '../common/errors/request-language';
import type {
  NotificationContext,
  NotificationKind,
  NotificationSession,
} from './notification-mails';
import { isQuestionnaireKind } from '../questionnaires/questionnaire-kinds';
import { issueQuestionnaireLink } from '../questionnaires/questionnaire-links';
import { queueNotifications } from './outbox-writer';

/** A claimed outbox row. */
export interface ClaimedNotification {
  id: string;
  kind: NotificationKind;
  userId: string;
  bookingId: string | null;
  courseId: string | null;
  sessionId: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  /** This claim (the attempt): every later write about the row is conditional on it. */
  claimId: string;
  /** The notification's stable mail identity: its Message-ID is `<messageUuid@host>`. */
  messageUuid: string;
  /** The row was 'sending' when claimed: a drain died (or lost its database) mid-hand-over. */
  interrupted: boolean;
}

/**
 * How long a claim keeps a row from other drains before anything was handed over: time to read
 * what the mail says and to write 'sending'. A drain that fails a round releases its claims at
 * once when it can reach the database again; this lease only matters when it cannot (it died).
 */
export const CLAIM_LEASE_SECONDS = 30;

/**
 * How long a row stays 'sending' before another drain may take it as an interrupted hand-over:
 * longer than the mail transport may take for one mail (connect 5 s, greeting 5 s, 10 s per idle
 * socket; see MailService), so that a live drain is never overtaken, and long enough for a drain
 * that lost its database for a moment to come back and record what it handed over.
 */
export const SENDING_LEASE_SECONDS = 120;

export interface NotificationSummary {
  pending: number;
  due: number;
  sent: number;
  failed: number;
  skipped: number;
  oldestPendingCreatedAt: Date | null;
}

/** The outbox's SQL: claiming, reading what a mail says, recording the outcome. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** False when the app is built without a database (describing the API). */
  get connected(): boolean {
    return this.dataSource.isInitialized === true;
  }

  /**
   * Claims up to `limit` due notifications, oldest due first, through notifications_due_index:
   * pending rows whose time has come, and 'sending' rows whose hand-over lease has ended (their
   * drain died mid-hand-over). SKIP LOCKED lets several drains work side by side without waiting
   * for or taking each other's rows. The claim counts the attempt, gives the row a new claim id,
   * puts it back to 'pending' (a resend goes through 'sending' again) and moves next_attempt_at
   * one claim lease ahead.
   * The outbox's timing (due, leases, retry) is the database's clock on purpose, not the Clock:
   * next_attempt_at is written by it (column default, lease, retry) and compared with it, and
   * it is delivery machinery, not a rule a citizen sees; a test's clock must not hold mail back.
   */
  async claimDue(limit: number): Promise<ClaimedNotification[]> {
    // A top-level SELECT, so that TypeORM answers with the rows (an UPDATE … RETURNING would
    // come back as [rows, count]).
    return this.dataSource.query(
      `WITH due AS (
         SELECT id, status FROM notifications
          WHERE status IN ('pending', 'sending') AND next_attempt_at <= now()
          ORDER BY next_attempt_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE notifications n
            SET attempts = n.attempts + 1, status = 'pending', claim_id = gen_random_uuid(),
                next_attempt_at = now() + make_interval(secs => $2)
           FROM due
          WHERE n.id = due.id
         RETURNING n.id::text AS id, n.kind, n.user_id AS "userId", n.booking_id AS "bookingId",
                   n.course_id AS "courseId", n.session_id AS "sessionId", n.payload, n.attempts,
                   n.claim_id::text AS "claimId", n.message_uuid::text AS "messageUuid",
                   due.status = 'sending' AS interrupted
       )
       SELECT * FROM claimed`,
      [limit, CLAIM_LEASE_SECONDS],
    );
  }

  /**
   * Before the hand-over: 'sending', under the longer hand-over lease. False when the claim is no
   * longer ours (its lease ended and another drain took the row): then nothing may be sent.
   */
  async markSending(id: string, claimId: string): Promise<boolean> {
    const [rows] = await this.dataSource.query(
      `UPDATE notifications
          SET status = 'sending', next_attempt_at = now() + make_interval(secs => $3)
        WHERE id = $1 AND claim_id = $2 AND status = 'pending'
       RETURNING id`,
      [id, claimId, SENDING_LEASE_SECONDS],
    );
    return rows.length === 1;
  }

  /** After the hand-over. False when another drain has taken the row over meanwhile. */
  async markSent(id: string, claimId: string): Promise<boolean> {
    const [rows] = await this.dataSource.query(
      `UPDATE notifications SET status = 'sent', sent_at = now(), last_error = NULL
        WHERE id = $1 AND claim_id = $2 AND status = 'sending'
       RETURNING id`,
      [id, claimId],
    );
    return rows.length === 1;
  }

  /** Not to be sent (deleted account, nothing left to tell): recorded with the reason. */
  async markSkipped(id: string, claimId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET status = 'skipped', last_error = $3
        WHERE id = $1 AND claim_id = $2 AND status = 'pending'`,
      [id, claimId, reason],
    );
  }

  /**
   * The mail server refused the mail or could not be reached: try again after `retryInSeconds`,
   * or give up ('failed') when null.
   */
  async markAttemptFailed(
    id: string,
    claimId: string,
    error: string,
    retryInSeconds: number | null,
  ): Promise<boolean> {
    const [rows] = await this.dataSource.query(
      `UPDATE notifications
          SET last_error = $3,
              status = CASE WHEN $4::integer IS NULL THEN 'failed' ELSE 'pending' END,
              next_attempt_at = CASE WHEN $4::integer IS NULL THEN next_attempt_at
                                     ELSE now() + make_interval(secs => $4::integer) END
        WHERE id = $1 AND claim_id = $2 AND status = 'sending'
       RETURNING id`,
      [id, claimId, error.slice(0, 200), retryInSeconds],
    );
    return rows.length === 1;
  }

  /**
   * Gives back claims on which nothing was handed over (the round failed before): due again at
   * once, the attempt not counted.
   */
  async release(claimIds: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications
          SET next_attempt_at = now(), attempts = greatest(attempts - 1, 0)
        WHERE claim_id = ANY($1::uuid[]) AND status = 'pending'`,
      [claimIds],
    );
  }

  /** What the mail of one notification says, read now; null when the recipient is gone. */
  async context(
    notification: ClaimedNotification,
    publicUrl: string,
    now: Date,
  ): Promise<Omit<NotificationContext, 'now'> | { skip: string }> {
    const [row] = await this.dataSource.query(
      `SELECT u.email, u.family_name AS "familyName", u.given_name AS "givenName",
              u.preferred_language AS language, u.deleted_at IS NOT NULL AS deleted,
              b.id AS "bookingId", b.code, b.party_size AS "partySize", b.status AS "bookingStatus",
              b.booker_attends AS "bookerAttends", b.childcare_ages AS "childcareAges",
              CASE WHEN b.status = 'confirmed' AND b.accepted_at IS NULL THEN b.respond_by END
                AS "respondBy",
              (SELECT coalesce(array_agg(p.name ORDER BY p.position), '{}')
                 FROM booking_participants p WHERE p.booking_id = b.id) AS "familyAttendees",
              CASE WHEN b.status = 'waiting' THEN
                (SELECT count(*)::int FROM bookings w
                  WHERE w.course_id = b.course_id AND w.status = 'waiting'
                    AND w.queue_position <= b.queue_position)
              END AS "placeInLine",
              c.id AS "courseId", c.title_ja, c.title_en, c.what_to_bring_ja, c.what_to_bring_en,
              c.cancel_deadline_hours AS "cancelDeadlineHours",
              c.application_closes_at AS "applicationClosesAt", c.status AS "courseStatus",
              c.fee_yen AS "feeYen", ${PAYMENT_JSON} AS payment,
              o.name_ja AS organiser_ja, o.name_en AS organiser_en
         FROM users u
         LEFT JOIN bookings b ON b.id = $2
         LEFT JOIN courses c ON c.id = coalesce($3, b.course_id)
         LEFT JOIN organisations o ON o.id = c.organisation_id
        WHERE u.id = $1`,
      [notification.userId, notification.bookingId, notification.courseId],
    );
    if (!row || row.deleted || !row.email) return { skip: 'no recipient' };
    if (notification.bookingId && !row.bookingId) return { skip: 'booking gone' };
    const sessions: (NotificationSession & { id: string })[] = row.courseId
      ? (
          await this.dataSource.query(
            `SELECT s.id, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
                    s.status = 'cancelled' AS cancelled,
                    f.name_ja AS facility_ja, f.name_en AS facility_en,
                    r.name_ja AS room_ja, r.name_en AS room_en
               FROM course_sessions s
               JOIN rooms r ON r.id = s.room_id
               JOIN facilities f ON f.id = r.facility_id
              WHERE s.course_id = $1
              ORDER BY s.starts_at`,
            [row.courseId],
          )
        ).map((s: Record<string, unknown>) => ({
          id: s['id'] as string,
          startsAt: new Date(s['startsAt'] as string),
          endsAt: new Date(s['endsAt'] as string),
          cancelled: s['cancelled'] as boolean,
          facility: { ja: s['facility_ja'] as string, en: s['facility_en'] as string },
          room: { ja: s['room_ja'] as string, en: s['room_en'] as string },
        }))
      : [];
    const session = sessions.find((s) => s.id === notification.sessionId) ?? null;
    if (notification.kind === 'course_changed' && row.bookingStatus === 'cancelled') {
      return { skip: 'booking cancelled since' };
    }
    if (notification.kind === 'session_reminder') {
      // A reminder tells of what still happens: not for a cancelled booking or session.
      if (row.bookingStatus !== 'confirmed' || !session || session.cancelled) {
        return { skip: 'nothing to remind of' };
      }
    }
    let payload = notification.payload ?? {};
    if (isQuestionnaireKind(notification.kind)) {
      // The link is made now, for this mail only (questionnaires/questionnaire-links.ts).
      const link = await issueQuestionnaireLink(
        this.dataSource,
        String(payload['invitationId']),
        now,
      );
      if ('skip' in link) return link;
      payload = { ...payload, token: link.token, closesAt: link.closesAt.toISOString() };
    }
    return {
      kind: notification.kind,
      language: row.language as Language,
      publicUrl,
      recipient: { email: row.email, familyName: row.familyName, givenName: row.givenName },
      booking: row.bookingId
        ? {
            id: row.bookingId,
            code: row.code,
            partySize: row.partySize,
            placeInLine: row.placeInLine ?? null,
            bookerAttends: row.bookerAttends,
            familyAttendees: row.familyAttendees,
            childcareAges: row.childcareAges,
            respondBy: row.respondBy ? new Date(row.respondBy) : null,
          }
        : null,
      course: row.courseId
        ? {
            id: row.courseId,
            title: { ja: row.title_ja, en: row.title_en },
            organiser: { ja: row.organiser_ja, en: row.organiser_en },
            whatToBring: { ja: row.what_to_bring_ja, en: row.what_to_bring_en },
            cancelDeadlineHours: row.cancelDeadlineHours,
            applicationClosesAt: new Date(row.applicationClosesAt),
            feeYen: row.feeYen,
            payment: row.payment
              ? {
                  method: row.payment.method,
                  dueDate: row.payment.dueDate,
                  note: { ja: row.payment.noteJa, en: row.payment.noteEn },
                }
              : null,
          }
        : null,
      sessions,
      session,
      payload,
    };
  }

  /**
   * Queues the day-before reminders: one per confirmed booking and session starting on the
   * Japanese calendar day after `now`'s, at most once ever (dedupe_key). Returns how many were new.
   */
  async queueReminders(now: Date): Promise<number> {
    const due: { userId: string; bookingId: string; courseId: string; sessionId: string }[] =
      await this.dataSource.query(
        `SELECT b.user_id AS "userId", b.id AS "bookingId", b.course_id AS "courseId",
                s.id AS "sessionId"
           FROM course_sessions s
           JOIN courses c ON c.id = s.course_id AND c.status = 'published'
           JOIN bookings b ON b.course_id = s.course_id AND b.status = 'confirmed'
          WHERE s.status = 'scheduled'
            AND s.starts_at >= (($1::timestamptz AT TIME ZONE 'Asia/Tokyo')::date + 1) AT TIME ZONE 'Asia/Tokyo'
            AND s.starts_at <  (($1::timestamptz AT TIME ZONE 'Asia/Tokyo')::date + 2) AT TIME ZONE 'Asia/Tokyo'
            AND NOT EXISTS (SELECT 1 FROM notifications n
                             WHERE n.dedupe_key = 'reminder:' || b.id || ':' || s.id)`,
        [now],
      );
    return queueNotifications(
      this.dataSource,
      due.map((row) => ({
        kind: 'session_reminder',
        ...row,
        dedupeKey: `reminder:${row.bookingId}:${row.sessionId}`,
      })),
    );
  }

  async summary(): Promise<NotificationSummary> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status IN ('pending', 'sending'))::int AS pending,
              -- The outbox's own clock, as claimDue judges it.
              count(*) FILTER (WHERE status IN ('pending', 'sending')
                                 AND next_attempt_at <= now())::int AS due,
              count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(*) FILTER (WHERE status = 'failed')::int AS failed,
              count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
              min(created_at) FILTER (WHERE status IN ('pending', 'sending')) AS "oldestPendingCreatedAt"
         FROM notifications`,
    );
    return {
      ...row,
      oldestPendingCreatedAt: row.oldestPendingCreatedAt
        ? new Date(row.oldestPendingCreatedAt)
        : null,
    };
  }
}
