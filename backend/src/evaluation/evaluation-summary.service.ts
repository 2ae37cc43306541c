import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { JobsService } from '../jobs/jobs.service';
import { EvaluationSummaryRepository, type SummaryRefresh } from './evaluation-summary.repository';

export const EVALUATION_REFRESH_JOB = 'evaluation-summary-refresh';

/**
 * Keeps the evaluation summary tables fresh: a pg-boss job rebuilds them every hour (at
 * minute 7, on one instance), after the demo is seeded (main.ts), and when the section asks
 * (POST /api/evaluation/refresh). A rebuild is one
 * transaction: the dashboard reads the previous summary until the new one commits.
 */
@Injectable()
export class EvaluationSummaryService implements OnModuleInit {
  private readonly logger = new Logger('Evaluation');

  constructor(
    private readonly repository: EvaluationSummaryRepository,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.work(EVALUATION_REFRESH_JOB, () => this.refresh().then(() => undefined), {
      onePendingPerKey: true,
    });
    this.jobs.schedule(EVALUATION_REFRESH_JOB, '7 * * * *');
  }

  /** Rebuilds the summary as of now; returns its row counts and how long it took. */
  async refresh(): Promise<SummaryRefresh> {
    const result = await this.repository.refresh(this.clock.now());
    this.logger.log({ msg: 'evaluation summary refreshed', ...result });
    return result;
  }
}
