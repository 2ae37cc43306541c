import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { CompletionService } from './completion.service';

export const COMPLETION_SWEEP_QUEUE = 'completion-sweep';

/**
 * Completion runs by itself: every minute a sweep finishes the courses whose last session has
 * ended (CompletionService decides each once, whoever runs it and however often) and re-decides
 * those still in their correction window. A sweep rather than a job per course: a session moved,
 * added or cancelled changes when a course ends, and the sweep reads that from the sessions.
 */
@Injectable()
export class CompletionJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly completion: CompletionService,
  ) {}

  onModuleInit(): void {
    this.jobs.work(COMPLETION_SWEEP_QUEUE, async () => {
      await this.completion.sweep();
    });
    this.jobs.schedule(COMPLETION_SWEEP_QUEUE, '* * * * *');
  }
}
