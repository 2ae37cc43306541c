import { Module } from '@nestjs/common';
import { AppConfigModule } from '../config/app-config.module';
import { OpendataController } from './opendata.controller';
import { OpendataRepository } from './opendata.repository';
import { OpendataService } from './opendata.service';

/** The public catalogue as open data: the dataset 「イベント一覧」 and public calendar feeds. */
@Module({
  imports: [AppConfigModule],
  controllers: [OpendataController],
  providers: [OpendataService, OpendataRepository],
})
export class OpendataModule {}
