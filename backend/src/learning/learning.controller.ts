import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { LearningRecordDto, LearningRecordQueryDto } from './dto/learning-record.dto';
import { learningRecordCsv, learningRecordDisposition } from './learning-csv';
import { LearningService } from './learning.service';

/** The signed-in citizen's learning record (学びの記録), and their family's. */
@ApiTags('learning')
@AllowRoles('citizen')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (email not verified)' })
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
@ApiNotFoundResponse({
  type: ApiErrorDto,
  description: 'LEARNER_NOT_FOUND (a person who is not the caller or a family member of theirs)',
})
@Controller('me/learning')
export class LearningController {
  constructor(private readonly learning: LearningService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    type: LearningRecordDto,
    description:
      'One fiscal year: per person the courses attended and completed, sessions, time, by pillar and life stage.',
  })
  record(
    @CurrentPrincipal() principal: Principal,
    @Query() query: LearningRecordQueryDto,
  ): Promise<LearningRecordDto> {
    return this.learning.record(principal.userId, query.fiscalYear, query.person);
  }

  @Get('record.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'The same year for Excel: UTF-8 with BOM, CRLF, Japanese headers, one line per person and course and a total per person; named 学びの記録-<year>年度.csv (RFC 5987 filename*).',
    schema: { type: 'string' },
  })
  async csv(
    @CurrentPrincipal() principal: Principal,
    @Query() query: LearningRecordQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const record = await this.learning.record(principal.userId, query.fiscalYear, query.person);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', learningRecordDisposition(record.fiscalYear));
    response.setHeader('Cache-Control', 'no-store');
    return learningRecordCsv(record);
  }
}
