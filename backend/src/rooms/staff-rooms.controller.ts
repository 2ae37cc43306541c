import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
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
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { RoomDto } from './dto/room.dto';
import { CalendarDto, ClosureDto, ReservationDto, WeeklyClosureDto } from './dto/calendar.dto';
import {
  CalendarQueryDto,
  ClosureRangeQueryDto,
  ClosureInputDto,
  HireInputDto,
  OpeningHoursInputDto,
  RoomInputDto,
  RoomUpdateDto,
  WeeklyClosureInputDto,
} from './dto/room-input.dto';
import { OpeningHoursDto } from './dto/opening-hours.dto';
import { StaffRoomsService } from './staff-rooms.service';

const NOT_FOUND = 'FACILITY_NOT_FOUND (also for a facility the caller is not staff of)';

/** The staff console: rooms, opening hours, closures, hires and the calendar of a facility. */
@ApiTags('staff')
@AllowRoles('facility_staff', 'city_admin')
@ApiParam({ name: 'id', format: 'uuid', description: 'The facility.' })
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not facility staff)' })
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
@Controller('staff/facilities/:id')
export class StaffRoomsController {
  constructor(private readonly staff: StaffRoomsService) {}

  @Get('calendar')
  @ApiOkResponse({ type: CalendarDto, description: 'Every reservation and closure of 1–7 days.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  calendar(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Query() query: CalendarQueryDto,
  ): Promise<CalendarDto> {
    return this.staff.calendar(principal, id, query.from, query.days ?? 1);
  }

  @Post('rooms')
  @ApiCreatedResponse({ type: RoomDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'NAME_ALREADY_IN_USE' })
  createRoom(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: RoomInputDto,
  ): Promise<RoomDto> {
    return this.staff.createRoom(principal, id, body);
  }

  @Patch('rooms/:roomId')
  @ApiParam({ name: 'roomId', format: 'uuid' })
  @ApiOkResponse({ type: RoomDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: `${NOT_FOUND}, ROOM_NOT_FOUND` })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description:
      'NAME_ALREADY_IN_USE; ROOM_TOO_SMALL_FOR_COURSES: a smaller capacity than published ' +
      'courses with a session to come in the room take (conflicts lists them)',
  })
  updateRoom(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('roomId', new UuidParamPipe('roomId')) roomId: string,
    @Body() body: RoomUpdateDto,
  ): Promise<RoomDto> {
    return this.staff.updateRoom(principal, id, roomId, body);
  }

  @Get('hours')
  @ApiOkResponse({ type: OpeningHoursDto, description: 'The opening hours, every day alike.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  async hours(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<OpeningHoursDto> {
    const hours = await this.staff.hours(principal, id);
    return {
      opensAt: hours.opensAt,
      closesAt: hours.closesAt,
      closedOnPublicHolidays: hours.closedOnPublicHolidays,
    };
  }

  @Put('hours')
  @ApiOkResponse({ type: OpeningHoursDto })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description:
      'HOURS_EXCLUDE_RESERVATIONS: reservations still to come would fall outside the new hours; ' +
      '`conflicts` lists the first of them, `conflictCount` how many. Nothing is changed.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  async updateHours(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: OpeningHoursInputDto,
  ): Promise<OpeningHoursDto> {
    const hours = (await this.staff.updateHours(principal, id, body))!;
    return {
      opensAt: hours.opensAt,
      closesAt: hours.closesAt,
      closedOnPublicHolidays: hours.closedOnPublicHolidays,
    };
  }

  @Get('closures')
  @ApiOkResponse({ type: [ClosureDto], description: 'Closures touching [from, to].' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  closures(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Query() query: ClosureRangeQueryDto,
  ): Promise<ClosureDto[]> {
    return this.staff.listClosures(principal, id, query.from, query.to);
  }

  @Post('closures')
  @ApiCreatedResponse({ type: ClosureDto })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description:
      'CLOSURE_HAS_RESERVATIONS: rooms are reserved on those days (course sessions or hires); ' +
      '`conflicts` lists the first of them, `conflictCount` how many. Staff move or cancel ' +
      'them first; the closure is not added.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  createClosure(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: ClosureInputDto,
  ): Promise<ClosureDto> {
    return this.staff.createClosure(principal, id, body);
  }

  @Delete('closures/:closureId')
  @HttpCode(204)
  @ApiParam({ name: 'closureId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: `${NOT_FOUND}, CLOSURE_NOT_FOUND` })
  deleteClosure(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('closureId', new UuidParamPipe('closureId')) closureId: string,
  ): Promise<void> {
    return this.staff.deleteClosure(principal, id, closureId);
  }

  @Get('weekly-closures')
  @ApiOkResponse({
    type: [WeeklyClosureDto],
    description: 'Weekly closing days (毎週月曜休館) in force today or later.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  weeklyClosures(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<WeeklyClosureDto[]> {
    return this.staff.listWeeklyClosures(principal, id);
  }

  @Post('weekly-closures')
  @ApiCreatedResponse({ type: WeeklyClosureDto })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description:
      'CLOSURE_HAS_RESERVATIONS: rooms are reserved on days the rule would close (listed as ' +
      'for a dated closure); WEEKLY_CLOSURE_OVERLAPS: the weekday already has a rule over ' +
      'those dates. Nothing is added.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_FOUND })
  createWeeklyClosure(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: WeeklyClosureInputDto,
  ): Promise<WeeklyClosureDto> {
    return this.staff.createWeeklyClosure(principal, id, body);
  }

  @Delete('weekly-closures/:ruleId')
  @HttpCode(204)
  @ApiParam({ name: 'ruleId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Removed: those days open again.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: `${NOT_FOUND}, CLOSURE_NOT_FOUND` })
  deleteWeeklyClosure(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('ruleId', new UuidParamPipe('ruleId')) ruleId: string,
  ): Promise<void> {
    return this.staff.deleteWeeklyClosure(principal, id, ruleId);
  }

  @Post('reservations')
  @ApiCreatedResponse({ type: ReservationDto, description: 'A hire for a circle or meeting.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: `${NOT_FOUND}, ROOM_NOT_FOUND` })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description:
      'ROOM_ALREADY_RESERVED or FACILITY_CLOSED (the body names the collision in `conflict`), ' +
      'OUTSIDE_OPENING_HOURS',
  })
  createHire(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: HireInputDto,
  ): Promise<ReservationDto> {
    return this.staff.createHire(principal, id, body);
  }

  @Delete('reservations/:reservationId')
  @HttpCode(204)
  @ApiParam({ name: 'reservationId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'The hire is cancelled; the slot is free again.' })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: `${NOT_FOUND}, RESERVATION_NOT_FOUND (also for a course session's reservation)`,
  })
  cancelHire(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('reservationId', new UuidParamPipe('reservationId')) reservationId: string,
  ): Promise<void> {
    return this.staff.cancelHire(principal, id, reservationId);
  }
}
