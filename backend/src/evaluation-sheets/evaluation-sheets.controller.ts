import {
  applyDecorators,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
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
import { contentDisposition } from '../rosters/roster-csv';
import {
  EvaluationSheetDto,
  OwnSheetListDto,
  SheetDraftInputDto,
  SheetListDto,
  SheetListQueryDto,
  SheetParamsDto,
  SheetReviewInputDto,
  SheetSubmitInputDto,
} from './dto/evaluation-sheet.dto';
import { EvaluationSheetsExport } from './evaluation-sheets.export';
import { EvaluationSheetsService } from './evaluation-sheets.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendXlsx(
  response: Response,
  file: { body: Buffer; ascii: string; utf8: string },
): StreamableFile {
  response.setHeader('Content-Type', XLSX);
  response.setHeader('Content-Disposition', contentDisposition(file));
  response.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(file.body);
}

const REVIEW_CONFLICTS = 'EVALUATION_SHEET_CHANGED, EVALUATION_SHEET_WRONG_STATE';

/** A move of a sheet (submit, return, accept): 200 with the sheet, or 404, or 409 with why. */
function SheetMove(description: string, conflicts: string): MethodDecorator & ClassDecorator {
  return applyDecorators(
    HttpCode(200),
    ApiOkResponse({ type: EvaluationSheetDto, description }),
    ApiNotFoundResponse({ type: ApiErrorDto, description: 'EVALUATION_SHEET_NOT_FOUND' }),
    ApiConflictResponse({ type: ApiErrorDto, description: conflicts }),
  );
}

/** One sheet as an Excel workbook (the organisation's and the section's download alike). */
function SheetXlsx(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiProduces(XLSX),
    ApiOkResponse({
      description: 'The sheet as an Excel workbook',
      schema: { type: 'string', format: 'binary' },
    }),
    ApiNotFoundResponse({ type: ApiErrorDto, description: 'EVALUATION_SHEET_NOT_FOUND' }),
  );
}

/** An organisation's own evaluation sheets (事務事業評価シート): its organisers only. */
@ApiTags('organiser')
@AllowRoles('organiser')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not an organiser)' })
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (per field)' })
@Controller('organiser/evaluation-sheets')
export class OrganiserEvaluationSheetsController {
  constructor(
    private readonly sheets: EvaluationSheetsService,
    private readonly exports: EvaluationSheetsExport,
  ) {}

  @Get()
  @ApiOkResponse({ type: OwnSheetListDto, description: 'One row per own organisation' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: SheetListQueryDto,
  ): Promise<OwnSheetListDto> {
    return this.sheets.ownList(principal, query.fiscalYear);
  }

  @Get(':organisationId/:fiscalYear')
  @ApiOkResponse({ type: EvaluationSheetDto })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: "EVALUATION_SHEET_NOT_FOUND (also for another organisation's sheet)",
  })
  view(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SheetParamsDto,
  ): Promise<EvaluationSheetDto> {
    return this.sheets.ownSheet(principal, params.organisationId, params.fiscalYear);
  }

  @Put(':organisationId/:fiscalYear')
  @ApiOkResponse({ type: EvaluationSheetDto, description: 'Saved; the new version' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'EVALUATION_SHEET_NOT_FOUND' })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description:
      'EVALUATION_SHEET_CHANGED (a newer version exists), EVALUATION_SHEET_NOT_EDITABLE, EVALUATION_SHEET_FISCAL_YEAR_AHEAD',
  })
  save(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SheetParamsDto,
    @Body() body: SheetDraftInputDto,
  ): Promise<EvaluationSheetDto> {
    return this.sheets.save(principal, params.organisationId, params.fiscalYear, body);
  }

  @Post(':organisationId/:fiscalYear/submit')
  @SheetMove(
    'Submitted to the section',
    'EVALUATION_SHEET_CHANGED, EVALUATION_SHEET_WRONG_STATE, EVALUATION_SHEET_EMPTY',
  )
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SheetParamsDto,
    @Body() body: SheetSubmitInputDto,
  ): Promise<EvaluationSheetDto> {
    return this.sheets.submit(principal, params.organisationId, params.fiscalYear, body.version);
  }

  @Get(':organisationId/:fiscalYear/sheet.xlsx')
  @SheetXlsx()
  async xlsx(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SheetParamsDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const sheet = await this.sheets.ownSheet(principal, params.organisationId, params.fiscalYear);
    return sendXlsx(response, await this.exports.single(sheet));
  }
}

/** The lifelong-learning section's view of every organisation's sheet: review and roll-up. */
@ApiTags('admin')
@AllowRoles('city_admin', 'plan_evaluator')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({
  type: ApiErrorDto,
  description: 'ACCESS_DENIED (neither a city administrator nor a plan evaluator)',
})
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (per field)' })
@Controller('admin/evaluation-sheets')
export class AdminEvaluationSheetsController {
  constructor(
    private readonly sheets: EvaluationSheetsService,
    private readonly exports: EvaluationSheetsExport,
  ) {}

  @Get()
  @ApiOkResponse({
    type: SheetListDto,
    description: 'Every organisation, counts by state, roll-up by pillar',
  })
  list(@Query() query: SheetListQueryDto): Promise<SheetListDto> {
    return this.sheets.sectionList(query.fiscalYear);
  }

  @Get('workbook.xlsx')
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'The fiscal year as one Excel workbook: 一覧, 柱別, one worksheet per sheet',
    schema: { type: 'string', format: 'binary' },
  })
  async workbook(
    @Query() query: SheetListQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendXlsx(response, await this.exports.rollUp(query.fiscalYear));
  }

  @Get(':organisationId/:fiscalYear')
  @ApiOkResponse({ type: EvaluationSheetDto })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: 'EVALUATION_SHEET_NOT_FOUND (no such organisation)',
  })
  view(@Param() params: SheetParamsDto): Promise<EvaluationSheetDto> {
    return this.sheets.sectionSheet(params.organisationId, params.fiscalYear);
  }

  @Post(':organisationId/:fiscalYear/return')
  @SheetMove('Returned to the organisation', REVIEW_CONFLICTS)
  return(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SheetParamsDto,
    @Body() body: SheetReviewInputDto,
  ): Promise<EvaluationSheetDto> {
    return this.sheets.review(principal, params.organisationId, params.fiscalYear, 'return', body);
  }

  @Post(':organisationId/:fiscalYear/accept')
  @SheetMove('Accepted', REVIEW_CONFLICTS)
  accept(
    @CurrentPrincipal() principal: Principal,
    @Param() params: SheetParamsDto,
    @Body() body: SheetReviewInputDto,
  ): Promise<EvaluationSheetDto> {
    return this.sheets.review(principal, params.organisationId, params.fiscalYear, 'accept', body);
  }

  @Get(':organisationId/:fiscalYear/sheet.xlsx')
  @SheetXlsx()
  async xlsx(
    @Param() params: SheetParamsDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const sheet = await this.sheets.sectionSheet(params.organisationId, params.fiscalYear);
    return sendXlsx(response, await this.exports.single(sheet));
  }
}
