import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { CheckInService } from './check-in.service';
import {
  AttendanceInputDto,
  CheckInInputDto,
  CheckInResultDto,
  WalkInInputDto,
} from './dto/check-in.dto';
import {
  DoorSessionsDto,
  RosterDto,
  RosterEntryDto,
  TeachingCourseDto,
  TeachingSessionDto,
  WalkInDto,
} from './dto/roster.dto';
import { RostersService } from './rosters.service';

const NOT_FOUND =
  'SESSION_NOT_FOUND (also for a session the caller neither organises, staffs nor teaches)';

/**
 * A session's roster and its door: the course's organisers, the facility's staff and the
 * course's instructors (object-level check in RosterAccess).
 */
@ApiTags('rosters')
@AllowRoles('organiser', 'facility_staff', 'instructor')
@ApiParam({ name: 'id', format: 'uuid', description: 'The course session.' })
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({
  type: ApiErrorDto,
  description: 'ACCESS_DENIED (not an organiser, facility staff or instructor)',
})
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
@ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
@Controller('sessions/:id')
export class RostersController {
  constructor(
    private readonly rosters: RostersService,
    private readonly door: CheckInService,
  ) {}

  @Get('roster')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    type: RosterDto,
    description: 'Confirmed bookings with attendance, the waiting list and walk-ins.',
  })
  roster(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<RosterDto> {
    return this.rosters.roster(principal, id);
  }

  @Get('roster.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'The roster for Excel: UTF-8 with BOM, CRLF, Japanese headers; the file is named ' +
      'roster-<date>-<course>.csv (RFC 5987 filename*).',
    schema: { type: 'string' },
  })
  async csv(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const download = await this.rosters.csv(principal, id);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', download.contentDisposition);
    response.setHeader('Cache-Control', 'no-store');
    return download.body;
  }

  @Post('check-ins')
  @HttpCode(200)
  @ApiOkResponse({
    type: CheckInResultDto,
    description: 'Checked in, or already checked in (alreadyCheckedIn, with the time).',
  })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description:
      'CHECK_IN_OTHER_COURSE (without naming that course), CHECK_IN_NOT_CONFIRMED, SESSION_CANCELLED',
  })
  @ApiTooManyRequestsResponse({
    type: ApiErrorDto,
    description: 'RATE_LIMITED (too many codes that are no booking of the session; Retry-After)',
  })
  checkIn(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: CheckInInputDto,
  ): Promise<CheckInResultDto> {
    return this.door.checkIn(principal, id, input);
  }

  @Put('attendance/:bookingId')
  @ApiParam({ name: 'bookingId', format: 'uuid' })
  @ApiOkResponse({ type: RosterEntryDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: `${NOT_FOUND}; BOOKING_NOT_FOUND` })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'SESSION_CANCELLED' })
  setAttendance(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('bookingId', new UuidParamPipe()) bookingId: string,
    @Body() input: AttendanceInputDto,
  ): Promise<RosterEntryDto> {
    return this.door.setAttendance(principal, id, bookingId, input);
  }

  @Delete('attendance/:bookingId')
  @ApiParam({ name: 'bookingId', format: 'uuid' })
  @ApiOkResponse({ type: RosterEntryDto, description: 'Back to "not arrived yet".' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: `${NOT_FOUND}; BOOKING_NOT_FOUND` })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'SESSION_CANCELLED' })
  clearAttendance(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('bookingId', new UuidParamPipe()) bookingId: string,
  ): Promise<RosterEntryDto> {
    return this.door.clearAttendance(principal, id, bookingId);
  }

  @Post('walk-ins')
  @ApiCreatedResponse({ type: WalkInDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'SESSION_CANCELLED' })
  addWalkIn(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: WalkInInputDto,
  ): Promise<WalkInDto> {
    return this.door.addWalkIn(principal, id, input);
  }

  @Delete('walk-ins/:walkInId')
  @HttpCode(204)
  @ApiParam({ name: 'walkInId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiErrorDto, description: `${NOT_FOUND}; WALK_IN_NOT_FOUND` })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'SESSION_CANCELLED' })
  async removeWalkIn(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('walkInId', new UuidParamPipe()) walkInId: string,
  ): Promise<void> {
    await this.door.removeWalkIn(principal, id, walkInId);
  }
}

/** The sessions an instructor may open the rosters of. */
@ApiTags('rosters')
@AllowRoles('instructor')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not an instructor)' })
@Controller('instructor')
export class InstructorController {
  constructor(private readonly rosters: RostersService) {}

  @Get('sessions')
  @ApiOkResponse({
    type: [TeachingSessionDto],
    description: 'Sessions of the courses the caller teaches, from a week ago on.',
  })
  sessions(@CurrentPrincipal() principal: Principal): Promise<TeachingSessionDto[]> {
    return this.rosters.teaching(principal);
  }

  @Get('courses')
  @ApiOkResponse({
    type: [TeachingCourseDto],
    description:
      'The courses the caller teaches (not cancelled, not over for more than a week), the most ' +
      'recently linked first; those linked in the last 14 days are marked new.',
  })
  courses(@CurrentPrincipal() principal: Principal): Promise<TeachingCourseDto[]> {
    return this.rosters.courses(principal);
  }
}

/** The door's 今日 page: the sessions facility staff check people in to today and tomorrow. */
@ApiTags('rosters')
@AllowRoles('facility_staff')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not facility staff)' })
@Controller('staff')
export class DoorController {
  constructor(private readonly rosters: RostersService) {}

  @Get('sessions')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    type: DoorSessionsDto,
    description:
      "Today's and tomorrow's sessions (Japan days) at the caller's facilities, with the " +
      'people booked and checked in.',
  })
  sessions(@CurrentPrincipal() principal: Principal): Promise<DoorSessionsDto> {
    return this.rosters.door(principal);
  }
}
