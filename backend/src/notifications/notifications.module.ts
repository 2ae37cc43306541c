import { Module } from '@nestjs/common';
import { AppConfigModule } from '../config/app-config.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsAdminController } from './notifications-admin.controller';
import { NotificationsRepository } from './notifications.repository';
import { OutboxDrainService } from './outbox-drain.service';
import { SessionRemindersService } from './session-reminders.service';

/**
 * The notification outbox: rows written by the features in their own transactions, mailed by
 * the drain in each recipient's language; day-before reminders; the administrators' summary.
 */
@Module({
  imports: [AppConfigModule, MailModule, JobsModule],
  controllers: [NotificationsAdminController],
  providers: [NotificationsRepository, OutboxDrainService, SessionRemindersService],
  exports: [OutboxDrainService],
})
export class NotificationsModule {}
