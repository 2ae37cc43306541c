import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, SignedIn } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import type { PrincipalRequest } from '../access/principal-request';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import {
  AcceptedDto,
  EmailChangedDto,
  EmailDto,
  EmailVerifiedDto,
  LogInDto,
  PasswordResetConfirmDto,
  SignUpDto,
  TokenDto,
} from './dto/auth.dto';
import { MeDto, SessionStateDto } from './dto/me.dto';

const clientIp = (request: Request) => request.ip ?? 'unknown';

@ApiTags('auth')
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'CSRF_TOKEN_INVALID (unsafe methods)' })
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
  ) {}

  @Get('session')
  @Public()
  @ApiOkResponse({
    type: SessionStateDto,
    description: 'Who is signed in. Also sets the XSRF-TOKEN cookie when it is missing.',
  })
  session(
    @Req() request: PrincipalRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionStateDto> {
    return this.auth.session(request.principal, request, response);
  }

  @Post('sign-up')
  @Public()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: AcceptedDto,
    description: 'Always the same answer, whether or not the address is registered.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED, PASSWORD_TOO_WEAK' })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto, description: 'RATE_LIMITED (Retry-After)' })
  signUp(@Body() dto: SignUpDto, @Req() request: Request): Promise<AcceptedDto> {
    return this.auth.signUp(dto, clientIp(request));
  }

  @Post('verify-email')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({
    type: EmailVerifiedDto,
    description:
      'Verified. Signed in to the verified account, unless this browser was signed in to another ' +
      'account: that session is kept (session: kept_other_session).',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'TOKEN_INVALID_OR_EXPIRED' })
  verifyEmail(
    @Body() dto: TokenDto,
    @Req() request: PrincipalRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EmailVerifiedDto> {
    return this.auth.verifyEmail(dto.token, request, response);
  }

  @Post('resend-verification')
  @Public()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto, description: 'RATE_LIMITED (Retry-After)' })
  resendVerification(@Body() dto: EmailDto, @Req() request: Request): Promise<AcceptedDto> {
    return this.auth.resendVerification(dto.email, clientIp(request));
  }

  @Post('log-in')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto, description: 'Signed in: sets the session and CSRF cookies.' })
  @ApiUnauthorizedResponse({
    type: ApiErrorDto,
    description: 'INVALID_CREDENTIALS (same for an unknown email and a wrong password)',
  })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto, description: 'RATE_LIMITED (Retry-After)' })
  logIn(
    @Body() dto: LogInDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeDto> {
    return this.auth.logIn(dto, clientIp(request), request, response);
  }

  @Post('log-out')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'This session ended.' })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
  logOut(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    return this.auth.logOut(principal, request, response);
  }

  @Post('log-out-everywhere')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse({
    description:
      'Every session of the person ended, this one included; so did the open mailed links and the calendar feed.',
  })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
  logOutEverywhere(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    return this.auth.logOutEverywhere(principal, request, response);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedDto, description: 'Always, registered or not.' })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto, description: 'RATE_LIMITED (Retry-After)' })
  requestPasswordReset(@Body() dto: EmailDto, @Req() request: Request): Promise<AcceptedDto> {
    return this.auth.requestPasswordReset(dto.email, clientIp(request));
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password set; every session ended.' })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'TOKEN_INVALID_OR_EXPIRED, PASSWORD_TOO_WEAK',
  })
  confirmPasswordReset(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    return this.auth.confirmPasswordReset(dto.token, dto.newPassword);
  }

  @Post('confirm-email-change')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: EmailChangedDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'TOKEN_INVALID_OR_EXPIRED' })
  confirmEmailChange(@Body() dto: TokenDto): Promise<EmailChangedDto> {
    return this.account.confirmEmailChange(dto.token);
  }
}
