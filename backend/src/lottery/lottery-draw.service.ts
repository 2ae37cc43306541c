import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BookingLedger } from '../bookings/ledger/booking-ledger';
import { Clock, SystemClock } from '../common/time/clock';
import {
  drawLottery,
  entryIdOf,
  LOTTERY_ALGORITHM,
  newSeed,
  priorityGroup,
  seedCommitment,
} from './lottery-draw';
import { LotteryRepository } from './lottery.repository';

export type DrawAttempt = 'drawn' | 'already_drawn' | 'not_due' | 'not_drawable';

/**
 * Commits to a seed when a lottery course is published and draws it once its window has closed.
 * Exactly once, whoever calls and however often: the draw holds the course's row lock and its
 * record is written by an UPDATE … WHERE drawn_at IS NULL, so a second run finds it drawn.
 */
@Injectable()
export class LotteryDrawService {
  private readonly logger = new Logger('Lottery');

  constructor(
    private readonly lottery: LotteryRepository,
    // Every booking change of the draw (winners, waiting list, notices) is the ledger's.
    private readonly ledger: BookingLedger,
    // Nest injects the app's Clock; the demo seed builds this service by hand, without one.
    private readonly clock: Clock = new SystemClock(),
  ) {}

  /**
   * Stores a fresh secret seed and publishes its commitment, for a published lottery course
   * without one (in the caller's transaction when given, e.g. the organiser's publish).
   */
  async commit(courseId: string, manager?: EntityManager): Promise<boolean> {
    const seed = newSeed();
    const created = await this.lottery.commit(
      manager,
      courseId,
      seed,
      seedCommitment(seed),
      LOTTERY_ALGORITHM,
    );
    if (created) this.logger.log({ msg: 'lottery seed committed', courseId });
    return created;
  }

  async draw(courseId: string): Promise<DrawAttempt> {
    const attempt = await this.lottery.transaction((manager) => this.drawWith(manager, courseId));
    if (attempt.outcome === 'drawn') {
      // Ids and counts only: no personal data in logs.
      this.logger.log({
        msg: 'lottery drawn',
        courseId,
        entries: attempt.entries,
        won: attempt.won,
      });
    }
    return attempt.outcome;
  }

  /**
   * The draw inside the caller's transaction (the demo seed draws inside its own). `replayedAt`
   * is for the demo seed only, which replays draws that happened before the moment it seeds
   * (in a test, a moment the database's clock has not reached): the window is judged closed at
   * that instant instead of by the database's clock.
   */
  async drawWith(
    manager: EntityManager,
    courseId: string,
    replayedAt?: Date,
  ): Promise<{ outcome: DrawAttempt; entries?: number; won?: number }> {
    const course = await this.lottery.lockCourse(manager, courseId, replayedAt);
    if (!course || course.bookingRule !== 'lottery' || course.status !== 'published') {
      return { outcome: 'not_drawable' as const };
    }
    // Closed by the database's clock, under the lock that tsumugu_take_seats takes with it.
    if (!course.closed) return { outcome: 'not_due' as const };
    let seed = await this.lottery.undrawnSeed(manager, courseId);
    if (seed === null) {
      // Never committed (published before this feature, or a missed hook): commit now, so the
      // draw still happens once; the record shows when the commitment was made.
      const fresh = newSeed();
      const created = await this.lottery.commit(
        manager,
        courseId,
        fresh,
        seedCommitment(fresh),
        LOTTERY_ALGORITHM,
      );
      if (!created) return { outcome: 'already_drawn' as const };
      seed = fresh;
    }
    const applications = await this.lottery.applications(
      manager,
      courseId,
      replayedAt ?? this.clock.now(),
    );
    const priorities = course.priorities;
    const byEntry = new Map(applications.map((a) => [entryIdOf(a.bookingId), a]));
    const entries = [...byEntry.entries()]
      .map(([entryId, application]) => ({
        entryId,
        partySize: application.partySize,
        priorityGroup: priorityGroup(
          priorities.map((p) =>
            p === 'first_time' ? application.firstTime : application.resident,
          ),
        ),
      }))
      .sort((a, b) => (a.entryId < b.entryId ? -1 : 1));
    const seats = Math.max(0, course.seats);
    const results = drawLottery({ seed, seats, entries });
    await this.ledger.applyDraw(
      manager,
      courseId,
      results.map((result) => {
        const application = byEntry.get(result.entryId)!;
        return {
          bookingId: application.bookingId,
          userId: application.userId,
          outcome: result.outcome,
          entryId: result.entryId,
          rank: result.rank,
          queuePosition: result.queuePosition,
        };
      }),
    );
    // The record last: its guard (drawn_at still NULL) fails the whole transaction if it fails.
    const saved = await this.lottery.recordDraw(manager, courseId, {
      seats,
      priorities,
      entries,
      results,
    });
    // Under the course lock the guard cannot miss; if it ever did, nothing is kept.
    if (!saved) throw new Error('lottery draw record was written concurrently');
    return {
      outcome: 'drawn' as const,
      entries: entries.length,
      won: results.filter((r) => r.outcome === 'won').length,
    };
  }

  /**
   * The safety net behind the scheduled jobs: commits every published lottery without a
   * commitment, then draws every lottery whose window has closed (after a restart, a lost job,
   * a closing time moved earlier), and puts any application that committed after its draw at
   * the end of the waiting list. Returns the courses drawn.
   */
  async sweep(): Promise<string[]> {
    for (const courseId of await this.lottery.uncommitted(500)) await this.commit(courseId);
    const drawn: string[] = [];
    for (const courseId of await this.lottery.due(100, this.clock.now())) {
      try {
        if ((await this.draw(courseId)) === 'drawn') drawn.push(courseId);
      } catch (error) {
        this.logger.error({
          msg: 'lottery draw failed',
          courseId,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    for (const courseId of await this.lottery.withLateApplications()) {
      const placed = await this.lottery.transaction(async (manager) => {
        await this.lottery.lockCourse(manager, courseId);
        return this.ledger.placeLateApplications(manager, courseId);
      });
      if (placed > 0)
        this.logger.warn({ msg: 'late lottery applications waitlisted', courseId, placed });
    }
    return drawn;
  }
}
