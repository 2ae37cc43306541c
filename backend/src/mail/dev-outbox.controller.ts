import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/access-policy.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import { DevOutboxQueryDto, OutboxMailDto } from './dto/outbox-mail.dto';
import { MailService } from './mail.service';

/**
 * The development outbox as an API: how a developer and the browser tests read the mails the app
 * "sent" without a mail server. It answers 404 (as if it did not exist) whenever mail really goes
 * out (SMTP_URL set) or NODE_ENV is production, so it can never show anyone else's mail.
 */
@ApiTags('development')
@Controller('dev/outbox')
export class DevOutboxController {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Mails in the development outbox, newest first (development only, no SMTP_URL).',
  })
  @ApiOkResponse({ type: [OutboxMailDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'NOT_FOUND outside development' })
  async list(@Query() query: DevOutboxQueryDto): Promise<OutboxMailDto[]> {
    const outbox = this.mail.devOutbox;
    if (!outbox || this.config.production) throw new DomainError(ErrorCode.NotFound);
    return outbox.list(query.to);
  }
}
