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
import { notificationMail } from './notification-mails';
import { type ClaimedNotification, NotificationsRepository } from './notifications.repository';
import { retryDelaySeconds } from './retry-policy';

/** Rows claimed per round; sent in parallel (one SMTP connection each). */
const BATCH = 10;

/**
 * Sends the notifications outbox: every NOTIFICATION_POLL_MS (1 s by default) it claims the due
 * rows, renders each in the recipient's language from the booking and course as they are now,
 * hands it to the mail server and records the outcome; while rows keep coming it goes on without
 * pausing.
 *
 * Why a timer polling the partial index rather than NOTIFY or a pg-boss job per notification:
 * the booking transaction stays one INSERT (a NOTIFY trigger would serialise commits under the
 * 9:00 rush, and a pg-boss job per booking would double the writes of the hot path); an idle
 * poll is an index scan of notifications_pending_index that finds nothing, well under a
 * millisecond, and a mail leaves within about a second of the commit. pg-boss polls its job table
 * the same way; a pg-boss cron cannot run more often than once a minute.
 *
 * Several instances may drain at once: claims use FOR UPDATE SKIP LOCKED (see the repository).
 * Delivery is at least once: an instance that dies between handing a mail over and recording it
 * leaves the row to be sent again after the claim's lease.
 */
@Injectable()
export class OutboxDrainService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;
  private stopped = false;

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
  }

  /** Sends what is due now, round after round until nothing is; resolves with the count sent. */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const claimed = await this.notifications.claimDue(BATCH);
      // One person's mails in the order they were written (waitlisted before promoted), different
      // people's in parallel.
      const byPerson = new Map<string, ClaimedNotification[]>();
      for (const row of claimed)
        byPerson.set(row.userId, [...(byPerson.get(row.userId) ?? []), row]);
      const outcomes = await Promise.all(
        [...byPerson.values()].map(async (rows) => {
          let count = 0;
          for (const row of rows.sort((a, b) => Number(a.id) - Number(b.id))) {
            if (await this.sendOne(row)) count += 1;
          }
          return count;
        }),
      );
      sent += outcomes.reduce((sum, count) => sum + count, 0);
      if (claimed.length < BATCH || this.stopped) return sent;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.drain()
        .then(() => undefined)
        .catch((error: unknown) => {
          // A database hiccup: the rows stay pending and the next round tries again.
          this.logger.error({
            msg: 'outbox round failed',
            error: error instanceof Error ? error.message : String(error),
          });
        })
        .finally(() => this.schedule(this.config.notificationPollMs));
    }, delayMs);
    this.timer.unref();
  }

  /** One notification: true when the mail was handed over. */
  private async sendOne(row: ClaimedNotification): Promise<boolean> {
    const context = await this.notifications.context(row, this.config.publicUrl);
    if ('skip' in context) {
      await this.notifications.markSkipped(row.id, context.skip);
      this.logger.log({
        msg: 'notification skipped',
        kind: row.kind,
        id: row.id,
        reason: context.skip,
      });
      return false;
    }
    try {
      await this.mail.deliver(notificationMail({ ...context, now: this.clock.now() }), row.kind);
    } catch (error) {
      // The transport's error code only (ECONNREFUSED, EENVELOPE…): never the address or text.
      const code = String((error as { code?: unknown }).code ?? 'unknown');
      const retryIn = retryDelaySeconds(row.attempts);
      await this.notifications.markAttemptFailed(row.id, code, retryIn);
      this.logger.warn({
        msg: retryIn === null ? 'notification failed for good' : 'notification will be retried',
        kind: row.kind,
        id: row.id,
        attempts: row.attempts,
        code,
        retryInSeconds: retryIn,
      });
      return false;
    }
    await this.notifications.markSent(row.id);
    return true;
  }
}
