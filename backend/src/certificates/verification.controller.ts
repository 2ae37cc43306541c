import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../access/access-policy.decorator';
import { RATE_LIMITS, RateLimiter } from '../accounts/security/rate-limiter';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { IssuerKeys, type PublishedKey } from './badges/issuer-keys';
import { CERTIFICATES_MESSAGES } from './certificates.errors';
import { CertificatesService } from './certificates.service';
import { VerificationDto, VerifyNumberQueryDto } from './dto/certificate.dto';

const clientIp = (request: Request) => request.ip ?? 'unknown';

/**
 * Public verification of certificates (the /verify page, wallets, employers) and the city's
 * issuer profile and public keys at stable URLs. Verification is rate-limited per address.
 */
@ApiTags('certificates')
@Public()
@Controller()
export class VerificationController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly keys: IssuerKeys,
    private readonly rateLimiter: RateLimiter,
  ) {}

  @Get('certificates/verify')
  @Header('Cache-Control', 'no-store')
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not a number)' })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto, description: 'RATE_LIMITED' })
  @ApiOkResponse({ type: VerificationDto, description: 'valid, revoked or not_found.' })
  async byNumber(
    @Query() query: VerifyNumberQueryDto,
    @Req() request: Request,
  ): Promise<VerificationDto> {
    await this.rateLimiter.hit({
      limit: RATE_LIMITS.certificateVerifyPerIp,
      subject: clientIp(request),
    });
    return this.certificates.verifyNumber(query.n);
  }

  @Post('certificates/verify')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiBody({
    description: 'The credential file (JSON) as downloaded.',
    schema: { type: 'object' },
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not a credential)' })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto, description: 'RATE_LIMITED' })
  @ApiOkResponse({
    type: VerificationDto,
    description:
      'valid, revoked, not_found, not_ours (another issuer) or invalid (changed or forged).',
  })
  async byCredential(
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
  ): Promise<VerificationDto> {
    if (
      !body ||
      typeof body !== 'object' ||
      Array.isArray(body) ||
      !('@context' in body) ||
      !('credentialSubject' in body)
    ) {
      throw new ValidationFailedError([
        { field: 'credential', ...CERTIFICATES_MESSAGES.credential },
      ]);
    }
    await this.rateLimiter.hit({
      limit: RATE_LIMITS.certificateVerifyPerIp,
      subject: clientIp(request),
    });
    return this.certificates.verifyCredential(body);
  }

  @Get('issuer')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOkResponse({
    description:
      'The issuer’s Open Badges Profile (JSON-LD); its assertionMethod lists every key that has signed certificates.',
    schema: { type: 'object' },
  })
  profile(): Promise<Record<string, unknown>> {
    return this.keys.profile();
  }

  @Get('issuer/keys')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOkResponse({
    description:
      'Every public key of the issuer (Multikey, Ed25519), newest first: for offline verifiers.',
    schema: { type: 'array', items: { type: 'object' } },
  })
  allKeys(): Promise<PublishedKey[]> {
    return this.keys.publishedKeys();
  }

  @Get('issuer/keys/:name')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'NOT_FOUND' })
  @ApiOkResponse({ description: 'One public key (Multikey).', schema: { type: 'object' } })
  async key(@Param('name') name: string): Promise<PublishedKey> {
    const key = (await this.keys.publishedKeys()).find((k) => k.id === this.keys.keyId(name));
    if (!key) throw new DomainError(ErrorCode.NotFound);
    return key;
  }
}
