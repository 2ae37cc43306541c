import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { MeDto } from '../accounts/dto/me.dto';
import { UsersRepository } from '../accounts/users.repository';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { AcceptInvitationDto } from './dto/invitation.dto';
import { RoleGrantsService } from './role-grants.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly roles: RoleGrantsService,
    private readonly users: UsersRepository,
  ) {}

  /** The invited person, signed in with the invited address, takes the role. */
  @Post('accept')
  @HttpCode(200)
  @SignedIn()
  @ApiOkResponse({ type: MeDto, description: 'The person with their new role.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
  @ApiForbiddenResponse({
    type: ApiErrorDto,
    description:
      'INVITATION_EMAIL_MISMATCH (signed in with another address), EMAIL_NOT_VERIFIED (not yet verified)',
  })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: 'INVITATION_NOT_FOUND (unknown, used, withdrawn or expired)',
  })
  async accept(
    @CurrentPrincipal() principal: Principal,
    @Body() body: AcceptInvitationDto,
  ): Promise<MeDto> {
    await this.roles.accept(principal, body.token);
    const me = await this.users.me(principal.userId);
    if (!me) throw new DomainError(ErrorCode.AuthenticationRequired);
    return me;
  }
}
