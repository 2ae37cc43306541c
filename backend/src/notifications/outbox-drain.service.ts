import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Clock } from '../common/time/clock';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import { MailService } from '../mail/mail.service';
import { notificationMessageId } from './message-id';
import { notificationMail } from './notification-mails';
import { type ClaimedNotification, NotificationsRepository } from './notifications.repository';
import { retryDelaySeconds } from './retry-policy';

/** Rows claimed per round; sent in parallel (one SMTP connection each). */
const BATCH = 10;

/** What the mail server said about a mail that this drain has not yet been able to record. */
type Outcome =
  | { row: ClaimedNotification; sent: true }
  | { row: ClaimedNotification; sent: false; code: string };

/**
 * Sends the notifications outbox: every NOTIFICATION_POLL_MS (1 s by default) it claims the due
 * rows, renders each in the recipient's language from the booking and course as they are now,
 * hands it to the mail server and records the outcome; while rows keep coming it goes on without
 * pausing.
 *
 * Why a timer polling the partial index rather than NOTIFY or a pg-boss job per notification:
 * the booking transaction stays one INSERT (a NOTIFY trigger would serialise commits under the
 * 9:00 rush, and a pg-boss job per booking would double the writes of the hot path); an idle
 * poll is an index scan of notifications_due_index that finds nothing, well under a
 * millisecond, and a mail leaves within about a second of the commit. pg-boss polls its job table
 * the same way; a pg-boss cron cannot run more often than once a minute.
 *
 * **At most once to the mail server, as far as the system can know.** A row goes
 * pending → (claimed: a claim id, 30 s lease) → 'sending' (committed before the hand-over,
 * 2 min lease) → 'sent' (or back to pending for a retry, or 'failed'). Every write after the
 * claim is conditional on the claim id, so a drain that lost its claim sends nothing. What the
 * system cannot know is whether a mail reached the mail server when the drain died between
 * 'sending' and 'sent' (SMTP has no way to ask). Such a row is sent again once its hand-over
 * lease ends, with the same Message-ID (`<message_uuid@host>`): either the first hand-over never
 * got through, or the second is recognisable as the same mail. That is the only duplicate left,
 * and the log says so ('notification resent after an interrupted hand-over').
 *
 * A failed round (the database went away) does not leave its rows to a lease: outcomes that could
 * not be recorded are kept here and recorded first thing in the next round, and claims on which
 * nothing was handed over are released then (due again at once). Several instances may drain at
 * once: claims use FOR UPDATE SKIP LOCKED (see the repository).
 */
