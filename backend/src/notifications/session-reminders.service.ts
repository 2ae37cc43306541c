import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsRepository } from './notifications.repository';

export const SESSION_REMINDERS_JOB = 'session-reminders';

/**
 * The day-before reminders: every hour from 9:00 to 21:00 Japan time (nobody wants a reminder at
 * midnight) a pg-boss cron job queues a 'session_reminder' for each confirmed booking whose
 * session starts tomorrow (Japanese calendar day). The outbox's dedupe_key `reminder:<booking>:<session>` makes a second run — the next
 * hour, another instance, a retry — queue nothing new, while a booking confirmed late in the day
 * still gets its reminder from the next run.
 */
@Injectable()
export class SessionRemindersService implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.work(SESSION_REMINDERS_JOB, () =>
      this.queueReminders(new Date()).then(() => undefined),
    );
    this.jobs.schedule(SESSION_REMINDERS_JOB, '0 9-21 * * *');
  }

  async queueReminders(now: Date): Promise<number> {
    const queued = await this.notifications.queueReminders(now);
    this.logger.log({ msg: 'session reminders queued', queued });
    return queued;
  }
}
