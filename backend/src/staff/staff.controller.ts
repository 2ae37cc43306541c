import { Controller, Get, Param } from '@nestjs/common';
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
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { FacilityDetailDto } from '../facilities/dto/facility.dto';
import { StaffService } from './staff.service';

@ApiTags('staff')
@AllowRoles('facility_staff')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not facility staff)' })
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get('facilities')
  @ApiOkResponse({ type: [FacilityDetailDto], description: "The caller's facilities with rooms." })
  facilities(@CurrentPrincipal() principal: Principal): Promise<FacilityDetailDto[]> {
    return this.staff.facilities(principal);
  }

  @Get('facilities/:id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: FacilityDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not a UUID)' })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: 'FACILITY_NOT_FOUND (also for a facility the caller is not staff of)',
  })
  facility(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<FacilityDetailDto> {
    return this.staff.facility(principal, id);
  }
}
