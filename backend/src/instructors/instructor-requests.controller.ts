import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import {
  AcceptRequestDto,
  CreateInstructorRequestDto,
  DeclineRequestDto,
  ReportRequestDto,
  RequestDetailDto,
  RequestListQueryDto,
  RequestMessageInputDto,
  RequestSummaryDto,
} from './dto/request.dto';
import { InstructorRequestsService } from './instructor-requests.service';

const NOT_FOUND = 'INSTRUCTOR_REQUEST_NOT_FOUND (also for a request of other people)';
const STATE = 'INSTRUCTOR_REQUEST_STATE_CONFLICT';

/**
 * Requests (講師依頼) between an organiser or a citizen group and a registered instructor.
 * Each party sees the other's contact details only once the instructor has accepted.
 */
@ApiTags('instructor requests')
@AllowRoles('citizen')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (email not verified)' })
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
@Controller()
export class InstructorRequestsController {
  constructor(private readonly requests: InstructorRequestsService) {}

  @Post('instructors/:id/requests')
  @ApiParam({ name: 'id', format: 'uuid', description: 'The instructor profile.' })
  @ApiCreatedResponse({ type: RequestDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INSTRUCTOR_NOT_REGISTERED' })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description: 'INSTRUCTOR_REQUEST_NOT_ALLOWED (own profile)',
  })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: CreateInstructorRequestDto,
  ): Promise<RequestDetailDto> {
    return this.requests.create(principal, id, input);
  }

  @Get('me/instructor-requests')
  @ApiOkResponse({ type: [RequestSummaryDto], description: 'Newest first.' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: RequestListQueryDto,
  ): Promise<RequestSummaryDto[]> {
    return this.requests.list(principal.userId, query.role);
  }

  @Get('me/instructor-requests/:id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: RequestDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  detail(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<RequestDetailDto> {
    return this.requests.detail(principal.userId, id);
  }

  @Post('me/instructor-requests/:id/messages')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiCreatedResponse({ type: RequestDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ApiErrorDto, description: STATE })
  message(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: RequestMessageInputDto,
  ): Promise<RequestDetailDto> {
    return this.requests.message(principal.userId, id, input);
  }

  @Post('me/instructor-requests/:id/accept')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: RequestDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ApiErrorDto, description: STATE })
  accept(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: AcceptRequestDto,
  ): Promise<RequestDetailDto> {
    return this.requests.accept(principal.userId, id, input);
  }

  @Post('me/instructor-requests/:id/decline')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: RequestDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ApiErrorDto, description: STATE })
  decline(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: DeclineRequestDto,
  ): Promise<RequestDetailDto> {
    return this.requests.decline(principal.userId, id, input);
  }

  @Post('me/instructor-requests/:id/cancel')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({
    type: RequestDetailDto,
    description: 'Either party may cancel before the date.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ApiErrorDto, description: STATE })
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<RequestDetailDto> {
    return this.requests.cancel(principal.userId, id);
  }

  @Post('me/instructor-requests/:id/report')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({
    type: RequestDetailDto,
    description: 'The requester’s 実施報告 after the date.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ApiErrorDto, description: STATE })
  report(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: ReportRequestDto,
  ): Promise<RequestDetailDto> {
    return this.requests.report(principal.userId, id, input);
  }
}
