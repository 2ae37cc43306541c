import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
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
import { CourseInstructorsService } from './course-instructors.service';
import { CourseMessagesService } from './course-messages.service';
import { AddInstructorInputDto, CourseInstructorDto } from './dto/instructor.dto';
import { CourseMessageInputDto, CourseMessageResultDto } from './dto/message.dto';

const COURSE_NOT_FOUND = "COURSE_NOT_FOUND (also for another organisation's course)";

/** Messages to everyone booked on a course: its organisers and its instructors. */
@ApiTags('rosters')
@AllowRoles('organiser', 'instructor')
@ApiParam({ name: 'id', format: 'uuid', description: 'The course.' })
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({
  type: ApiErrorDto,
  description: 'ACCESS_DENIED (not an organiser or instructor)',
})
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
@Controller('courses/:id/messages')
export class CourseMessagesController {
  constructor(private readonly messages: CourseMessagesService) {}

  @Post()
  @HttpCode(202)
  @ApiCreatedResponse({
    type: CourseMessageResultDto,
    description: 'Queued: one notification per person with a confirmed booking (202).',
  })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: `${COURSE_NOT_FOUND} or one the instructor does not teach; SESSION_NOT_FOUND`,
  })
  send(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: CourseMessageInputDto,
  ): Promise<CourseMessageResultDto> {
    return this.messages.send(principal, id, input);
  }
}

/** The accounts teaching a course, managed by its organisers. */
@ApiTags('organiser')
@AllowRoles('organiser')
@ApiParam({ name: 'id', format: 'uuid', description: 'The course.' })
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not an organiser)' })
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
@Controller('organiser/courses/:id/instructors')
export class CourseInstructorsController {
  constructor(private readonly instructors: CourseInstructorsService) {}

  @Get()
  @ApiOkResponse({ type: [CourseInstructorDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: COURSE_NOT_FOUND })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<CourseInstructorDto[]> {
    return this.instructors.list(principal, id);
  }

  @Post()
  @ApiCreatedResponse({ type: [CourseInstructorDto], description: 'The course instructors now.' })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: `${COURSE_NOT_FOUND}; INSTRUCTOR_NOT_FOUND (no account with the role and email)`,
  })
  add(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: AddInstructorInputDto,
  ): Promise<CourseInstructorDto[]> {
    return this.instructors.add(principal, id, input);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: `${COURSE_NOT_FOUND}; INSTRUCTOR_NOT_FOUND`,
  })
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('userId', new UuidParamPipe()) userId: string,
  ): Promise<void> {
    await this.instructors.remove(principal, id, userId);
  }
}
