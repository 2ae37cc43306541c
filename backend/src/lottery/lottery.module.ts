import { Module } from '@nestjs/common';
import { BookingLedgerModule } from '../bookings/ledger/booking-ledger.module';
import { AppConfigModule } from '../config/app-config.module';
import { JobsModule } from '../jobs/jobs.module';
import { LotteryDrawService } from './lottery-draw.service';
import { LotteryJobs } from './lottery-jobs';
import { LotteryController } from './lottery.controller';
import { LotteryRepository } from './lottery.repository';
import { LotteryService } from './lottery.service';

/** The lottery (抽選): commit–reveal seed, the draw that runs by itself once, its records. */
@Module({
  imports: [AppConfigModule, JobsModule, BookingLedgerModule],
  controllers: [LotteryController],
  providers: [LotteryRepository, LotteryDrawService, LotteryJobs, LotteryService],
  exports: [LotteryJobs, LotteryDrawService],
})
export class LotteryModule {}
