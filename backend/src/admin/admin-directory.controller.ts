import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
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
import { AdminDirectoryService } from './admin-directory.service';
import { AdminFacilityDto, CreateFacilityDto, UpdateFacilityDto } from './dto/admin-facility.dto';
import {
  AdminOrganisationDto,
  CreateOrganisationDto,
  UpdateOrganisationDto,
} from './dto/admin-organisation.dto';

/** City administrators' console: the organisations that publish and the facilities that host. */
@ApiTags('admin')
@AllowRoles('city_admin')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({
  type: ApiErrorDto,
  description: 'ACCESS_DENIED (not a city administrator)',
})
@Controller('admin')
export class AdminDirectoryController {
  constructor(private readonly directory: AdminDirectoryService) {}

  @Get('organisations')
  @ApiOkResponse({ type: [AdminOrganisationDto] })
  organisations(): Promise<AdminOrganisationDto[]> {
    return this.directory.organisations();
  }

  @Post('organisations')
  @ApiCreatedResponse({ type: AdminOrganisationDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'NAME_ALREADY_IN_USE' })
  createOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateOrganisationDto,
  ): Promise<AdminOrganisationDto> {
    return this.directory.createOrganisation(principal.userId, body);
  }

  @Patch('organisations/:id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: AdminOrganisationDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'ORGANISATION_NOT_FOUND' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'NAME_ALREADY_IN_USE' })
  updateOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<AdminOrganisationDto> {
    return this.directory.updateOrganisation(principal.userId, id, body);
  }

  @Get('facilities')
  @ApiOkResponse({ type: [AdminFacilityDto] })
  facilities(): Promise<AdminFacilityDto[]> {
    return this.directory.facilities();
  }

  @Post('facilities')
  @ApiCreatedResponse({ type: AdminFacilityDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'NAME_ALREADY_IN_USE' })
  createFacility(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateFacilityDto,
  ): Promise<AdminFacilityDto> {
    return this.directory.createFacility(principal.userId, body);
  }

  @Patch('facilities/:id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: AdminFacilityDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'FACILITY_NOT_FOUND' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'NAME_ALREADY_IN_USE' })
  updateFacility(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: UpdateFacilityDto,
  ): Promise<AdminFacilityDto> {
    return this.directory.updateFacility(principal.userId, id, body);
  }
}
