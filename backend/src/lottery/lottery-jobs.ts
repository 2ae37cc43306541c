import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';
import { LotteryDrawService } from './lottery-draw.service';
import { LotteryRepository } from './lottery.repository';

export const LOTTERY_DRAW_QUEUE = 'lottery-draw';
export const LOTTERY_SWEEP_QUEUE = 'lottery-sweep';

/**
 * The draw runs by itself: a job per course due at its closing time (one pending job per course,
 * by singleton key; it survives restarts because it is a row in PostgreSQL), and a sweep every
 * minute that draws whatever is overdue (a lost job, a closing time moved earlier, a course
 * published before the job existed). Both end in LotteryDrawService.draw, which draws once.
 */
@Injectable()
export class LotteryJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly draws: LotteryDrawService,
    private readonly lottery: LotteryRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.work<{ courseId: string }>(
      LOTTERY_DRAW_QUEUE,
      async ({ courseId }) => {
        if ((await this.draws.draw(courseId)) === 'not_due') {
          // The closing time moved later since the job was queued: come back then.
          const drawAt = await this.lottery.drawAt(courseId);
          if (drawAt) {
            await this.jobs.sendAt(LOTTERY_DRAW_QUEUE, { courseId }, drawAt, {
              singletonKey: courseId,
            });
          }
        }
      },
      { retryLimit: 5, retryDelaySeconds: 10, onePendingPerKey: true },
    );
    this.jobs.work(LOTTERY_SWEEP_QUEUE, async () => {
      await this.draws.sweep();
    });
    this.jobs.schedule(LOTTERY_SWEEP_QUEUE, '* * * * *');
  }

  /**
   * Publishing a lottery course: commits to its seed and queues its draw, in the publishing
   * transaction (both exist iff the course is published). A no-op for a first-come course.
   */
  async coursePublished(manager: EntityManager, courseId: string): Promise<void> {
    if (!(await this.draws.commit(courseId, manager))) return;
    const drawAt = await this.lottery.drawAt(courseId, manager);
    if (drawAt) {
      await this.jobs.sendAt(LOTTERY_DRAW_QUEUE, { courseId }, drawAt, {
        manager,
        singletonKey: courseId,
      });
    }
  }
}
