import { Controller, Get } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles } from '../access/access-policy.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { NotificationSummaryDto } from './dto/notification-summary.dto';
import { NotificationsRepository } from './notifications.repository';

/** The outbox at a glance for city administrators: counts only, no addresses or contents. */
@ApiTags('admin')
@AllowRoles('city_admin')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({
  type: ApiErrorDto,
  description: 'ACCESS_DENIED (not a city administrator)',
})
@Controller('admin/notifications')
export class NotificationsAdminController {
  constructor(private readonly notifications: NotificationsRepository) {}

  @Get('summary')
  @ApiOperation({ summary: 'Notification outbox: counts by status and the oldest pending age.' })
  @ApiOkResponse({ type: NotificationSummaryDto })
  async summary(): Promise<NotificationSummaryDto> {
    const { oldestPendingCreatedAt, ...counts } = await this.notifications.summary();
    // An age measured against created_at, which the database stamps in real time: real time
    // here too, not the Clock.
    return {
      ...counts,
      oldestPendingAgeSeconds: oldestPendingCreatedAt
        ? Math.max(0, Math.round((Date.now() - oldestPendingCreatedAt.getTime()) / 1000))
        : null,
    };
  }
}
