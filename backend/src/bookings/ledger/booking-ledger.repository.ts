import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { queueNotifications } from '../../notifications/outbox-writer';
import type { Booking } from '../booking.entity';

/** What stood in the way of a citizen's cancellation (null: cancelled). */
export type CancelRefusal = 'not_found' | 'already_cancelled' | 'deadline_passed';

/** What stood in the way of accepting a promotion (null: accepted). */
export type AcceptRefusal = 'not_found' | 'not_awaiting' | 'answer_closed';

/** One application's result in a lottery draw, as the ledger writes it. */
export interface DrawOutcome {
  bookingId: string;
  userId: string;
  outcome: 'won' | 'waitlisted';
  entryId: string;
  rank: number;
  queuePosition: number | null;
}

/** Where a moved session goes (null: the session is cancelled). */
export interface SessionChange {
  roomId: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The SQL of the booking ledger: the only code that writes bookings' statuses, booking
 * participants, courses.booked_count and booking notices (with the PL/pgSQL functions in sql/,
 * which it calls). Every method runs in the caller's transaction (`manager`) unless it opens its
 * own, and takes the course row's lock first: lock order everywhere is the course row, then its
 * bookings.
 */
@Injectable()
export class BookingLedgerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Locks the course row (a no-op for a caller that holds it already). */
  async lockCourse(manager: EntityManager, courseId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM courses WHERE id = $1 FOR UPDATE`, [courseId]);
  }

  /** The waiting list moves up as far as the free seats allow; returns who was promoted. */
  async promoteWaiting(manager: EntityManager, courseId: string): Promise<string[]> {
    const promoted: { id: string }[] = await manager.query(
      `SELECT tsumugu_promote_waiting($1) AS id`,
      [courseId],
    );
    return promoted.map((row) => row.id);
  }

  /**
   * Cancels the citizen's own booking, in a transaction of its own. A confirmed booking gives its
   * seats back and the waiting list moves up in the same transaction; the confirmed may cancel
   * only until the deadline before the first session (as of `now`).
   */
  cancelOwn(userId: string, bookingId: string, now: Date): Promise<CancelRefusal | null> {
    return this.dataSource.transaction(async (manager) => {
      const [course] = await manager.query(
        `SELECT c.id, c.cancel_deadline_hours AS "deadlineHours"
           FROM courses c
          WHERE c.id = (SELECT course_id FROM bookings WHERE id = $1 AND user_id = $2)
          FOR UPDATE`,
        [bookingId, userId],
      );
      if (!course) return 'not_found';
      const [booking] = await manager.query(
        `SELECT b.status, b.party_size AS "partySize",
                $3::timestamptz >= (SELECT min(s.starts_at) - make_interval(hours => $2)
                            FROM course_sessions s
                           WHERE s.course_id = b.course_id AND s.status = 'scheduled') AS "pastDeadline",
                (b.respond_by IS NOT NULL AND b.accepted_at IS NULL
                  AND $3::timestamptz < b.respond_by) AS "awaitingAnswer"
           FROM bookings b WHERE b.id = $1 FOR UPDATE`,
        [bookingId, course.deadlineHours, now],
      );
      if (booking.status === 'cancelled') return 'already_cancelled';
      // A promoted person who has not answered yet may always decline.
      if (
        booking.status === 'confirmed' &&
        booking.pastDeadline === true &&
        !booking.awaitingAnswer
      ) {
        return 'deadline_passed';
      }
      await manager.query(
        `UPDATE bookings
            SET status = 'cancelled', queue_position = NULL, cancelled_at = now(),
                cancelled_by = 'citizen', updated_at = now()
          WHERE id = $1`,
        [bookingId],
      );
      if (booking.status === 'confirmed') {
        await this.releaseSeats(manager, course.id, booking.partySize);
      }
      await queueNotifications(manager, [
        { kind: 'booking_cancelled', userId, bookingId, courseId: course.id },
      ]);
      return null;
    });
  }

  /**
   * The holder of a promoted booking says they come (before `respond_by`, as of `now`), in a
   * transaction of its own under the course lock, so that the expiry job cannot give the seat
   * away at the same moment: one of the two wins, wholly.
   */
  acceptPromotion(userId: string, bookingId: string, now: Date): Promise<AcceptRefusal | null> {
    return this.dataSource.transaction(async (manager) => {
      const [course] = await manager.query(
        `SELECT c.id FROM courses c
          WHERE c.id = (SELECT course_id FROM bookings WHERE id = $1 AND user_id = $2)
          FOR UPDATE`,
        [bookingId, userId],
      );
      if (!course) return 'not_found';
      const [booking] = await manager.query(
        `SELECT status, respond_by AS "respondBy", accepted_at AS "acceptedAt"
           FROM bookings WHERE id = $1 FOR UPDATE`,
        [bookingId],
      );
      if (booking.status !== 'confirmed' || !booking.respondBy || booking.acceptedAt) {
        return 'not_awaiting';
      }
      if (now >= new Date(booking.respondBy)) return 'answer_closed';
      await manager.query(
        `UPDATE bookings SET accepted_at = now(), updated_at = now() WHERE id = $1`,
        [bookingId],
      );
      return null;
    });
  }

  /**
   * Promotions not answered by their deadline (as of `now`): each such booking is cancelled by
   * the system, its seats go to the next in line, and its holder is told ('promotion_expired').
   * One transaction per course, the course row locked first. Returns how many expired.
   */
  async expireUnansweredPromotions(now: Date): Promise<number> {
    const courses: { courseId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT course_id AS "courseId" FROM bookings
        WHERE status = 'confirmed' AND respond_by IS NOT NULL AND accepted_at IS NULL
          AND respond_by <= $1
        ORDER BY 1`,
      [now],
    );
    let expired = 0;
    for (const { courseId } of courses) {
      expired += await this.dataSource.transaction(async (manager) => {
        await this.lockCourse(manager, courseId);
        const [gone]: [{ id: string; user_id: string; party_size: number }[], number] =
          await manager.query(
            `UPDATE bookings
                SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'system',
                    updated_at = now()
              WHERE course_id = $1 AND status = 'confirmed' AND respond_by IS NOT NULL
                AND accepted_at IS NULL AND respond_by <= $2
             RETURNING id, user_id, party_size`,
            [courseId, now],
          );
        if (gone.length === 0) return 0;
        await queueNotifications(
          manager,
          gone.map((b) => ({
            kind: 'promotion_expired',
            userId: b.user_id,
            bookingId: b.id,
            courseId,
            dedupeKey: `promotion-expired:${b.id}`,
          })),
        );
        await this.releaseSeats(
          manager,
          courseId,
          gone.reduce((sum, b) => sum + b.party_size, 0),
        );
        return gone.length;
      });
    }
    return expired;
  }

  /**
   * For the deletion of an account: cancels every booking the person still holds (confirmed,
   * waiting or applied) for a course with a session still to come, whatever the cancellation
   * deadline; seats go back and the waiting list moves up. Bookings of courses that are over
   * stay, for the statistics. No notice: the person has left. Each course row is locked in id
   * order, then its bookings. Returns how many bookings were cancelled.
   */
  async cancelAllHeldBy(manager: EntityManager, userId: string): Promise<number> {
    const courses: { courseId: string }[] = await manager.query(
      `SELECT DISTINCT b.course_id AS "courseId" FROM bookings b
        WHERE b.user_id = $1 AND b.status <> 'cancelled'
          AND EXISTS (SELECT 1 FROM course_sessions s
                       WHERE s.course_id = b.course_id AND s.status = 'scheduled'
                         AND s.starts_at > now())
        ORDER BY 1`,
      [userId],
    );
    let cancelled = 0;
    for (const { courseId } of courses) {
      await this.lockCourse(manager, courseId);
      const [released] = await manager.query(
        `WITH held AS (
           SELECT id, status, party_size FROM bookings
            WHERE course_id = $1 AND user_id = $2 AND status <> 'cancelled'
            FOR UPDATE
         ), done AS (
           UPDATE bookings b
              SET status = 'cancelled', queue_position = NULL, cancelled_at = now(),
                  cancelled_by = 'citizen', updated_at = now()
             FROM held WHERE b.id = held.id
           RETURNING held.status AS "before", held.party_size AS "partySize"
         )
         SELECT count(*)::int AS bookings,
                COALESCE(sum("partySize") FILTER (WHERE "before" = 'confirmed'), 0)::int AS seats
           FROM done`,
        [courseId, userId],
      );
      cancelled += released.bookings;
      if (released.seats > 0) await this.releaseSeats(manager, courseId, released.seats);
    }
    return cancelled;
  }

  /**
   * A lottery's outcome: winners confirmed and their seats taken, the rest on the waiting list at
   * their drawn rank, one result notice each (at most once, by dedupe key). The caller holds the
   * course lock and the applications' row locks.
   */
  async applyDraw(
    manager: EntityManager,
    courseId: string,
    outcomes: readonly DrawOutcome[],
  ): Promise<void> {
    const won = outcomes.filter((o) => o.outcome === 'won');
    const waiting = outcomes.filter((o) => o.outcome === 'waitlisted');
    // The seats taken are those of the applications confirmed now: applying an outcome twice
    // seats nobody twice.
    await manager.query(
      `WITH won AS (
         UPDATE bookings SET status = 'confirmed', confirmed_at = now(), updated_at = now()
          WHERE id = ANY($1::uuid[]) AND course_id = $2 AND status = 'applied'
         RETURNING party_size
       )
       UPDATE courses
          SET booked_count = booked_count + (SELECT coalesce(sum(party_size), 0) FROM won),
              updated_at = now()
        WHERE id = $2`,
      [won.map((o) => o.bookingId), courseId],
    );
    await manager.query(
      `UPDATE bookings b SET status = 'waiting', queue_position = w.position, updated_at = now()
         FROM unnest($1::uuid[], $2::bigint[]) AS w(id, position)
        WHERE b.id = w.id AND b.course_id = $3 AND b.status = 'applied'`,
      [waiting.map((o) => o.bookingId), waiting.map((o) => o.queuePosition), courseId],
    );
    await queueNotifications(
      manager,
      outcomes.map((o) => ({
        kind: o.outcome === 'won' ? 'lottery_won' : 'lottery_waitlisted',
        userId: o.userId,
        bookingId: o.bookingId,
        courseId,
        payload: { entryId: o.entryId, rank: o.rank, queuePosition: o.queuePosition },
        dedupeKey: `lottery_result:${o.bookingId}`,
      })),
    );
  }

  /**
   * Puts applications that arrived after the draw at the end of the waiting list, in the order
   * they came, tells each, and promotes whoever now fits (the caller holds the course lock).
   * They were not part of the published draw, which stays as it was.
   */
  async placeLateApplications(manager: EntityManager, courseId: string): Promise<number> {
    // An UPDATE … RETURNING answers [rows, count].
    const [placed]: [{ id: string; user_id: string; position: number }[], number] =
      await manager.query(
        `WITH late AS (
         SELECT a.id, row_number() OVER (ORDER BY a.created_at, a.id) AS n
           FROM (SELECT b.id, b.created_at FROM bookings b
                  WHERE b.course_id = $1 AND b.status = 'applied' FOR UPDATE) a
       ), last AS (
         SELECT greatest(
                  (SELECT coalesce(max(queue_position), 0) FROM bookings
                    WHERE course_id = $1 AND status = 'waiting'),
                  (SELECT coalesce(entry_count, 0) FROM lottery_draws WHERE course_id = $1)) AS position
       )
       UPDATE bookings b SET status = 'waiting', queue_position = last.position + late.n,
                             updated_at = now()
         FROM late, last WHERE b.id = late.id
       RETURNING b.id, b.user_id, b.queue_position::int AS position`,
        [courseId],
      );
    if (placed.length === 0) return 0;
    await queueNotifications(
      manager,
      placed.map((p) => ({
        kind: 'lottery_waitlisted',
        userId: p.user_id,
        bookingId: p.id,
        courseId,
        payload: { late: true, queuePosition: p.position },
        dedupeKey: `lottery_result:${p.id}`,
      })),
    );
    await this.promoteWaiting(manager, courseId);
    return placed.length;
  }

  /**
   * A cancelled course: every active booking (applied, confirmed, waiting) is cancelled by the
   * organiser, the seats go back to 0, and each booker is told ('course_cancelled', once).
   * Returns how many bookings were cancelled.
   */
  async cancelCourse(manager: EntityManager, courseId: string): Promise<number> {
    await this.lockCourse(manager, courseId);
    const [cancelled]: [{ id: string; user_id: string }[], number] = await manager.query(
      `UPDATE bookings
          SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'organiser',
              queue_position = NULL, updated_at = now()
        WHERE course_id = $1 AND status IN ('applied', 'confirmed', 'waiting')
       RETURNING id, user_id`,
      [courseId],
    );
    await manager.query(`UPDATE courses SET booked_count = 0 WHERE id = $1`, [courseId]);
    await queueNotifications(
      manager,
      cancelled.map((b) => ({
        kind: 'course_cancelled',
        userId: b.user_id,
        bookingId: b.id,
        courseId,
        dedupeKey: `course-cancelled:${b.id}`,
      })),
    );
    return cancelled.length;
  }

  /**
   * A session moved (`to` given) or cancelled (`to` null): each confirmed or waiting booker is
   * told what changed ('course_changed', payload { change, before, after }). Call it before the
   * session row changes: it reads the session as it was. Returns how many were told.
   */
  async noteSessionChange(
    manager: EntityManager,
    courseId: string,
    sessionId: string,
    to: SessionChange | null,
  ): Promise<number> {
    const recipients: {
      userId: string;
      bookingId: Booking['id'];
      payload: Record<string, unknown>;
    }[] = await manager.query(
      `WITH before AS (
         SELECT jsonb_build_object(
                  'startsAt', s.starts_at, 'endsAt', s.ends_at,
                  'facility', jsonb_build_object('ja', f.name_ja, 'en', f.name_en),
                  'room', jsonb_build_object('ja', r.name_ja, 'en', r.name_en)) AS session
           FROM course_sessions s
           JOIN rooms r ON r.id = s.room_id
           JOIN facilities f ON f.id = r.facility_id
          WHERE s.id = $2 AND s.course_id = $1
       ), after AS (
         SELECT jsonb_build_object(
                  'startsAt', $4::timestamptz, 'endsAt', $5::timestamptz,
                  'facility', jsonb_build_object('ja', f.name_ja, 'en', f.name_en),
                  'room', jsonb_build_object('ja', r.name_ja, 'en', r.name_en)) AS session
           FROM rooms r JOIN facilities f ON f.id = r.facility_id
          WHERE r.id = $3
       )
       SELECT b.user_id AS "userId", b.id AS "bookingId",
              jsonb_build_object(
                'change', CASE WHEN $3::uuid IS NULL THEN 'session_cancelled' ELSE 'session_moved' END,
                'before', (SELECT session FROM before),
                'after', (SELECT session FROM after)) AS payload
         FROM bookings b
        WHERE b.course_id = $1 AND b.status IN ('confirmed', 'waiting')
          AND EXISTS (SELECT 1 FROM before)
        ORDER BY b.created_at, b.id`,
      [courseId, sessionId, to?.roomId ?? null, to?.startsAt ?? null, to?.endsAt ?? null],
    );
    return queueNotifications(
      manager,
      recipients.map((r) => ({
        kind: 'course_changed',
        userId: r.userId,
        bookingId: r.bookingId,
        courseId,
        sessionId,
        payload: r.payload,
      })),
    );
  }

  /** Gives seats back and promotes the waiting list; the caller holds the course row lock. */
  private async releaseSeats(
    manager: EntityManager,
    courseId: string,
    seats: number,
  ): Promise<string[]> {
    await manager.query(`UPDATE courses SET booked_count = booked_count - $2 WHERE id = $1`, [
      courseId,
      seats,
    ]);
    return this.promoteWaiting(manager, courseId);
  }
}
