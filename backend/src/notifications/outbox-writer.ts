import type { EntityManager } from 'typeorm';
import type { NotificationKind } from './notification-mails';

/** One row for the outbox (see notification.entity.ts). */
export interface QueuedNotification {
  kind: NotificationKind;
  userId: string;
  bookingId: string | null;
  courseId: string | null;
  sessionId?: string | null;
  payload?: Record<string, unknown>;
  /** Set where the notification must exist at most once; a second one is silently dropped. */
  dedupeKey?: string | null;
}

/**
 * The one writer of `notifications` rows from TypeScript, in the caller's transaction (the
 * outbox drain sends them afterwards). Booking notices come from the booking ledger
 * (bookings/ledger/booking-ledger.repository.ts; its PL/pgSQL functions write their own in
 * bookings/ledger/sql/); reminders (session-reminders), organisers' messages (rosters) and the
 * instructor bank's mails (instructors/) use it too. Account mails (verification, reset, email change) are not notifications: they are sent
 * directly by accounts/. Returns how many rows were new.
 */
export async function queueNotifications(
  executor: Pick<EntityManager, 'query'>,
  notifications: readonly QueuedNotification[],
): Promise<number> {
  if (notifications.length === 0) return 0;
  const [{ queued }] = await executor.query(
    `WITH inserted AS (
       INSERT INTO notifications (kind, user_id, booking_id, course_id, session_id, payload, dedupe_key)
       SELECT n.kind, n.user_id, n.booking_id, n.course_id, n.session_id,
              coalesce(n.payload::jsonb, '{}'::jsonb), n.dedupe_key
         FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[])
              AS n(kind, user_id, booking_id, course_id, session_id, payload, dedupe_key)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id
     )
     SELECT count(*)::int AS queued FROM inserted`,
    [
      notifications.map((n) => n.kind),
      notifications.map((n) => n.userId),
      notifications.map((n) => n.bookingId),
      notifications.map((n) => n.courseId),
      notifications.map((n) => n.sessionId ?? null),
      notifications.map((n) => (n.payload ? JSON.stringify(n.payload) : null)),
      notifications.map((n) => n.dedupeKey ?? null),
    ],
  );
  return queued;
}
