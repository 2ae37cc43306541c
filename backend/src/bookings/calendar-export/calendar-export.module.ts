import { Module } from '@nestjs/common';
import { AppConfigModule } from '../../config/app-config.module';
import { CalendarExportController } from './calendar-export.controller';
import { CalendarExportRepository } from './calendar-export.repository';
import { CalendarExportService } from './calendar-export.service';

/** Bookings as iCalendar: a booking's .ics download and each person's private feed. */
@Module({
  imports: [AppConfigModule],
  controllers: [CalendarExportController],
  providers: [CalendarExportService, CalendarExportRepository],
})
export class CalendarExportModule {}
