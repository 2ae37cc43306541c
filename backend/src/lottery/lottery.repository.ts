import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookingStatus } from '../bookings/dto/booking.dto';
import type { LotteryEntry, LotteryPriority, LotteryResult } from './lottery-draw';

type Executor = Pick<EntityManager, 'query'>;

/**
 * The draw starts a moment after the closing time: an application whose transaction began
 * before the close has committed by then (the booking statement runs in well under a second).
 * One that still lands after the draw is not lost: see BookingLedger.placeLateApplications.
 */
const DRAW_GRACE = `interval '3 seconds'`;

/** A course's lottery as stored: the course's window and, once committed, the draw row. */
export interface StoredLottery {
  courseId: string;
  organisationId: string;
  titleJa: string;
  titleEn: string;
  courseStatus: string;
  bookingRule: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
  coursePriorities: LotteryPriority[];
  commitment: string | null;
  algorithm: string | null;
  committedAt: string | null;
  drawnAt: string | null;
  seed: string | null;
  seats: number | null;
  priorities: LotteryPriority[] | null;
  entries: LotteryEntry[] | null;
  results: LotteryResult[] | null;
  entryCount: number | null;
  winnerCount: number | null;
  waitlistedCount: number | null;
}

/** The course row, locked by the draw. */
export interface LockedLotteryCourse {
  status: string;
  bookingRule: string;
  closed: boolean;
  seats: number;
  priorities: LotteryPriority[];
}

export interface Application {
  bookingId: string;
  userId: string;
  partySize: number;
  firstTime: boolean;
  resident: boolean;
}

export interface Applicant {
  bookingId: string;
  code: string;
  name: string;
  partySize: number;
  status: BookingStatus;
}

/**
 * Every query of the lottery. The draw's statements take the transaction manager of the one
 * transaction that holds the course row lock (lock order: course first, then its bookings).
 */
