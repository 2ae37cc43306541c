import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles } from '../../access/access-policy.decorator';
import { CurrentPrincipal } from '../../access/current-principal.decorator';
import type { Principal } from '../../access/principal';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { DomainError } from '../../common/errors/domain-error';
import { ErrorCode } from '../../common/errors/error-registry';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe';
import { BookingQrRepository } from './booking-qr.repository';
import { bookingQrSvg } from './booking-qr';

@ApiTags('bookings')
@Controller()
export class BookingQrController {
  constructor(private readonly bookings: BookingQrRepository) {}

  @Get('me/bookings/:id/qr.svg')
  @AllowRoles('citizen')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'A QR code holding the 8-character booking code.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'BOOKING_NOT_FOUND (or not yours)' })
  async qr(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const code = await this.bookings.ownCode(id, principal.userId);
    if (!code) throw new DomainError(ErrorCode.BookingNotFound);
    response.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // A booking's code never changes, but it is personal: the browser may keep it, no proxy.
    response.setHeader('Cache-Control', 'private, max-age=86400');
    response.status(200).send(await bookingQrSvg(code));
  }
}
