import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TestCitizen } from './booking-fixture';

/**
 * A booking rush of many citizens, each sending one booking request with an Idempotency-Key of
 * its own and retrying 503s with the same key for a bounded time, as the frontend does; then the
 * invariants checked against the database. Shared by the fault tests (booking-rush-faults) and
 * the chaos scripts (backend/bench/chaos.ts), and run against a deliberately naive booking path
 * (naive-booking.ts) to show that the checks catch an oversell.
 */

/** One request's answer: an HTTP status, or the socket error's code when there was none. */
export interface BookingAttempt {
  status: number | string;
  ms: number;
  bookingId?: string;
  bookingStatus?: string;
  errorCode?: string;
  retryAfter?: string | null;
}

export type BookFunction = (
  citizen: TestCitizen,
  idempotencyKey: string,
) => Promise<BookingAttempt>;

export interface RushClient {
  citizen: TestCitizen;
  key: string;
  attempts: BookingAttempt[];
  /** The first 201, if any. */
  booked?: BookingAttempt;
}

/** POST /api/courses/:id/bookings (joining the waiting list when full) over HTTP. */
export function httpBooker(baseUrl: () => string, courseId: string): BookFunction {
  return async (citizen, idempotencyKey) => {
    const sent = performance.now();
    try {
      const response = await fetch(`${baseUrl()}/api/courses/${courseId}/bookings`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: citizen.credentials.cookie,
          ...citizen.credentials.csrfHeader,
          'idempotency-key': idempotencyKey,
        },
        body: '{"companionIds":[],"joinWaitlist":true}',
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      return {
        status: response.status,
        ms: performance.now() - sent,
        bookingId: body['id'] as string | undefined,
        bookingStatus: body['status'] as string | undefined,
        errorCode: body['code'] as string | undefined,
        retryAfter: response.headers.get('retry-after'),
      };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      return {
        status: cause?.code ?? (error as Error).name ?? 'network_error',
        ms: performance.now() - sent,
      };
    }
  };
}

/** Whether an answer asks the client to come back (503, or the app not reachable at all). */
const retryable = (attempt: BookingAttempt) =>
  attempt.status === 503 || typeof attempt.status === 'string';

/**
 * Every citizen books at once; answers that ask for a retry are retried with the same key every
 * `retryDelayMs` (± half, so that retries do not march in step) until `retryForMs` after the start.
 */
export async function runRush(
  citizens: TestCitizen[],
  book: BookFunction,
  options: { retryForMs: number; retryDelayMs?: number; stop?: () => boolean },
): Promise<RushClient[]> {
  const deadline = Date.now() + options.retryForMs;
  const delay = options.retryDelayMs ?? 200;
  return Promise.all(
    citizens.map(async (citizen) => {
      const client: RushClient = { citizen, key: randomUUID(), attempts: [] };
      for (;;) {
        const attempt = await book(citizen, client.key);
        client.attempts.push(attempt);
        if (attempt.status === 201) {
          client.booked ??= attempt;
          return client;
        }
        if (!retryable(attempt) || Date.now() >= deadline || options.stop?.()) return client;
        await new Promise((resolve) => setTimeout(resolve, delay * (0.5 + Math.random())));
      }
    }),
  );
}

/** Requests, answers by status, latencies: what a chaos run prints. */
export function rushFigures(clients: RushClient[]) {
  const attempts = clients.flatMap((client) => client.attempts);
  const byStatus: Record<string, number> = {};
  for (const attempt of attempts) {
    byStatus[String(attempt.status)] = (byStatus[String(attempt.status)] ?? 0) + 1;
  }
  const latencies = attempts.map((attempt) => attempt.ms).sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? 0;
  return {
    clients: clients.length,
    requests: attempts.length,
    byStatus,
    p50Ms: Math.round(at(50)),
    p99Ms: Math.round(at(99)),
    maxMs: Math.round(latencies.at(-1) ?? 0),
  };
}

export interface RushInvariants {
  capacity: number;
  people: number;
  bookedCount: number;
  confirmedSeats: number;
  waiting: number;
  /** Seats confirmed beyond the capacity. */
  oversold: number;
  /** 201 answers whose booking is not in the database (for that person and course). */
  lost: number;
  /** People with more than one active booking of the course, or keys answered with two ids. */
  duplicated: number;
  /** Clients that never got a 201 within the retry time. */
  unanswered: number;
  /** Answers that are neither 201 nor 503 with Retry-After (a 500, a reset, another code). */
  badAnswers: string[];
  /** Each broken invariant, in words; empty when all hold. */
  violations: string[];
}

