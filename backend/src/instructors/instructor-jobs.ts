import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { addDays, japanDate } from '../common/time/japan-time';
import { JobsService } from '../jobs/jobs.service';
import { InstructorProfilesRepository } from './instructor-profiles.repository';
import { RENEWAL_REMINDER_DAYS } from './instructor-reference';
import { InstructorRoles } from './instructor-roles';

export const INSTRUCTOR_EXPIRY_JOB = 'instructor-expiry';
export const INSTRUCTOR_RENEWAL_JOB = 'instructor-renewal-reminders';

/**
 * The bank's daily jobs (pg-boss cron, Japan time):
 * - 00:05 expiry: a registration whose last valid day has passed becomes `expired` — exactly
 *   once, however many runs or instances: the UPDATE takes only rows still live, under their row
 *   locks (a concurrent run skips them), and the status trigger refuses expired → expired. Each
 *   expiry writes its history entry and one mail (dedupe key per profile and validity). Then
 *   people whose registration has lapsed lose the instructor role once they teach no running
 *   course (see InstructorRoles).
 * - 09:00 renewal reminders: 60 and 14 days before the last valid day, one mail each (dedupe key
 *   per profile, validity and reminder), so a late or repeated run sends nothing twice and a
 *   missed day is caught up the next morning.
 * The directory never waits for the job: it lists only registrations valid today.
 */
@Injectable()
export class InstructorJobs implements OnModuleInit {
  private readonly logger = new Logger('InstructorBank');

  constructor(
    private readonly jobs: JobsService,
    private readonly profiles: InstructorProfilesRepository,
    private readonly roles: InstructorRoles,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.work(INSTRUCTOR_EXPIRY_JOB, () => this.expire().then(() => undefined));
    this.jobs.schedule(INSTRUCTOR_EXPIRY_JOB, '5 0 * * *');
    this.jobs.work(INSTRUCTOR_RENEWAL_JOB, () => this.remindRenewals().then(() => undefined));
    this.jobs.schedule(INSTRUCTOR_RENEWAL_JOB, '0 9 * * *');
  }

  /** Expires what is due today; returns how many this run expired. */
  async expire(): Promise<number> {
    const now = this.clock.now();
    const expired = await this.profiles.transaction(async (manager) => {
      const rows = await this.profiles.expire(manager, japanDate(now));
      for (const row of rows) {
        await this.profiles.insertEvent(manager, {
          profileId: row.id,
          kind: 'expired',
          fromStatus: row.fromStatus,
          toStatus: 'expired',
          actorUserId: null,
          byReviewer: false,
          at: now,
        });
        await this.profiles.notify(manager, {
          kind: 'instructor_profile_expired',
          userId: row.userId,
          payload: { profileId: row.id, validUntil: row.validUntil },
          dedupeKey: `instructor-expired:${row.id}:${row.validUntil}`,
        });
        await this.roles.closeRequests(manager, row, now);
      }
      return rows.length;
    });
    let revoked = 0;
    for (const userId of await this.profiles.lapsedInstructors(now)) {
      const done = await this.profiles.transaction((manager) =>
        this.roles.revokeUnlessTeaching(manager, userId, null, now, 'instructor_bank_lapsed'),
      );
      if (done) revoked += 1;
    }
    this.logger.log({ msg: 'instructor registrations expired', expired, rolesRevoked: revoked });
    return expired;
  }

  /** Queues the renewal reminders due today; returns how many were new. */
  async remindRenewals(): Promise<number> {
    const today = this.clock.today();
    let queued = 0;
    // The nearer reminder first: a registration 10 days from its end gets the 14-day mail only.
    const [near, far] = [...RENEWAL_REMINDER_DAYS].sort((a, b) => a - b);
    const windows = [
      { days: near, from: today, to: addDays(today, near) },
      { days: far, from: addDays(today, near + 1), to: addDays(today, far) },
    ];
    for (const window of windows) {
      const due = await this.profiles.endingBetween(window.from, window.to);
      await this.profiles.transaction(async (manager) => {
        for (const row of due) {
          const daysLeft = daysBetween(today, row.validUntil);
          const isNew = await this.profiles.notify(manager, {
            kind: 'instructor_renewal_reminder',
            userId: row.userId,
            payload: { profileId: row.id, validUntil: row.validUntil, daysLeft },
            dedupeKey: `instructor-renewal:${row.id}:${row.validUntil}:${window.days}`,
          });
          if (isNew) queued += 1;
        }
      });
    }
    this.logger.log({ msg: 'instructor renewal reminders queued', queued });
    return queued;
  }
}

/** Whole days from one Japan date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
