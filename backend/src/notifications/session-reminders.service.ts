import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { japanHour } from '../common/time/japan-time';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsRepository } from './notifications.repository';

export const SESSION_REMINDERS_JOB = 'session-reminders';

/** The hours (Japan time) in which reminders are queued: 9:00 up to the 21:00 run's hour. */
export const REMINDER_HOURS = { first: 9, last: 21 } as const;

/** Whether `now` falls in the reminder hours in Japan (9:00:00 to 21:59:59 JST). */
export function withinReminderHours(now: Date): boolean {
  const hour = japanHour(now);
  return hour >= REMINDER_HOURS.first && hour <= REMINDER_HOURS.last;
}

/**
 * The day-before reminders: every hour from 9:00 to 21:00 Japan time (nobody wants a reminder at
 * midnight) a pg-boss cron job queues a 'session_reminder' for each confirmed booking whose
 * session starts tomorrow (Japanese calendar day). The outbox's dedupe_key `reminder:<booking>:<session>` makes a second run — the next
 * hour, another instance, a retry — queue nothing new, while a booking confirmed late in the day
 * still gets its reminder from the next run. A run outside those hours (a retry that came late,
 * a job sent by hand) queues nothing.
 */
@Injectable()
export class SessionRemindersService implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.work(SESSION_REMINDERS_JOB, () =>
      this.queueReminders(this.clock.now()).then(() => undefined),
    );
    this.jobs.schedule(
      SESSION_REMINDERS_JOB,
      `0 ${REMINDER_HOURS.first}-${REMINDER_HOURS.last} * * *`,
    );
  }

  async queueReminders(now: Date): Promise<number> {
    if (!withinReminderHours(now)) {
      this.logger.log({ msg: 'session reminders wait for the morning', at: now.toISOString() });
      return 0;
    }
    const queued = await this.notifications.queueReminders(now);
    this.logger.log({ msg: 'session reminders queued', queued });
    return queued;
  }
}
