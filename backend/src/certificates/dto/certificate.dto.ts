import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import {
  CERTIFICATE_STATUSES,
  type CertificateStatus,
  REVOCATION_REASONS,
  type RevocationReason,
  SHARE_NAME_CHOICES,
  type ShareNameChoice,
} from '../certificate.entity';
import { CERTIFICATE_NUMBER_PATTERN, normaliseCertificateNumber } from '../certificate-number';
import { CERTIFICATES_MESSAGES } from '../certificates.errors';

export class CertificateShareDto {
  @ApiProperty({
    enum: SHARE_NAME_CHOICES,
    enumName: 'CertificateShareName',
    description:
      'The name on the PDF, the badge and the verification page: full, or family name only.',
  })
  @IsIn(SHARE_NAME_CHOICES)
  @FieldHint(
    '表示する名前（氏名・姓のみ）を選んでください。',
    'Choose which name to show (full name or family name only).',
  )
  name: ShareNameChoice;

  @ApiProperty({ description: 'Whether sessions attended and hours are shown.' })
  @IsBoolean()
  @FieldHint(
    '出席回数と時間を表示するかどうかを選んでください。',
    'Choose whether to show sessions and hours.',
  )
  showHours: boolean;
}

export class CertificateHolderDto {
  @ApiProperty({ enum: ['self', 'family'] })
  kind: 'self' | 'family';

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  familyMemberId: string | null;

  @ApiProperty({ description: 'The full name, as decided when the course finished.' })
  name: string;
}

export class CertificateOrganisationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameJa: string;

  @ApiProperty()
  nameEn: string;
}

export class CertificateCourseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  titleJa: string;

  @ApiProperty()
  titleEn: string;

  @ApiProperty({ type: CertificateOrganisationDto })
  organisation: CertificateOrganisationDto;

  @ApiProperty({ format: 'date', description: 'The first session’s Japan date.' })
  startsOn: string;

  @ApiProperty({ format: 'date', description: 'The last session’s Japan date.' })
  endsOn: string;
}

/** A certificate as its holder (or their guardian) sees it. */
export class MyCertificateDto {
  @ApiProperty({ example: 'TSU-2026-7KQM-3XPA' })
  number: string;

  @ApiProperty({ enum: CERTIFICATE_STATUSES, enumName: 'CertificateStatus' })
  status: CertificateStatus;

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;

  @ApiProperty({
    enum: REVOCATION_REASONS,
    enumName: 'CertificateRevocationReason',
    nullable: true,
  })
  revokedReason: RevocationReason | null;

  @ApiProperty({ type: CertificateHolderDto })
  holder: CertificateHolderDto;

  @ApiProperty({ type: CertificateCourseDto })
  course: CertificateCourseDto;

  @ApiProperty({ type: 'integer' })
  sessionsHeld: number;

  @ApiProperty({ type: 'integer' })
  sessionsAttended: number;

  @ApiProperty({ type: 'integer' })
  minutesAttended: number;

  @ApiProperty({ type: CertificateShareDto })
  share: CertificateShareDto;

  @ApiProperty({
    description: 'Whether the family name alone is known (else "family name only" is not offered).',
  })
  familyNameKnown: boolean;

  @ApiProperty({ example: '/api/me/certificates/TSU-2026-7KQM-3XPA/pdf' })
  pdfUrl: string;

  @ApiProperty({ example: '/api/me/certificates/TSU-2026-7KQM-3XPA/credential' })
  credentialUrl: string;

  @ApiProperty({ example: 'https://tsumugu.example.jp/verify?n=TSU-2026-7KQM-3XPA' })
  verifyUrl: string;
}

export class CertificatePdfQueryDto {
  @ApiPropertyOptional({
    enum: ['ja', 'en'],
    description: 'The PDF’s language. Default: the account’s language.',
  })
  @IsOptional()
  @IsIn(['ja', 'en'])
  @FieldHint('言語は ja または en で指定してください。', 'lang must be ja or en.')
  lang?: 'ja' | 'en';
}

export class VerifyNumberQueryDto {
  @ApiProperty({
    example: 'TSU-2026-7KQM-3XPA',
    description: 'The certificate number, as printed (full-width and lower case are accepted).',
  })
  @Transform(({ value }) =>
    typeof value === 'string' ? (normaliseCertificateNumber(value) ?? value) : value,
  )
  @Matches(CERTIFICATE_NUMBER_PATTERN)
  @FieldHint(CERTIFICATES_MESSAGES.number.ja, CERTIFICATES_MESSAGES.number.en)
  n: string;
}

export const VERIFICATION_RESULTS = [
  'valid',
  'revoked',
  'not_found',
  'not_ours',
  'invalid',
] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

/** What the verification page may say about a certificate: this one, and nothing else. */
export class VerifiedCertificateDto {
  @ApiProperty({ example: 'TSU-2026-7KQM-3XPA' })
  number: string;

  @ApiProperty({ description: 'The name on the document, as its holder shares it.' })
  name: string;

  @ApiProperty()
  courseTitleJa: string;

  @ApiProperty()
  courseTitleEn: string;

  @ApiProperty()
  organisationNameJa: string;

  @ApiProperty()
  organisationNameEn: string;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  endsOn: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Hours attended; null when the holder does not share them.',
  })
  hours: number | null;

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;

  @ApiProperty({
    enum: REVOCATION_REASONS,
    enumName: 'CertificateRevocationReason',
    nullable: true,
  })
  revokedReason: RevocationReason | null;
}

export class VerificationDto {
  @ApiProperty({
    enum: VERIFICATION_RESULTS,
    enumName: 'CertificateVerificationResult',
    description:
      'valid; revoked; not_found (no certificate has this number); not_ours (a credential from ' +
      'another issuer); invalid (a credential whose proof does not verify: changed or forged).',
  })
  result: VerificationResult;

  @ApiPropertyOptional({ type: VerifiedCertificateDto })
  certificate?: VerifiedCertificateDto;
}
