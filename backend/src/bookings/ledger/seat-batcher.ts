import { newBookingCode } from '../booking-code';

/**
 * One booking request, decided by tsumugu_take_seats (sql/take-seats.v2.sql) behind the check of
 * tsumugu_take_seats_checked (sql/take-seats-checked.v1.sql).
 */
export interface SeatRequest {
  bookingId: string;
  userId: string;
  /** The attendees as the caller counted them; the database counts again and must agree. */
  partySize: number;
  joinWaitlist: boolean;
  /** Whether the booker attends (absent: true). */
  bookerAttends?: boolean;
  /** The family members who attend. */
  companionIds: string[];
  /** Childcare asked for, one age per child (absent: none). */
  childcareAges?: number[];
  idempotencyKey: string | null;
  fingerprint: string;
  /**
   * The course's revision (sql/course-revision.v1.sql) the request was judged at: when the course
   * is at another under the lock, the request is decided 'stale' and nothing is written.
   * Absent: not checked.
   */
  revision?: string;
}

export type SeatOutcome =
  | 'confirmed'
  | 'waiting'
  | 'applied'
  | 'full'
  | 'closed'
  | 'already_booked'
  | 'replay'
  | 'invalid'
  | 'stale';

/**
 * How the database decided a request, the booking code it was given (when booked) and, for
 * 'waiting', the place on the waiting list (1 = next).
 */
export interface SeatDecision {
  outcome: SeatOutcome;
  code: string;
  waitingPosition: number | null;
}

/** Runs one SQL statement (TypeORM's DataSource.query in the app, a pg pool in the bench). */
export type SqlRunner = (sql: string, parameters: unknown[]) => Promise<unknown>;

interface Pending {
  request: SeatRequest;
  resolve: (decision: SeatDecision) => void;
  reject: (error: unknown) => void;
}

const TAKE_SEATS_SQL = `SELECT ord, outcome, waiting_position AS "waitingPosition"
                          FROM tsumugu_take_seats_checked($1, $2::jsonb)`;

interface PgError {
  code?: string;
  constraint?: string;
}

function retryable(error: unknown): boolean {
  const pg = ((error as { driverError?: PgError }).driverError ?? error) as PgError;
  // Two bookings drew the same code (one chance in ~10^11), or a deadlock/serialization failure.
  return (
    (pg.code === '23505' && pg.constraint === 'bookings_code_unique') ||
    pg.code === '40P01' ||
    pg.code === '40001'
  );
}

/**
 * Group commit for bookings. A seat is taken under the course's row lock, held until the commit
 * is on disk; one transaction per booking would book one seat per disk flush. Instead, the
 * requests for one course that arrive while its previous group is being committed wait (a few
 * milliseconds at most) and go together in the next transaction: one lock, one commit, one
 * flush. Nothing is delayed when there is no rush: a request for an idle course runs at once,
 * alone. Each request is still decided on its own, in arrival order, by the database.
 *
 * This groups the requests of one process; several app instances each group their own and meet
 * at the course's lock, where PostgreSQL orders them.
 */
export class SeatBatcher {
  private readonly queues = new Map<string, Pending[]>();

  constructor(
    private readonly run: SqlRunner,
    private readonly maxBatch = 200,
  ) {}

  take(courseId: string, request: SeatRequest): Promise<SeatDecision> {
    return new Promise<SeatDecision>((resolve, reject) => {
      const queue = this.queues.get(courseId);
      if (queue) {
        queue.push({ request, resolve, reject });
        return;
      }
      const fresh: Pending[] = [{ request, resolve, reject }];
      this.queues.set(courseId, fresh);
      void this.drain(courseId, fresh);
    });
  }

  private async drain(courseId: string, queue: Pending[]): Promise<void> {
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, this.maxBatch);
        try {
          const outcomes = await this.decide(courseId, batch);
          batch.forEach((pending, i) => pending.resolve(outcomes[i]!));
        } catch (error) {
          if (batch.length === 1) {
            batch[0]!.reject(error);
            continue;
          }
          // Something about one request failed the group: decide each alone, so that only
          // that request fails.
          for (const pending of batch) {
            try {
              pending.resolve((await this.decide(courseId, [pending]))[0]!);
            } catch (single) {
              pending.reject(single);
            }
          }
        }
      }
    } finally {
      this.queues.delete(courseId);
    }
  }

  /** One transaction for the batch; retried with fresh codes on a code collision or deadlock. */
  private async decide(courseId: string, batch: Pending[]): Promise<SeatDecision[]> {
    for (let attempt = 1; ; attempt++) {
      const requests = batch.map(({ request }, ord) => ({
        ord,
        booking_id: request.bookingId,
        user_id: request.userId,
        party: request.partySize,
        code: newBookingCode(),
        join_waitlist: request.joinWaitlist,
        companions: request.companionIds,
        booker_attends: request.bookerAttends ?? true,
        childcare_ages: request.childcareAges ?? [],
        idempotency_key: request.idempotencyKey,
        fingerprint: request.fingerprint,
        revision: request.revision ?? null,
      }));
      try {
        const rows = (await this.run(TAKE_SEATS_SQL, [courseId, JSON.stringify(requests)])) as {
          ord: number;
          outcome: SeatOutcome;
          waitingPosition?: number | null;
        }[];
        const decisions = new Array<SeatDecision>(batch.length);
        for (const row of rows) {
          decisions[row.ord] = {
            outcome: row.outcome,
            code: requests[row.ord]!.code,
            waitingPosition: row.waitingPosition ?? null,
          };
        }
        return decisions;
      } catch (error) {
        if (attempt < 4 && retryable(error)) continue;
        throw error;
      }
    }
  }
}
