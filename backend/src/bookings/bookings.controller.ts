import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AllowRoles } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { BookingsService } from './bookings.service';
import {
  BookingDto,
  BookingOptionsDto,
  CreateBookingDto,
  MyBookingsQueryDto,
} from './dto/booking.dto';

/** Booking a course, from its page. */
@ApiTags('bookings')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (email not verified)' })
@Controller('courses/:id')
export class CourseBookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Get('booking-options')
  @AllowRoles('citizen')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: BookingOptionsDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'COURSE_NOT_FOUND' })
  options(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) courseId: string,
  ): Promise<BookingOptionsDto> {
    return this.bookings.options(principal, courseId);
  }

  @Post('bookings')
  @AllowRoles('citizen')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Any unique string per booking attempt (e.g. a UUID). A retry with the same key returns the same booking instead of booking twice.',
  })
  @ApiCreatedResponse({
    type: BookingDto,
    description:
      "status 'confirmed' (a seat), 'waiting' (full, joinWaitlist), or 'applied' (lottery).",
  })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'VALIDATION_FAILED, TOO_MANY_COMPANIONS, IDEMPOTENCY_KEY_INVALID',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'COURSE_NOT_FOUND' })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description:
      'COURSE_FULL, ALREADY_BOOKED, BOOKING_NOT_OPEN_YET, BOOKING_CLOSED, COURSE_NOT_BOOKABLE',
  })
  @ApiUnprocessableEntityResponse({
    type: ApiErrorDto,
    description: 'NOT_ELIGIBLE (a reason per person in fields), IDEMPOTENCY_KEY_REUSED',
  })
  book(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) courseId: string,
    @Body() request: CreateBookingDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<BookingDto> {
    return this.bookings.book(principal, courseId, request, idempotencyKey);
  }
}

/** The citizen's own bookings. Someone else's booking is answered 404, like one that does not exist. */
@ApiTags('bookings')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (email not verified)' })
@Controller('me/bookings')
export class MyBookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Get()
  @AllowRoles('citizen')
  @ApiOkResponse({ type: [BookingDto] })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: MyBookingsQueryDto,
  ): Promise<BookingDto[]> {
    return this.bookings.list(principal, query.view ?? 'upcoming');
  }

  @Get(':id')
  @AllowRoles('citizen')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: BookingDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'BOOKING_NOT_FOUND' })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<BookingDto> {
    return this.bookings.get(principal, id);
  }

  @Post(':id/accept')
  @AllowRoles('citizen')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({
    type: BookingDto,
    description: 'A promotion from the waiting list, now accepted (the holder comes).',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'BOOKING_NOT_FOUND' })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description: 'PROMOTION_NOT_AWAITING, PROMOTION_ANSWER_CLOSED',
  })
  acceptPromotion(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<BookingDto> {
    return this.bookings.acceptPromotion(principal, id);
  }

  @Post(':id/cancel')
  @AllowRoles('citizen')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: BookingDto, description: 'The booking, now cancelled.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'BOOKING_NOT_FOUND' })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description: 'CANCELLATION_CLOSED, BOOKING_ALREADY_CANCELLED',
  })
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<BookingDto> {
    return this.bookings.cancel(principal, id);
  }
}
