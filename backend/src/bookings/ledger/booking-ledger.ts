import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { SeatBatcher, type SeatDecision, type SeatRequest } from './seat-batcher';
import {
  type AcceptRefusal,
  BookingLedgerRepository,
  type CancelRefusal,
  type DrawOutcome,
  type SessionChange,
} from './booking-ledger.repository';

/**
 * The booking ledger: the one owner of a booking's status, of `courses.booked_count` and of the
 * notices that tell people about their bookings. Every change passes through here — a citizen
 * taking or giving back a seat, the waiting list moving up, a lottery's draw and its late
 * applications, an organiser cancelling a course, adding seats or moving a session, an account
 * being deleted. No other feature writes `bookings`, `booking_participants`, `booked_count` or
 * booking notices.
 *
 * The seat rules themselves run in PostgreSQL under the course's row lock, in readable,
 * versioned files beside this one (sql/take-seats.v1.sql, sql/promote-waiting.v1.sql), so that a
 * rush of requests can share one lock and one commit (group commit, the SeatBatcher). Operations
 * that take `manager` run in the caller's transaction, which has locked (or will lock, through the
 * ledger) the course row first: lock order everywhere is the course row, then its bookings.
 */
@Injectable()
export class BookingLedger {
  constructor(
    private readonly repository: BookingLedgerRepository,
    private readonly seats: SeatBatcher,
  ) {}

  /**
   * Takes a seat (or a waiting place, or a lottery application) for one request, grouped with
   * the other requests for the course that arrive meanwhile. The database judges the window,
   * the one active booking per person, the free seats and idempotent retries.
   */
  take(courseId: string, request: SeatRequest): Promise<SeatDecision> {
    return this.seats.take(courseId, request);
  }

  /** The waiting list moves up as far as the free seats allow (e.g. after seats were added). */
  promoteWaiting(manager: EntityManager, courseId: string): Promise<string[]> {
    return this.repository.promoteWaiting(manager, courseId);
  }

  /** A citizen gives back their own booking (in a transaction of its own); null when done. */
  cancel(userId: string, bookingId: string, now: Date): Promise<CancelRefusal | null> {
    return this.repository.cancelOwn(userId, bookingId, now);
  }

  /** The holder of a promoted booking says they come; null when done. */
  acceptPromotion(userId: string, bookingId: string, now: Date): Promise<AcceptRefusal | null> {
    return this.repository.acceptPromotion(userId, bookingId, now);
  }

  /** Promotions unanswered by their deadline give their seats to the next in line; how many. */
  expireUnansweredPromotions(now: Date): Promise<number> {
    return this.repository.expireUnansweredPromotions(now);
  }

  /** A deleted account gives back every booking of a course still to come; returns how many. */
  cancelAllHeldBy(manager: EntityManager, userId: string): Promise<number> {
    return this.repository.cancelAllHeldBy(manager, userId);
  }

  /** A lottery's draw: winners confirmed, the rest waitlisted at their rank, everyone told. */
  applyDraw(manager: EntityManager, courseId: string, outcomes: readonly DrawOutcome[]) {
    return this.repository.applyDraw(manager, courseId, outcomes);
  }

  /** Applications that landed after the draw go to the end of the waiting list; how many. */
  placeLateApplications(manager: EntityManager, courseId: string): Promise<number> {
    return this.repository.placeLateApplications(manager, courseId);
  }

  /** A cancelled course: every active booking cancelled, seats to 0, everyone told; how many. */
  cancelCourse(manager: EntityManager, courseId: string): Promise<number> {
    return this.repository.cancelCourse(manager, courseId);
  }

  /**
   * A session moved (`to`) or cancelled (null): the confirmed and the waiting are told what
   * changed. Call it before the session row changes.
   */
  noteSessionChange(
    manager: EntityManager,
    courseId: string,
    sessionId: string,
    to: SessionChange | null,
  ): Promise<number> {
    return this.repository.noteSessionChange(manager, courseId, sessionId, to);
  }
}

/** The ledger on a data source: the app's (booking-ledger.module.ts) or the demo seed's. */
export function createBookingLedger(dataSource: DataSource): BookingLedger {
  return new BookingLedger(
    new BookingLedgerRepository(dataSource),
    new SeatBatcher((sql, parameters) => dataSource.query(sql, parameters)),
  );
}
