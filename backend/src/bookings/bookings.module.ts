import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CourseBookingsController, MyBookingsController } from './bookings.controller';
import { BookingsRepository } from './bookings.repository';
import { BookingsService } from './bookings.service';
import { CalendarExportModule } from './calendar-export/calendar-export.module';
import { BookingQrModule } from './qr/booking-qr.module';
import { SeatBatcher } from './seat-batcher';

@Module({
  // The citizen's extras: the booking in a calendar app (.ics, private feed) and as a QR code.
  imports: [CalendarExportModule, BookingQrModule],
  controllers: [CourseBookingsController, MyBookingsController],
  providers: [
    BookingsRepository,
    BookingsService,
    {
      provide: SeatBatcher,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) =>
        new SeatBatcher((sql, parameters) => dataSource.query(sql, parameters)),
    },
  ],
  exports: [BookingsRepository, BookingsService],
})
export class BookingsModule {}