@Injectable()
export class LotteryRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Stores a seed and its commitment for a published lottery course that has none (a no-op for
   * any other course, and for one that already has its commitment: it is never replaced).
   */
  async commit(
    executor: Executor | undefined,
    courseId: string,
    seed: string,
    commitment: string,
    algorithm: string,
  ): Promise<boolean> {
    const rows: unknown[] = await (executor ?? this.dataSource).query(
      `INSERT INTO lottery_draws (course_id, seed, seed_commitment, algorithm)
       SELECT id, decode($2, 'hex'), $3, $4 FROM courses
        WHERE id = $1 AND booking_rule = 'lottery' AND status = 'published'
       ON CONFLICT (course_id) DO NOTHING
       RETURNING course_id`,
      [courseId, seed, commitment, algorithm],
    );
    return rows.length === 1;
  }

  /** Published lottery courses still without a commitment (should be none but for a moment). */
  async uncommitted(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM courses c
        WHERE c.booking_rule = 'lottery' AND c.status = 'published'
          AND NOT EXISTS (SELECT 1 FROM lottery_draws d WHERE d.course_id = c.id)
        ORDER BY c.application_closes_at LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Lotteries whose window had closed at `now` and that are not drawn yet, oldest first (the
   * draw checks again under the course lock: see lockCourse).
   */
  async due(limit: number, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM lottery_draws d JOIN courses c ON c.id = d.course_id
        WHERE d.drawn_at IS NULL AND c.status = 'published' AND c.booking_rule = 'lottery'
          AND c.application_closes_at + ${DRAW_GRACE} <= $2::timestamptz
        ORDER BY c.application_closes_at LIMIT $1`,
      [limit, now],
    );
    return rows.map((row) => row.id);
  }

  /** When the draw is due: the closing time and the grace. */
  async drawAt(courseId: string, executor?: Executor): Promise<Date | null> {
    const [row] = await (executor ?? this.dataSource).query(
      `SELECT application_closes_at + ${DRAW_GRACE} AS "drawAt" FROM courses WHERE id = $1`,
      [courseId],
    );
    return row?.drawAt ?? null;
  }

  /**
   * The course, locked. `closed` is judged by the database's clock on purpose: tsumugu_take_seats
   * accepts applications under this same lock until clock_timestamp() reaches the closing time,
   * so only that clock can say that no application can come any more (DRAW_GRACE is the margin).
   */
  async lockCourse(
    manager: EntityManager,
    courseId: string,
    replayedAt?: Date,
  ): Promise<LockedLotteryCourse | null> {
    const [row] = await manager.query(
      `SELECT status, booking_rule AS "bookingRule",
              application_closes_at + ${DRAW_GRACE} <= coalesce($2::timestamptz, now()) AS closed,
              capacity - booked_count AS seats, lottery_priorities AS priorities
         FROM courses WHERE id = $1 FOR UPDATE`,
      [courseId, replayedAt ?? null],
    );
    return row ?? null;
  }

  /** The undrawn seed, locked; null when the course was drawn already (or never committed). */
  async undrawnSeed(manager: EntityManager, courseId: string): Promise<string | null> {
    const [row] = await manager.query(
      `SELECT encode(seed, 'hex') AS seed FROM lottery_draws
        WHERE course_id = $1 AND drawn_at IS NULL FOR UPDATE`,
      [courseId],
    );
    return row?.seed ?? null;
  }

  /**
   * The applications, locked, with what the priorities ask: first time = the person has never
   * had a confirmed booking of a course that has ended; resident = 在住・在勤・在学 given.
   */
  async applications(manager: EntityManager, courseId: string, now: Date): Promise<Application[]> {
    return manager.query(
      `SELECT b.id AS "bookingId", b.user_id AS "userId", b.party_size AS "partySize",
              NOT EXISTS (
                SELECT 1 FROM bookings p JOIN courses pc ON pc.id = p.course_id
                 WHERE p.user_id = b.user_id AND p.status = 'confirmed' AND p.course_id <> b.course_id
                   AND (pc.status = 'finished'
                        OR (SELECT max(s.ends_at) FROM course_sessions s
                             WHERE s.course_id = pc.id AND s.status = 'scheduled') < $2::timestamptz)
              ) AS "firstTime",
              cardinality(u.tsukuba_relations) > 0 AS resident
         FROM bookings b JOIN users u ON u.id = b.user_id
        WHERE b.course_id = $1 AND b.status = 'applied'
        ORDER BY b.id
        FOR UPDATE OF b`,
      [courseId, now],
    );
  }

  /**
   * Writes the draw's record, after the booking ledger has applied its outcome (see
   * LotteryDrawService.drawWith); the statement is the guard: exactly one transaction turns
   * drawn_at from NULL.
   */
  async recordDraw(
    manager: EntityManager,
    courseId: string,
    draw: {
      seats: number;
      priorities: LotteryPriority[];
      entries: LotteryEntry[];
      results: LotteryResult[];
    },
  ): Promise<boolean> {
    const [, updated] = await manager.query(
      `UPDATE lottery_draws
          SET drawn_at = now(), seats = $2, priorities = $3, entries = $4, results = $5,
              entry_count = $6, winner_count = $7, waitlisted_count = $8
        WHERE course_id = $1 AND drawn_at IS NULL`,
      [
        courseId,
        draw.seats,
        draw.priorities,
        JSON.stringify(draw.entries),
        JSON.stringify(draw.results),
        draw.results.length,
        draw.results.filter((r) => r.outcome === 'won').length,
        draw.results.filter((r) => r.outcome === 'waitlisted').length,
      ],
    );
    return updated === 1;
  }

  /** Drawn lotteries that still hold applications (committed after the draw began). */
  async withLateApplications(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT b.course_id AS id FROM bookings b
         JOIN lottery_draws d ON d.course_id = b.course_id AND d.drawn_at IS NOT NULL
        WHERE b.status = 'applied'`,
    );
    return rows.map((row) => row.id);
  }

  /** A published (or cancelled, finished) course's lottery; drafts are nobody's business. */
  async find(courseId: string, organisationIds?: readonly string[]): Promise<StoredLottery | null> {
    const [row] = await this.dataSource.query(
      `SELECT c.id AS "courseId", c.organisation_id AS "organisationId",
              c.title_ja AS "titleJa", c.title_en AS "titleEn", c.status AS "courseStatus",
              c.booking_rule AS "bookingRule",
              to_json(c.application_opens_at) #>> '{}' AS "applicationOpensAt",
              to_json(c.application_closes_at) #>> '{}' AS "applicationClosesAt",
              c.lottery_priorities AS "coursePriorities",
              d.seed_commitment AS commitment, d.algorithm,
              to_json(d.committed_at) #>> '{}' AS "committedAt",
              to_json(d.drawn_at) #>> '{}' AS "drawnAt",
              CASE WHEN d.drawn_at IS NOT NULL THEN encode(d.seed, 'hex') END AS seed,
              d.seats, d.priorities, d.entries, d.results,
              d.entry_count AS "entryCount", d.winner_count AS "winnerCount",
              d.waitlisted_count AS "waitlistedCount"
         FROM courses c LEFT JOIN lottery_draws d ON d.course_id = c.id
        WHERE c.id = $1
          AND ($2::uuid[] IS NULL AND c.status <> 'draft' OR c.organisation_id = ANY($2::uuid[]))`,
      [courseId, organisationIds ?? null],
    );
    return row ?? null;
  }

  /** The caller's active (or last) booking of the course, for their own entry id. */
  async ownBookingId(courseId: string, userId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT id FROM bookings WHERE course_id = $1 AND user_id = $2
        ORDER BY (status <> 'cancelled') DESC, created_at DESC LIMIT 1`,
      [courseId, userId],
    );
    return row?.id ?? null;
  }

  async ownBooking(
    bookingId: string,
    userId: string,
  ): Promise<{ courseId: string; status: BookingStatus } | null> {
    const [row] = await this.dataSource.query(
      `SELECT course_id AS "courseId", status FROM bookings WHERE id = $1 AND user_id = $2`,
      [bookingId, userId],
    );
    return row ?? null;
  }

  /** Everyone who applied (whatever became of the booking since), with their names. */
  async applicants(courseId: string): Promise<Applicant[]> {
    return this.dataSource.query(
      `SELECT b.id AS "bookingId", b.code, u.family_name || ' ' || u.given_name AS name,
              b.party_size AS "partySize", b.status
         FROM bookings b JOIN users u ON u.id = b.user_id
        WHERE b.course_id = $1
        ORDER BY b.created_at, b.id`,
      [courseId],
    );
  }
}