/**
 * The invariants of a rush in which every person books once and joins the waiting list when the
 * course is full: booked_count = Σ confirmed = min(capacity, people); every 201 is a booking in
 * the database; one booking per person; never a 500 — a 503 carries Retry-After.
 */
export async function checkRushInvariants(
  dataSource: DataSource,
  courseId: string,
  clients: RushClient[],
): Promise<RushInvariants> {
  const [course] = (await dataSource.query(
    `SELECT c.capacity, c.booked_count AS "bookedCount",
            coalesce((SELECT sum(party_size)::int FROM bookings
                       WHERE course_id = c.id AND status = 'confirmed'), 0) AS "confirmedSeats",
            (SELECT count(*)::int FROM bookings
              WHERE course_id = c.id AND status = 'waiting') AS waiting
       FROM courses c WHERE c.id = $1`,
    [courseId],
  )) as { capacity: number; bookedCount: number; confirmedSeats: number; waiting: number }[];
  const rows = (await dataSource.query(
    `SELECT id, user_id AS "userId", status FROM bookings
      WHERE course_id = $1 AND status IN ('confirmed', 'waiting', 'applied')`,
    [courseId],
  )) as { id: string; userId: string; status: string }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const perUser = new Map<string, number>();
  for (const row of rows) perUser.set(row.userId, (perUser.get(row.userId) ?? 0) + 1);

  const people = clients.length;
  const capacity = course!.capacity;
  let lost = 0;
  let duplicated = [...perUser.values()].filter((count) => count > 1).length;
  const badAnswers: string[] = [];
  for (const client of clients) {
    const ids = new Set<string>();
    for (const attempt of client.attempts) {
      if (attempt.status === 201) ids.add(attempt.bookingId ?? 'no id');
      else if (attempt.status !== 503 || !attempt.retryAfter) {
        badAnswers.push(`${attempt.status} ${attempt.errorCode ?? ''}`.trim());
      }
    }
    if (ids.size > 1) duplicated += 1;
    for (const id of ids) {
      if (byId.get(id)?.userId !== client.citizen.userId) lost += 1;
    }
  }
  const unanswered = clients.filter((client) => !client.booked).length;
  const oversold = Math.max(0, course!.confirmedSeats - capacity);

  const violations: string[] = [];
  if (course!.bookedCount !== course!.confirmedSeats) {
    violations.push(`booked_count ${course!.bookedCount} ≠ Σ confirmed ${course!.confirmedSeats}`);
  }
  if (oversold > 0) violations.push(`oversold by ${oversold} seats`);
  if (unanswered === 0 && course!.confirmedSeats !== Math.min(capacity, people)) {
    violations.push(
      `Σ confirmed ${course!.confirmedSeats} ≠ min(capacity ${capacity}, people ${people})`,
    );
  }
  if (lost > 0) violations.push(`${lost} answers of 201 have no booking in the database`);
  if (duplicated > 0) violations.push(`${duplicated} people booked twice`);
  if (unanswered > 0) violations.push(`${unanswered} clients never got a 201`);
  if (badAnswers.length > 0) {
    violations.push(`${badAnswers.length} bad answers: ${[...new Set(badAnswers)].join(', ')}`);
  }
  return {
    capacity,
    people,
    bookedCount: course!.bookedCount,
    confirmedSeats: course!.confirmedSeats,
    waiting: course!.waiting,
    oversold,
    lost,
    duplicated,
    unanswered,
    badAnswers,
    violations,
  };
}

/**
 * Sends every client's request once more with its key, after the storm: each must answer 201
 * with the booking it answered first (or, for a client whose answers were all lost, the one
 * the database holds for that person). Returns the keys that did not.
 */
export async function replayKeys(
  dataSource: DataSource,
  courseId: string,
  clients: RushClient[],
  book: BookFunction,
): Promise<string[]> {
  const rows = (await dataSource.query(
    `SELECT user_id AS "userId", id FROM bookings WHERE course_id = $1 AND status <> 'cancelled'`,
    [courseId],
  )) as { userId: string; id: string }[];
  const held = new Map(rows.map((row) => [row.userId, row.id]));
  const wrong: string[] = [];
  await Promise.all(
    clients.map(async (client) => {
      const replay = await book(client.citizen, client.key);
      const expected = client.booked?.bookingId ?? held.get(client.citizen.userId);
      if (replay.status !== 201 || replay.bookingId !== expected) {
        wrong.push(`${client.key}: ${replay.status} ${replay.bookingId ?? replay.errorCode}`);
      }
    }),
  );
  return wrong;
}
