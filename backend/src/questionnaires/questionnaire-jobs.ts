import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { JobsService } from '../jobs/jobs.service';
import { QUESTIONNAIRE_OPEN_DAYS, QUESTIONNAIRE_REMINDER_DAYS } from './questionnaire-questions';
import { QuestionnairesRepository } from './questionnaires.repository';

export const QUESTIONNAIRE_ROUND_JOB = 'questionnaire-round';
const DAY_MS = 86_400_000;

/**
 * The questionnaire's job (pg-boss cron, every minute, on one instance — like the lottery's
 * sweep: a course's invitations go within a minute of its last session's end, and a course that
 * ended while no instance ran is caught up at the next start):
 * - invitations: a course whose last session has ended (within the last 30 days, so a course
 *   that ended before the feature existed is not asked about months later) gets its invitations
 *   — one per confirmed booking with someone present or late — exactly once: the questionnaire
 *   row's invited_at is set under its lock only while it is null (see
 *   QuestionnairesRepository.inviteCourse), and each mail has its dedupe key.
 * - the one reminder, 7 days after the invitation, to those who have not answered, while open.
 * A round that overlaps another, or runs twice, sends nothing twice.
 */
@Injectable()
export class QuestionnaireJobs implements OnModuleInit {
  private readonly logger = new Logger('Questionnaires');

  constructor(
    private readonly jobs: JobsService,
    private readonly questionnaires: QuestionnairesRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.work(QUESTIONNAIRE_ROUND_JOB, () => this.round().then(() => undefined));
    this.jobs.schedule(QUESTIONNAIRE_ROUND_JOB, '* * * * *');
  }

  async round(): Promise<{ courses: number; invited: number; reminded: number }> {
    const { courses, invited } = await this.invite();
    const reminded = await this.remind();
    return { courses, invited, reminded };
  }

  /** Sends the invitations of every course that has ended; returns what this run did. */
  async invite(): Promise<{ courses: number; invited: number }> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - QUESTIONNAIRE_OPEN_DAYS * DAY_MS);
    const closesAt = new Date(now.getTime() + QUESTIONNAIRE_OPEN_DAYS * DAY_MS);
    let courses = 0;
    let invited = 0;
    for (const courseId of await this.questionnaires.dueCourses(now, since)) {
      const made = await this.questionnaires.inviteCourse(courseId, now, closesAt);
      courses += 1;
      invited += made;
    }
    if (courses > 0) this.logger.log({ msg: 'questionnaire invitations queued', courses, invited });
    return { courses, invited };
  }

  /** Queues the reminders due now; returns how many. */
  async remind(): Promise<number> {
    const now = this.clock.now();
    const invitedBefore = new Date(now.getTime() - QUESTIONNAIRE_REMINDER_DAYS * DAY_MS);
    const reminded = await this.questionnaires.remind(now, invitedBefore);
    if (reminded > 0) this.logger.log({ msg: 'questionnaire reminders queued', reminded });
    return reminded;
  }
}
