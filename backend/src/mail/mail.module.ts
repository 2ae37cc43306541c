import { Module } from '@nestjs/common';
import { AppConfigModule } from '../config/app-config.module';
import { DevOutboxController } from './dev-outbox.controller';
import { MailService } from './mail.service';

@Module({
  imports: [AppConfigModule],
  controllers: [DevOutboxController],
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
