import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import {
  CertificatePdfQueryDto,
  CertificateShareDto,
  MyCertificateDto,
} from './dto/certificate.dto';
import { CertificatesService } from './certificates.service';

/**
 * The signed-in citizen's certificates: their own and their family members' (a companion's
 * certificate belongs to the account that booked). Another account's number answers 404.
 */
@ApiTags('certificates')
@AllowRoles('citizen')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (email not verified)' })
@ApiNotFoundResponse({ type: ApiErrorDto, description: 'CERTIFICATE_NOT_FOUND' })
@Controller('me/certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    type: [MyCertificateDto],
    description:
      'Newest first; per completion the valid certificate, or else the latest revoked one.',
  })
  mine(@CurrentPrincipal() principal: Principal): Promise<MyCertificateDto[]> {
    return this.certificates.mine(principal.userId);
  }

  @Get(':number/pdf')
  @ApiProduces('application/pdf')
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'CERTIFICATE_REVOKED' })
  @ApiOkResponse({
    description:
      'The A4 certificate (修了証), in the account’s language unless lang says otherwise.',
    schema: { type: 'string', format: 'binary' },
  })
  async pdf(
    @CurrentPrincipal() principal: Principal,
    @Param('number') number: string,
    @Query() query: CertificatePdfQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { pdf, filename } = await this.certificates.pdf(principal.userId, number, query.lang);
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(pdf);
  }

  @Get(':number/credential')
  @ApiConflictResponse({ type: ApiErrorDto, description: 'CERTIFICATE_REVOKED' })
  @ApiOkResponse({
    description:
      'The Open Badges 3.0 OpenBadgeCredential (W3C VC 2.0, Data Integrity eddsa-rdfc-2022), signed now with what the holder shares.',
    schema: { type: 'object' },
  })
  async credential(
    @CurrentPrincipal() principal: Principal,
    @Param('number') number: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Record<string, unknown>> {
    const { credential, filename } = await this.certificates.credential(principal.userId, number);
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    response.setHeader('Cache-Control', 'no-store');
    return credential;
  }

  @Put(':number/share')
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  @ApiOkResponse({ type: MyCertificateDto, description: 'What the certificate shows from now on.' })
  share(
    @CurrentPrincipal() principal: Principal,
    @Param('number') number: string,
    @Body() body: CertificateShareDto,
  ): Promise<MyCertificateDto> {
    return this.certificates.setShare(principal.userId, number, body);
  }
}
