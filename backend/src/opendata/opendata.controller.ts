import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../access/access-policy.decorator';
import { CalendarLanguageQueryDto } from '../bookings/calendar-export/dto/calendar-feed.dto';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { LIFE_STAGES } from '../reference/reference-data';
import { sendPublicDocument } from './conditional-get';
import { OpenEventListDto } from './dto/open-event.dto';
import { OpendataService } from './opendata.service';

const VALIDATORS =
  'With ETag and Last-Modified; If-None-Match / If-Modified-Since answer 304 when unchanged.';

/**
 * Open data (オープンデータ): the public catalogue as the national dataset 「イベント一覧」 (CSV and
 * JSON) and public calendar feeds. Anyone may fetch them, from any site, and cache them.
 */
@ApiTags('open data')
@Public()
@Controller('opendata')
export class OpendataController {
  constructor(private readonly opendata: OpendataService) {}

  @Get('events.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: `The dataset 「イベント一覧」 (自治体標準オープンデータセット) as CSV: UTF-8 with a BOM, CRLF, the format's 32 columns in its order, one row per public course of the current fiscal year; CC BY 4.0. ${VALIDATORS}`,
    schema: { type: 'string' },
  })
  async eventsCsv(@Req() request: Request, @Res() response: Response): Promise<void> {
    sendPublicDocument(request, response, await this.opendata.eventListCsv());
  }

  @Get('events')
  @ApiOkResponse({
    type: OpenEventListDto,
    description: `The same rows as events.csv, as JSON, with the licence and the column list. ${VALIDATORS}`,
  })
  async events(@Req() request: Request, @Res() response: Response): Promise<void> {
    sendPublicDocument(request, response, await this.opendata.eventListJson());
  }

  @Get('calendars/life-stages/:stage.ics')
  @ApiParam({ name: 'stage', enum: LIFE_STAGES })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: `Every scheduled session of the public courses for this life stage, the last 30 days onward (RFC 5545). ${VALIDATORS}`,
    schema: { type: 'string' },
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (lang)' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'NOT_FOUND (no such life stage)' })
  async lifeStageCalendar(
    @Param('stage') stage: string,
    @Query() query: CalendarLanguageQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const document = await this.opendata.lifeStageCalendar(stage, query.lang ?? 'ja');
    sendPublicDocument(request, response, document);
  }

  @Get('calendars/facilities/:id.ics')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: `Every scheduled session of the public courses held at this facility, the last 30 days onward (RFC 5545). ${VALIDATORS}`,
    schema: { type: 'string' },
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not a UUID, lang)' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'FACILITY_NOT_FOUND' })
  async facilityCalendar(
    @Param('id', new UuidParamPipe()) id: string,
    @Query() query: CalendarLanguageQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const document = await this.opendata.facilityCalendar(id, query.lang ?? 'ja');
    sendPublicDocument(request, response, document);
  }
}
