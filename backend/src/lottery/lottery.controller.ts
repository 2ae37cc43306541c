import { Controller, Get, Param, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles, Public } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import type { PrincipalRequest } from '../access/principal-request';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { LotteryRecordDto, MyLotteryEntryDto, OrganiserLotteryDto } from './dto/lottery.dto';
import { LotteryService } from './lottery.service';

@ApiTags('lottery')
@Controller()
export class LotteryController {
  constructor(private readonly lottery: LotteryService) {}

  @Get('courses/:id/lottery')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({
    type: LotteryRecordDto,
    description:
      'The public record: the seed commitment from publication on; after the draw the seed, ' +
      'the pseudonymous entries and the results, so anyone can re-run it. yourEntryId when signed in.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not a UUID)' })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: 'COURSE_NOT_FOUND; LOTTERY_NOT_FOUND (a first-come course)',
  })
  record(
    @Param('id', new UuidParamPipe()) id: string,
    @Req() request: PrincipalRequest,
  ): Promise<LotteryRecordDto> {
    return this.lottery.publicRecord(id, request.principal);
  }

  @Get('me/bookings/:id/lottery')
  @AllowRoles('citizen')
  @ApiParam({ name: 'id', format: 'uuid', description: 'A booking of the caller.' })
  @ApiOkResponse({ type: MyLotteryEntryDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not a UUID)' })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (email not verified)' })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: "BOOKING_NOT_FOUND (also another person's); LOTTERY_NOT_FOUND",
  })
  myEntry(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<MyLotteryEntryDto> {
    return this.lottery.myEntry(principal, id);
  }

  @Get('organiser/courses/:id/lottery')
  @AllowRoles('organiser')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: OrganiserLotteryDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not a UUID)' })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not an organiser)' })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: "COURSE_NOT_FOUND (also another organisation's); LOTTERY_NOT_FOUND",
  })
  organiserRecord(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<OrganiserLotteryDto> {
    return this.lottery.organiserRecord(principal, id);
  }
}
