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
import { AllowRoles } from '../access/access-policy.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { AvailabilityService } from './availability.service';
import { AvailabilityDto } from './dto/calendar.dto';
import { AvailabilityQueryDto } from './dto/room-input.dto';

/**
 * Which rooms of a facility are free on a day, for organisers choosing a room. Open to every
 * organiser (any facility may host their course); no personal data: hires show as busy time only.
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
}
