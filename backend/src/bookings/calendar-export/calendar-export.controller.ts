import { Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles, Public } from '../../access/access-policy.decorator';
import { CurrentPrincipal } from '../../access/current-principal.decorator';
import type { Principal } from '../../access/principal';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe';
import { CalendarExportService } from './calendar-export.service';
import {
  CalendarFeedCreatedDto,
  CalendarFeedStateDto,
  CalendarLanguageQueryDto,
} from './dto/calendar-feed.dto';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** Bookings in the person's own calendar app: one booking's .ics, or a private feed URL. */
@ApiTags('bookings')
@Controller()
export class CalendarExportController {
  constructor(private readonly calendars: CalendarExportService) {}

  @Get('me/bookings/:id/calendar.ics')
  @AllowRoles('citizen')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'One VEVENT per session of the booking (RFC 5545).' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'BOOKING_NOT_FOUND (or not yours)' })
  async bookingCalendar(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Query() query: CalendarLanguageQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.calendars.bookingCalendar(
      id,
      principal.userId,
      query.lang ?? principal.language,
    );
    response.setHeader('Content-Type', CALENDAR_TYPE);
    response.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    response.setHeader('Cache-Control', 'private, no-store');
    response.status(200).send(file.body);
  }

  @Get('me/calendar-feed')
  @AllowRoles('citizen')
  @ApiOkResponse({ type: CalendarFeedStateDto })
  feedState(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedStateDto> {
    return this.calendars.feedState(principal.userId);
  }

  @Post('me/calendar-feed')
  @HttpCode(201)
  @AllowRoles('citizen')
  @ApiOkResponse({
    type: CalendarFeedCreatedDto,
    description: 'A new private URL; any earlier one stops working.',
  })
  replaceFeed(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedCreatedDto> {
    return this.calendars.replaceFeed(principal.userId);
  }

  @Delete('me/calendar-feed')
  @HttpCode(204)
  @AllowRoles('citizen')
  @ApiNoContentResponse({ description: 'The feed URL no longer works.' })
  async deleteFeed(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.calendars.deleteFeed(principal.userId);
  }

  /** Calendar apps fetch this without cookies: the secret token in the URL is the access. */
  @Get('calendar-feeds/:token')
  @Public()
  @ApiParam({ name: 'token', description: 'The secret token from the feed URL.' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: "The person's confirmed sessions, the last 90 days onward." })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'NOT_FOUND (unknown or reset token)' })
  async feed(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const body = await this.calendars.feedCalendar(token);
    response.setHeader('Content-Type', CALENDAR_TYPE);
    response.setHeader('Content-Disposition', 'inline; filename="tsumugu.ics"');
    response.setHeader('Cache-Control', 'private, no-store');
    // The token must not travel on to other sites through the Referer.
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.status(200).send(body);
  }
}