@Injectable()
export class OutboxDrainService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;
  private stopped = false;
  /** Claimed by this drain, nothing handed over yet: released if the round fails. */
  private readonly held = new Map<string, ClaimedNotification>();
  /** Handed over (or refused) by the mail server, not yet recorded: the database was away. */
  private readonly unrecorded: Outcome[] = [];
  private settling: Promise<void> | null = null;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobWorkers || !this.notifications.connected) return;
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.round;
    // One last chance to record what was handed over and give back what was not.
    await this.settleLeftovers().catch(() => undefined);
  }

  /** Sends what is due now, round after round until nothing is; resolves with the count sent. */
  async drain(): Promise<number> {
    await this.settleLeftovers();
    let sent = 0;
    for (;;) {
      const claimed = await this.notifications.claimDue(BATCH);
      for (const row of claimed) this.held.set(row.claimId, row);
      // One person's mails in the order they were written (waitlisted before promoted), different
      // people's in parallel.
      const byPerson = new Map<string, ClaimedNotification[]>();
      for (const row of claimed)
        byPerson.set(row.userId, [...(byPerson.get(row.userId) ?? []), row]);
      let failure: unknown = null;
      const outcomes = await Promise.all(
        [...byPerson.values()].map(async (rows) => {
          let count = 0;
          try {
            for (const row of rows.sort((a, b) => Number(a.id) - Number(b.id))) {
              if (await this.sendOne(row)) count += 1;
            }
          } catch (error) {
            // The database went away: this person's later mails wait (their order is kept).
            failure ??= error;
          }
          return count;
        }),
      );
      sent += outcomes.reduce((sum, count) => sum + count, 0);
      if (failure) {
        await this.settleLeftovers().catch(() => undefined);
        throw failure;
      }
      if (claimed.length < BATCH || this.stopped) return sent;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.drain()
        .then(() => undefined)
        .catch((error: unknown) => {
          // A database hiccup: what was handed over is recorded, the rest released, next round.
          this.logger.error({
            msg: 'outbox round failed',
            error: error instanceof Error ? error.message : String(error),
            unrecorded: this.unrecorded.length,
            held: this.held.size,
          });
        })
        .finally(() => this.schedule(this.config.notificationPollMs));
    }, delayMs);
    this.timer.unref();
  }

  /**
   * Records the outcomes the database missed and releases the claims of a failed round; rejects
   * (leaving the rest for next time) while the database is still away.
   */
  private settleLeftovers(): Promise<void> {
    // One at a time, when rounds run side by side (a test, shutdown).
    this.settling ??= this.settle().finally(() => (this.settling = null));
    return this.settling;
  }

  private async settle(): Promise<void> {
    while (this.unrecorded.length > 0) {
      await this.record(this.unrecorded[0]!);
      this.unrecorded.shift();
    }
    if (this.held.size > 0) {
      const claimIds = [...this.held.keys()];
      await this.notifications.release(claimIds);
      for (const claimId of claimIds) this.held.delete(claimId);
      this.logger.log({ msg: 'outbox claims released', count: claimIds.length });
    }
  }

  /** One notification: true when the mail was handed over. */
  private async sendOne(row: ClaimedNotification): Promise<boolean> {
    const context = await this.notifications.context(row, this.config.publicUrl, this.clock.now());
    if ('skip' in context) {
      await this.notifications.markSkipped(row.id, row.claimId, context.skip);
      this.held.delete(row.claimId);
      this.logger.log({
        msg: 'notification skipped',
        kind: row.kind,
        id: row.id,
        reason: context.skip,
      });
      return false;
    }
    const message = {
      ...notificationMail({ ...context, now: this.clock.now() }),
      messageId: notificationMessageId(row.messageUuid, this.config.mailFrom),
    };
    // Committed before the hand-over: from here on a crash leaves the row 'sending'.
    const ours = await this.notifications.markSending(row.id, row.claimId);
    this.held.delete(row.claimId);
    if (!ours) {
      this.logger.warn({
        msg: 'notification claim lost before sending',
        kind: row.kind,
        id: row.id,
      });
      return false;
    }
    if (row.interrupted) {
      this.logger.warn({
        msg: 'notification resent after an interrupted hand-over',
        kind: row.kind,
        id: row.id,
        messageId: message.messageId,
      });
    }
    let outcome: Outcome;
    try {
      await this.mail.deliver(message, row.kind);
      outcome = { row, sent: true };
    } catch (error) {
      // The transport's error code only (ECONNREFUSED, EENVELOPE…): never the address or text.
      outcome = { row, sent: false, code: String((error as { code?: unknown }).code ?? 'unknown') };
    }
    try {
      await this.record(outcome);
    } catch (error) {
      // Kept until the database is back: the row stays 'sending' meanwhile, so no other drain
      // sends it again within the hand-over lease.
      this.unrecorded.push(outcome);
      throw error;
    }
    return outcome.sent;
  }

  private async record(outcome: Outcome): Promise<void> {
    const { row } = outcome;
    if (outcome.sent) {
      const recorded = await this.notifications.markSent(row.id, row.claimId);
      if (!recorded) {
        // Another drain took the row over as interrupted: it will be (or was) sent again with the
        // same Message-ID.
        this.logger.warn({
          msg: 'notification sent but taken over meanwhile',
          kind: row.kind,
          id: row.id,
        });
      }
      return;
    }
    const retryIn = retryDelaySeconds(row.attempts);
    await this.notifications.markAttemptFailed(row.id, row.claimId, outcome.code, retryIn);
    this.logger.warn({
      msg: retryIn === null ? 'notification failed for good' : 'notification will be retried',
      kind: row.kind,
      id: row.id,
      attempts: row.attempts,
      code: outcome.code,
      retryInSeconds: retryIn,
    });
  }
}
