import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles, Public } from '../access/access-policy.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { AvailabilityService } from './availability.service';
import { AvailabilityDto, PublicClosuresDto } from './dto/calendar.dto';
import { AvailabilityQueryDto } from './dto/room-input.dto';

/**
 * Which rooms of a facility are free on a day, for organisers choosing a room. Open to every
 * organiser (any facility may host their course); no personal data: hires show as busy time only.
 * And when a facility is closed, for everyone (its public page).
 */
@ApiTags('facilities')
@Controller('facilities')
export class AvailabilityController {
  constructor(private readonly availability: AvailabilityService) {}

  @Get(':id/availability')
  @AllowRoles('organiser', 'facility_staff', 'city_admin')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: AvailabilityDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'FACILITY_NOT_FOUND' })
  day(
    @Param('id', new UuidParamPipe()) id: string,
    @Query() query: AvailabilityQueryDto,
  ): Promise<AvailabilityDto> {
    return this.availability.day(id, query.date);
  }

  @Get(':id/closures')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({
    type: PublicClosuresDto,
    description:
      "The facility's weekly closing days in force today or later, and its dated closures " +
      'of the next half year (Japan days by the clock), for its public page.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not a UUID)' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'FACILITY_NOT_FOUND' })
  closures(@Param('id', new UuidParamPipe()) id: string): Promise<PublicClosuresDto> {
    return this.availability.publicClosures(id);
  }
}
