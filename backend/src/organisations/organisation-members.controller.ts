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
import { InviteMemberDto, RoleGrantResultDto } from '../roles/dto/grant-role.dto';
import { OrganisationMembersDto } from './dto/organisation-members.dto';
import { OrganisationMembersService } from './organisation-members.service';

/** An organisation's admins manage its organisers (city administrators may do the same). */
@ApiTags('organisations')
@AllowRoles('organiser', 'city_admin')
@ApiParam({ name: 'id', format: 'uuid', description: 'The organisation' })
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({
  type: ApiErrorDto,
  description: 'ACCESS_DENIED (not an organiser, or a member who is not its admin)',
})
@ApiNotFoundResponse({
  type: ApiErrorDto,
  description: 'ORGANISATION_NOT_FOUND (also for organisations one does not belong to)',
})
@Controller('organisations/:id')
export class OrganisationMembersController {
  constructor(private readonly members: OrganisationMembersService) {}

  @Get('members')
  @ApiOkResponse({ type: OrganisationMembersDto })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<OrganisationMembersDto> {
    return this.members.list(principal, id);
  }

  @Post('invitations')
  @ApiCreatedResponse({
    type: RoleGrantResultDto,
    description:
      'Always an invitation mailed to the address (status invited), registered or not; the person ' +
      'becomes a member by accepting it, signed in with that address.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  invite(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() body: InviteMemberDto,
  ): Promise<RoleGrantResultDto> {
    return this.members.invite(principal, id, body);
  }

  @Delete('invitations/:invitationId')
  @HttpCode(204)
  @ApiParam({ name: 'invitationId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INVITATION_NOT_FOUND' })
  withdrawInvitation(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('invitationId', new UuidParamPipe('invitationId')) invitationId: string,
  ): Promise<void> {
    return this.members.withdrawInvitation(principal, id, invitationId);
  }

  @Delete('members/:assignmentId')
  @HttpCode(204)
  @ApiParam({ name: 'assignmentId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'ROLE_ASSIGNMENT_NOT_FOUND' })
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Param('assignmentId', new UuidParamPipe('assignmentId')) assignmentId: string,
  ): Promise<void> {
    return this.members.remove(principal, id, assignmentId);
  }
}
