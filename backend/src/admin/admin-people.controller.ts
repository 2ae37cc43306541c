import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
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
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import type { Response } from 'express';
import {
  AuditActionOptionDto,
  AuditLogCsvQueryDto,
  AuditLogPageDto,
  AuditLogQueryDto,
} from '../audit/dto/audit-log.dto';
import { AuditService } from '../audit/audit.service';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import type { Language } from '../common/errors/request-language';
import { RequestLanguage } from '../common/http/language.decorator';
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
    const { page, ...filter } = query;
    return this.audit.page(page ?? 1, filter);
  }

  @Get('audit-log/actions')
  @ApiOkResponse({
    type: [AuditActionOptionDto],
    description: 'Every action the log may hold, named in both languages (for the filter).',
  })
  auditActions(): AuditActionOptionDto[] {
    return this.audit.actions();
  }

  @Get('audit-log.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'The filtered log for Excel (UTF-8 with BOM, CRLF) in the Accept-Language; ' +
      'audited as audit_log.exported.',
    schema: { type: 'string' },
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  async auditLogCsv(
    @CurrentPrincipal() principal: Principal,
    @Query() query: AuditLogCsvQueryDto,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { lang, ...filter } = query;
    const body = await this.audit.csv(principal.userId, filter, lang ?? language);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="audit-log.csv"');
    response.setHeader('Cache-Control', 'no-store');
    return body;
  }
}
