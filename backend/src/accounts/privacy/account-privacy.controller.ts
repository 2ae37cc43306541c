import { Body, Controller, Delete, Get, Header, HttpCode, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SignedIn } from '../../access/access-policy.decorator';
import { CurrentPrincipal } from '../../access/current-principal.decorator';
import type { Principal } from '../../access/principal';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { CurrentPasswordDto } from '../dto/account.dto';
import { AccountExportDto } from './account-export.dto';
import { AccountPrivacyService } from './account-privacy.service';

@ApiTags('account')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@Controller('me')
export class AccountPrivacyController {
  constructor(private readonly privacy: AccountPrivacyService) {}

  @Get('export')
  @SignedIn()
  @Header('Content-Disposition', 'attachment; filename="tsumugu-my-data.json"')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    type: AccountExportDto,
    description: 'Everything held about the signed-in person, as a JSON download.',
  })
  export(@CurrentPrincipal() principal: Principal): Promise<AccountExportDto> {
    return this.privacy.export(principal);
  }

  @Delete()
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse({
    description:
      'Bookings of courses still to come cancelled (waiting lists move up), every token ended, account anonymised.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'WRONG_PASSWORD' })
  deleteAccount(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CurrentPasswordDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    return this.privacy.deleteAccount(principal, dto.currentPassword, request, response);
  }
}
