import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles, Public } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { contentDisposition } from '../rosters/roster-csv';
import {
  CityQuestionnaireReportDto,
  CityReportQueryDto,
  OrganiserQuestionnaireDto,
  OrganiserQuestionsInputDto,
  QuestionnaireAnswerInputDto,
  QuestionnaireFormDto,
} from './dto/questionnaire.dto';
import { QuestionnairesService } from './questionnaires.service';

function sendCsv(response: Response, download: { body: string; fileName: string }): string {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader(
    'Content-Disposition',
    contentDisposition({ ascii: download.fileName, utf8: download.fileName }),
  );
  response.setHeader('Cache-Control', 'no-store');
  return download.body;
}

/**
 * The page of a mailed link: no log-in, the token is the key (256 bits, single use, kept only
 * as its hash; the request log writes the path without it).
 */
@ApiTags('questionnaires')
@Public()
@Controller('questionnaire-links/:token')
export class QuestionnaireLinksController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Get()
  @ApiParam({ name: 'token', description: 'The token of the mailed link' })
  @ApiOkResponse({ type: QuestionnaireFormDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'QUESTIONNAIRE_LINK_NOT_FOUND' })
  form(@Param('token') token: string): Promise<QuestionnaireFormDto> {
    return this.questionnaires.form(token);
  }

  @Post('answers')
  @HttpCode(204)
  @ApiParam({ name: 'token', description: 'The token of the mailed link' })
  @ApiNoContentResponse({ description: 'Stored (anonymously); the link is used up.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (per field)' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'QUESTIONNAIRE_LINK_NOT_FOUND' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'QUESTIONNAIRE_ALREADY_ANSWERED' })
  @ApiGoneResponse({ type: ApiErrorDto, description: 'QUESTIONNAIRE_CLOSED' })
  async answer(
    @Param('token') token: string,
    @Body() body: QuestionnaireAnswerInputDto,
  ): Promise<void> {
    await this.questionnaires.answer(token, body);
  }
}

/** The organiser's questionnaire of a course of their own organisations. */
@ApiTags('organiser')
@AllowRoles('organiser')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not an organiser)' })
@ApiNotFoundResponse({
  type: ApiErrorDto,
  description: "COURSE_NOT_FOUND (also for another organisation's course)",
})
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
@ApiParam({ name: 'id', format: 'uuid' })
@Controller('organiser/courses/:id/questionnaire')
export class OrganiserQuestionnaireController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Get()
  @ApiOkResponse({
    type: OrganiserQuestionnaireDto,
    description: 'The own questions and the results (totals only from 5 answers on)',
  })
  view(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<OrganiserQuestionnaireDto> {
    return this.questionnaires.organiserView(principal, id);
  }

  @Put('questions')
  @ApiOkResponse({ type: OrganiserQuestionnaireDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'QUESTIONNAIRE_QUESTIONS_FROZEN' })
  saveQuestions(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: OrganiserQuestionsInputDto,
  ): Promise<OrganiserQuestionnaireDto> {
    return this.questionnaires.saveQuestions(principal, id, body.questions);
  }

  @Get('results.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The totals for Excel (UTF-8 with BOM); counts only below 5 answers',
    schema: { type: 'string' },
  })
  async csv(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    return sendCsv(response, await this.questionnaires.organiserCsv(principal, id));
  }
}

/** The city's report (生涯学習推進課): every organisation, pillar and course of a fiscal year. */
@ApiTags('admin')
@AllowRoles('city_admin')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({
  type: ApiErrorDto,
  description: 'ACCESS_DENIED (not a city administrator)',
})
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (fiscalYear)' })
@Controller('admin/questionnaires')
export class AdminQuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Get()
  @ApiOkResponse({ type: CityQuestionnaireReportDto })
  report(@Query() query: CityReportQueryDto): Promise<CityQuestionnaireReportDto> {
    return this.questionnaires.cityReport(query.fiscalYear);
  }

  @Get('results.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'The fiscal year for Excel (UTF-8 with BOM): total, organisations, pillars, courses',
    schema: { type: 'string' },
  })
  async csv(
    @Query() query: CityReportQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    return sendCsv(response, await this.questionnaires.cityCsv(query.fiscalYear));
  }
}
