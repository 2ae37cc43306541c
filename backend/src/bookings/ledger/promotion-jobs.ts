import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../../common/time/clock';
import { JobsService } from '../../jobs/jobs.service';
import { BookingLedger } from './booking-ledger';

export const PROMOTION_EXPIRY_QUEUE = 'promotion-expiry';

/**
 * A promotion from the waiting list waits for its holder's answer (promote-waiting.v2.sql sets
 * `respond_by`). Every five minutes a sweep gives the seats of the unanswered whose time is up
 * to the next in line, through the booking ledger: each such booking is cancelled by the system
 * and its holder told ('promotion_expired'), under the course lock, so an answer arriving at
 * the same moment either wins wholly or finds the seat gone. A sweep rather than a job per
 * promotion: nothing to queue in the PL/pgSQL that promotes, and a lost job cannot keep a seat.
 */
@Injectable()
export class PromotionJobs implements OnModuleInit {
  private readonly logger = new Logger(PromotionJobs.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly ledger: BookingLedger,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.work(PROMOTION_EXPIRY_QUEUE, async () => {
      const expired = await this.ledger.expireUnansweredPromotions(this.clock.now());
      if (expired > 0) this.logger.log({ msg: 'unanswered promotions expired', expired });
    });
    this.jobs.schedule(PROMOTION_EXPIRY_QUEUE, '*/5 * * * *');
  }
}
