import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { ValidationFailedError } from '../common/errors/domain-error';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import {
  BreakdownDto,
  DashboardDto,
  EvaluationCoursesDto,
  FiscalYearFiguresDto,
  RefreshResultDto,
  RoomUseDto,
} from './dto/evaluation.dto';
import { BreakdownQueryDto, FiguresQueryDto, FiscalYearQueryDto } from './dto/evaluation-query.dto';
import { FISCAL_YEAR_HINT, FISCAL_YEAR_RANGE } from './dto/evaluation-validators';
import {
  IndicatorDto,
  IndicatorInputDto,
  IndicatorListDto,
  ManualValueInputDto,
  ThresholdsDto,
} from './dto/indicator.dto';
import { EvaluationSummaryService } from './evaluation-summary.service';
import { EvaluationService } from './evaluation.service';
import { IndicatorsService } from './indicators.service';

/**
 * The lifelong-learning section's evaluation of the plan (/city): figures per fiscal year,
 * breakdowns, the courses behind them, room use, and the indicators with their targets.
 * Reading: the section (plan_evaluator) and city administrators. Writing indicators, manual
 * values and thresholds: the section only (least privilege — administrators manage people and
 * places, not the evaluation).
 */
@ApiTags('evaluation')
@AllowRoles('plan_evaluator', 'city_admin')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED' })
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
@Controller('evaluation')
export class EvaluationController {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly indicators: IndicatorsService,
    private readonly summary: EvaluationSummaryService,
  ) {}

  @Get('dashboard')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    type: DashboardDto,
    description:
      'The first view of /city in one round trip: figures, five-year trend, pillars, life stages, participants, centres’ room use, indicators. Without fiscalYear: the last complete fiscal year.',
  })
  dashboard(@Query() query: FiscalYearQueryDto): Promise<DashboardDto> {
    return this.evaluation.dashboard(query.fiscalYear);
  }

  @Get('figures')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: FiscalYearFiguresDto })
  figures(@Query() query: FiguresQueryDto): Promise<FiscalYearFiguresDto> {
    return this.evaluation.fiscalYearFigures(query);
  }

  @Get('breakdown')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: BreakdownDto })
  breakdown(@Query() query: BreakdownQueryDto): Promise<BreakdownDto> {
    return this.evaluation.breakdown(query);
  }

  @Get('courses')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: EvaluationCoursesDto, description: 'The courses behind the figures.' })
  courses(@Query() query: FiguresQueryDto): Promise<EvaluationCoursesDto> {
    return this.evaluation.courses(query);
  }

  @Get('room-use')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: [RoomUseDto], description: 'Community centres’ room use.' })
  roomUse(@Query() query: FiscalYearQueryDto): Promise<RoomUseDto[]> {
    return this.evaluation.roomUse(query.fiscalYear ?? this.evaluation.currentFiscalYear());
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: RefreshResultDto, description: 'Rebuilds the summary now.' })
  refresh(): Promise<RefreshResultDto> {
    return this.summary.refresh();
  }

  @Get('indicators')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: IndicatorListDto })
  list(@Query() query: FiscalYearQueryDto): Promise<IndicatorListDto> {
    return this.indicators.list(query.fiscalYear);
  }

  @Post('indicators')
  @AllowRoles('plan_evaluator')
  @ApiOkResponse({ type: IndicatorDto })
  @HttpCode(201)
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: IndicatorInputDto,
  ): Promise<IndicatorDto> {
    return this.indicators.create(input, principal.userId);
  }

  @Get('indicators/:id')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: IndicatorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INDICATOR_NOT_FOUND' })
  get(
    @Param('id', new UuidParamPipe()) id: string,
    @Query() query: FiscalYearQueryDto,
  ): Promise<IndicatorDto> {
    return this.indicators.get(id, query.fiscalYear);
  }

  @Put('indicators/:id')
  @AllowRoles('plan_evaluator')
  @ApiOkResponse({ type: IndicatorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INDICATOR_NOT_FOUND' })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: IndicatorInputDto,
  ): Promise<IndicatorDto> {
    return this.indicators.update(id, input, principal.userId);
  }

  @Delete('indicators/:id')
  @AllowRoles('plan_evaluator')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INDICATOR_NOT_FOUND' })
  remove(@Param('id', new UuidParamPipe()) id: string): Promise<void> {
    return this.indicators.remove(id);
  }

  @Put('indicators/:id/values/:fiscalYear')
  @AllowRoles('plan_evaluator')
  @ApiOkResponse({ type: IndicatorDto, description: 'Enters (or replaces) the year’s value.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INDICATOR_NOT_FOUND' })
  setValue(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('fiscalYear', new ParseIntPipe({ exceptionFactory: fiscalYearError }))
    fiscalYear: number,
    @Body() input: ManualValueInputDto,
  ): Promise<IndicatorDto> {
    checkFiscalYear(fiscalYear);
    return this.indicators.setManualValue(id, fiscalYear, input, principal.userId);
  }

  @Delete('indicators/:id/values/:fiscalYear')
  @AllowRoles('plan_evaluator')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INDICATOR_NOT_FOUND' })
  removeValue(
    @Param('id', new UuidParamPipe()) id: string,
    @Param('fiscalYear', new ParseIntPipe({ exceptionFactory: fiscalYearError }))
    fiscalYear: number,
  ): Promise<void> {
    checkFiscalYear(fiscalYear);
    return this.indicators.removeManualValue(id, fiscalYear);
  }

  @Get('settings')
  @ApiOkResponse({ type: ThresholdsDto, description: 'The grade thresholds.' })
  settings(): Promise<ThresholdsDto> {
    return this.indicators.thresholds();
  }

  @Put('settings')
  @AllowRoles('plan_evaluator')
  @ApiOkResponse({ type: ThresholdsDto })
  setSettings(
    @CurrentPrincipal() principal: Principal,
    @Body() input: ThresholdsDto,
  ): Promise<ThresholdsDto> {
    return this.indicators.setThresholds(input, principal.userId);
  }
}

function fiscalYearError(): ValidationFailedError {
  return new ValidationFailedError([{ field: 'fiscalYear', ...FISCAL_YEAR_HINT }]);
}

function checkFiscalYear(fiscalYear: number): void {
  if (fiscalYear < FISCAL_YEAR_RANGE.min || fiscalYear > FISCAL_YEAR_RANGE.max) {
    throw fiscalYearError();
  }
}
