import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
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
import { AuditLogPageDto, AuditLogQueryDto } from '../audit/dto/audit-log.dto';
import { AuditService } from '../audit/audit.service';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { GrantRoleDto, RoleGrantResultDto } from '../roles/dto/grant-role.dto';
import { InvitationDto } from '../roles/dto/invitation.dto';
import { RoleGrantsService } from '../roles/role-grants.service';
import { AdminPeopleService } from './admin-people.service';
import { PeoplePageDto, PeopleQueryDto, PersonDetailDto } from './dto/person.dto';

/** City administrators' console: people, their roles, invitations and the audit log. */
@ApiTags('admin')
@AllowRoles('city_admin')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({
  type: ApiErrorDto,
  description: 'ACCESS_DENIED (not a city administrator)',
})
@Controller('admin')
export class AdminPeopleController {
  constructor(
    private readonly people: AdminPeopleService,
    private readonly roles: RoleGrantsService,
    private readonly audit: AuditService,
  ) {}

  @Get('people')
  @ApiOkResponse({ type: PeoplePageDto, description: 'Audited as people.searched.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  searchPeople(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PeopleQueryDto,
  ): Promise<PeoplePageDto> {
    return this.people.search(principal.userId, query);
  }

  @Get('people/:id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: PersonDetailDto, description: 'Audited as person.viewed.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'PERSON_NOT_FOUND' })
  person(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<PersonDetailDto> {
    return this.people.detail(principal.userId, id);
  }

  @Post('role-assignments')
  @ApiCreatedResponse({ type: RoleGrantResultDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: 'ORGANISATION_NOT_FOUND, FACILITY_NOT_FOUND',
  })
  grantRole(
    @CurrentPrincipal() principal: Principal,
    @Body() body: GrantRoleDto,
  ): Promise<RoleGrantResultDto> {
    return this.roles.grantOrInvite(principal.userId, body.email, {
      role: body.role,
      organisationId: body.organisationId ?? null,
      facilityId: body.facilityId ?? null,
      isOrganisationAdmin: body.isOrganisationAdmin ?? false,
    });
  }

  @Delete('role-assignments/:id')
  @HttpCode(204)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'ROLE_ASSIGNMENT_NOT_FOUND' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'LAST_CITY_ADMIN' })
  revokeRole(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<void> {
    return this.roles.revoke(principal.userId, id);
  }

  @Get('invitations')
  @ApiOkResponse({ type: [InvitationDto], description: 'Pending invitations, newest first.' })
  pendingInvitations(): Promise<InvitationDto[]> {
    return this.roles.pendingInvitations();
  }

  @Delete('invitations/:id')
  @HttpCode(204)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INVITATION_NOT_FOUND' })
  revokeInvitation(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<void> {
    return this.roles.revokeInvitation(principal.userId, id);
  }

  @Get('audit-log')
  @ApiOkResponse({ type: AuditLogPageDto, description: 'Newest first.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  auditLog(@Query() query: AuditLogQueryDto): Promise<AuditLogPageDto> {
    return this.audit.page(query.page ?? 1, query.subjectUserId);
  }
}
