import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
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
import { AllowRoles } from '../../access/access-policy.decorator';
import { CurrentPrincipal } from '../../access/current-principal.decorator';
import type { Principal } from '../../access/principal';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe';
import { CourseDetailDto } from '../../courses/dto/course-detail.dto';
import { CourseEditorDto, CourseEditorResultDto } from './course-editor.dto';
import { CourseEditorService } from './course-editor.service';
import { CourseInputDto, CourseUpdateDto, DuplicateCourseDto } from './course-input.dto';
import { SessionInputDto, SessionSeriesDto } from './session-input.dto';

const NOT_FOUND = "COURSE_NOT_FOUND (also for another organisation's course)";
const STATE = 'COURSE_STATE_CONFLICT (not allowed in the course’s current status)';
const FIXED =
  'COURSE_STATE_CONFLICT; COURSE_RULES_FIXED (published: the booking rule, lottery priorities, ' +
  'the window of a closed or drawn lottery; fields name them)';
const ROOM =
  'ROOM_ALREADY_RESERVED (fields name the collision), ROOM_UNAVAILABLE, COURSE_STATE_CONFLICT';

/** Writing courses and their sessions: only for the caller's own organisations. */
@ApiTags('organiser')
@AllowRoles('organiser')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not an organiser)' })
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED, per field' })
@ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
@Controller('organiser/courses')
export class CourseEditorController {
  constructor(private readonly editor: CourseEditorService) {}

  @Post()
  @ApiCreatedResponse({ type: CourseEditorDto, description: 'A new draft.' })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() input: CourseInputDto,
  ): Promise<CourseEditorDto> {
    return this.editor.create(principal, input);
  }

  @Get(':id/edit')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CourseEditorDto, description: 'Every field and session, to edit.' })
  edit(@CurrentPrincipal() principal: Principal, @Param('id', new UuidParamPipe()) id: string) {
    return this.editor.view(principal, id);
  }

  @Get(':id/preview')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CourseDetailDto, description: 'As the public course page shows it.' })
  preview(@CurrentPrincipal() principal: Principal, @Param('id', new UuidParamPipe()) id: string) {
    return this.editor.preview(principal, id);
  }

  @Patch(':id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CourseEditorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: FIXED })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() patch: CourseUpdateDto,
  ): Promise<CourseEditorDto> {
    return this.editor.update(principal, id, patch);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CourseEditorResultDto, description: 'Warnings do not stop publishing.' })
  @ApiConflictResponse({ type: ApiErrorDto, description: STATE })
  publish(@CurrentPrincipal() principal: Principal, @Param('id', new UuidParamPipe()) id: string) {
    return this.editor.publish(principal, id);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({
    type: CourseEditorDto,
    description: 'Back to draft (only while nobody booked, waits or applied).',
  })
  @ApiConflictResponse({ type: ApiErrorDto, description: `${STATE}, COURSE_HAS_APPLICANTS` })
  unpublish(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ) {
    return this.editor.unpublish(principal, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CourseEditorDto, description: 'Cancelled; every session’s room freed.' })
  @ApiConflictResponse({ type: ApiErrorDto, description: STATE })
  cancel(@CurrentPrincipal() principal: Principal, @Param('id', new UuidParamPipe()) id: string) {
    return this.editor.cancel(principal, id);
  }

  @Post(':id/duplicate')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiCreatedResponse({ type: CourseEditorDto, description: 'A draft copy, sessions shifted.' })
  @ApiConflictResponse({ type: ApiErrorDto, description: ROOM })
  duplicate(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: DuplicateCourseDto,
  ): Promise<CourseEditorDto> {
    return this.editor.duplicate(principal, id, input.shiftWeeks);
  }

  @Post(':id/sessions')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiCreatedResponse({ type: CourseEditorResultDto, description: 'One session added.' })
  @ApiConflictResponse({ type: ApiErrorDto, description: ROOM })
  addSession(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: SessionInputDto,
  ): Promise<CourseEditorResultDto> {
    return this.editor.addSession(principal, id, input);
  }

  @Post(':id/sessions/series')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiCreatedResponse({ type: CourseEditorResultDto, description: 'The whole series, or nothing.' })
  @ApiConflictResponse({ type: ApiErrorDto, description: ROOM })
  addSeries(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() series: SessionSeriesDto,
  ): Promise<CourseEditorResultDto> {
    return this.editor.addSeries(principal, id, series);
  }

  @Patch(':id/sessions/:sessionId')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'sessionId', format: 'uuid' })
  @ApiOkResponse({ type: CourseEditorResultDto, description: 'The session moved.' })
  @ApiConflictResponse({ type: ApiErrorDto, description: ROOM })
  moveSession(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('sessionId', new UuidParamPipe('sessionId')) sessionId: string,
    @Body() input: SessionInputDto,
  ): Promise<CourseEditorResultDto> {
    return this.editor.moveSession(principal, id, sessionId, input);
  }

  @Post(':id/sessions/:sessionId/cancel')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'sessionId', format: 'uuid' })
  @ApiOkResponse({ type: CourseEditorDto, description: 'The session cancelled, its room freed.' })
  @ApiConflictResponse({ type: ApiErrorDto, description: STATE })
  cancelSession(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('sessionId', new UuidParamPipe('sessionId')) sessionId: string,
  ): Promise<CourseEditorDto> {
    return this.editor.cancelSession(principal, id, sessionId);
  }
}
