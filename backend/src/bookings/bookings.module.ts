import { Module } from '@nestjs/common';
import { CourseBookingsController, MyBookingsController } from './bookings.controller';
import { BookingsRepository } from './bookings.repository';
import { BookingsService } from './bookings.service';
import { CourseContextCache } from './course-context-cache';
import { CalendarExportModule } from './calendar-export/calendar-export.module';
import { BookingQrModule } from './qr/booking-qr.module';
import { BookingLedgerModule } from './ledger/booking-ledger.module';
import { PromotionJobs } from './ledger/promotion-jobs';
import { JobsModule } from '../jobs/jobs.module';

@Module({
  // The citizen's extras: the booking in a calendar app (.ics, private feed) and as a QR code.
  imports: [CalendarExportModule, BookingQrModule, BookingLedgerModule, JobsModule],
  controllers: [CourseBookingsController, MyBookingsController],
  providers: [BookingsRepository, BookingsService, CourseContextCache, PromotionJobs],
  exports: [BookingsRepository, BookingsService],
})
export class BookingsModule {}
