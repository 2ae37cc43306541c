import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { AccountService } from './account.service';
import { ChangeEmailDto, ChangePasswordDto, SessionDto } from './dto/account.dto';
import { MeDto, UpdateProfileDto } from './dto/me.dto';

const RATE_LIMITED =
  'RATE_LIMITED (current-password checks per account; Retry-After says when to try again)';

@ApiTags('account')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@Controller('me')
export class MeController {
  constructor(private readonly account: AccountService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.account.me(principal.userId);
  }

  @Patch()
  @SignedIn()
  @ApiOkResponse({ type: MeDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  updateProfile(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: UpdateProfileDto,
  ): Promise<MeDto> {
    return this.account.updateProfile(principal, dto);
  }

  @Post('password')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; every other session ended.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'WRONG_PASSWORD, PASSWORD_TOO_WEAK' })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto, description: RATE_LIMITED })
  changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    return this.account.changePassword(principal, dto);
  }

  @Post('email')
  @SignedIn()
  @HttpCode(202)
  @ApiAcceptedResponse({
    description:
      'A confirmation link was mailed to the new address; the same answer for an address ' +
      'another account uses, whose owner is sent a notice instead.',
  })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'WRONG_PASSWORD; VALIDATION_FAILED (also: already your address)',
  })
  @ApiForbiddenResponse({
    type: ApiErrorDto,
    description: 'EMAIL_NOT_VERIFIED (an unverified account cannot change its address)',
  })
  @ApiTooManyRequestsResponse({
    type: ApiErrorDto,
    description: `${RATE_LIMITED}; also per address mailed`,
  })
  requestEmailChange(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: ChangeEmailDto,
  ): Promise<void> {
    return this.account.requestEmailChange(principal, dto);
  }

  @Get('sessions')
  @SignedIn()
  @ApiOkResponse({ type: [SessionDto] })
  sessions(@CurrentPrincipal() principal: Principal): Promise<SessionDto[]> {
    return this.account.listSessions(principal);
  }

  @Delete('sessions/:id')
  @SignedIn()
  @HttpCode(204)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'That session ended.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'NOT_FOUND (not one of yours)' })
  revokeSession(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<void> {
    return this.account.revokeSession(principal, id);
  }
}
