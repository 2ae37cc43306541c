import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { ErrorCode } from '../common/errors/error-registry';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import { IssuerKeys } from './badges/issuer-keys';
import {
  type BadgeContent,
  issuerDocuments,
  openBadgeCredential,
  signCredential,
  verifyCredentialSignature,
} from './badges/open-badge';
import { certificatePdf, hoursOf } from './certificate-pdf';
import { CERTIFICATE_NUMBER_PATTERN } from './certificate-number';
import type { CertificateShareDto, MyCertificateDto, VerificationDto } from './dto/certificate.dto';
import { requiredSessions } from './completion-rule';
import { type CertificateRecord, CertificatesRepository } from './certificates.repository';

/** The name a certificate shows, as its holder chose. */
export function sharedName(
  record: Pick<CertificateRecord, 'shareName' | 'holderName' | 'holderFamilyName'>,
): string {
  return record.shareName === 'family_name' && record.holderFamilyName
    ? record.holderFamilyName
    : record.holderName;
}

/**
 * Certificates for their holders (PDF, Open Badges credential, what they share) and the public
 * verification: by number, or by the credential file. The verification answers about the one
 * certificate asked for — never another course of the same person.
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly keys: IssuerKeys,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl'>,
    private readonly clock: Clock,
  ) {}

  verifyUrl(number: string): string {
    return `${this.config.publicUrl}/verify?n=${number}`;
  }

  async mine(userId: string): Promise<MyCertificateDto[]> {
    return (await this.certificates.ofAccount(userId)).map((record) => this.toMine(record));
  }

  async pdf(
    userId: string,
    number: string,
    language?: 'ja' | 'en',
  ): Promise<{ pdf: Buffer; filename: string }> {
    const record = await this.holderCertificate(userId, number);
    const pdf = await certificatePdf(
      {
        number: record.number,
        holderName: sharedName(record),
        courseTitleJa: record.titleJa,
        courseTitleEn: record.titleEn,
        organisationNameJa: record.organisationNameJa,
        organisationNameEn: record.organisationNameEn,
        startsOn: record.startsOn,
        endsOn: record.endsOn,
        issuedAt: new Date(record.issuedAt),
        attendance: record.shareHours
          ? {
              sessionsAttended: record.sessionsAttended,
              sessionsHeld: record.sessionsHeld,
              minutes: record.minutesAttended,
            }
          : null,
        verifyUrl: this.verifyUrl(record.number),
      },
      language ?? record.language,
    );
    return { pdf, filename: `${record.number}.pdf` };
  }

  async credential(
    userId: string,
    number: string,
  ): Promise<{ credential: Record<string, unknown>; filename: string }> {
    const record = await this.holderCertificate(userId, number);
    const credential = await signCredential(
      openBadgeCredential(this.badgeContent(record), {
        id: this.keys.issuerId,
        url: this.config.publicUrl,
      }),
      this.keys,
    );
    return { credential, filename: `${record.number}.json` };
  }

  async setShare(
    userId: string,
    number: string,
    share: CertificateShareDto,
  ): Promise<MyCertificateDto> {
    const record = await this.holderRecord(userId, number);
    await this.certificates.setShare(record.id, share.name, share.showHours);
    return this.toMine({ ...record, shareName: share.name, shareHours: share.showHours });
  }

  async verifyNumber(number: string): Promise<VerificationDto> {
    const record = await this.certificates.byNumber(number);
    if (!record) return { result: 'not_found' };
    return { result: record.status, certificate: this.verified(record, sharedName(record)) };
  }

  /**
   * A credential file: ours only if it names our issuer and its proof verifies with one of our
   * published keys (offline: no URL is fetched); then its certificate's status. The name
   * confirmed is the one on the document.
   */
  async verifyCredential(credential: Record<string, unknown>): Promise<VerificationDto> {
    const issuer = credential['issuer'];
    const issuerId = typeof issuer === 'string' ? issuer : (issuer as { id?: unknown } | null)?.id;
    if (issuerId !== this.keys.issuerId) return { result: 'not_ours' };
    const check = await verifyCredentialSignature(
      credential,
      await issuerDocuments(this.keys),
      this.clock.now(),
    );
    if (!check.verified) return { result: 'invalid' };
    const prefix = `${this.config.publicUrl}/verify?n=`;
    const id = credential['id'];
    const number = typeof id === 'string' && id.startsWith(prefix) ? id.slice(prefix.length) : '';
    if (!CERTIFICATE_NUMBER_PATTERN.test(number)) return { result: 'invalid' };
    const record = await this.certificates.byNumber(number);
    if (!record) return { result: 'not_found' };
    const subject = credential['credentialSubject'] as
      { identifier?: { identityHash?: unknown }[] } | undefined;
    const name = subject?.identifier?.[0]?.identityHash;
    return {
      result: record.status,
      certificate: this.verified(record, typeof name === 'string' ? name : sharedName(record)),
    };
  }

  private verified(record: CertificateRecord, name: string) {
    return {
      number: record.number,
      name,
      courseTitleJa: record.titleJa,
      courseTitleEn: record.titleEn,
      organisationNameJa: record.organisationNameJa,
      organisationNameEn: record.organisationNameEn,
      startsOn: record.startsOn,
      endsOn: record.endsOn,
      hours: record.shareHours ? hoursOf(record.minutesAttended) : null,
      issuedAt: new Date(record.issuedAt).toISOString(),
      revokedAt: record.revokedAt ? new Date(record.revokedAt).toISOString() : null,
      revokedReason: record.revokedReason,
    };
  }

  private badgeContent(record: CertificateRecord): BadgeContent {
    const required =
      requiredSessions(record.completionRule, record.sessionsHeld) ?? record.sessionsHeld;
    const late = record.completionCountsLate ? '（遅刻を含む）' : '';
    return {
      verifyUrl: this.verifyUrl(record.number),
      issuedAt: new Date(record.issuedAt),
      holderName: sharedName(record),
      course: {
        url: `${this.config.publicUrl}/courses/${record.courseId}`,
        titleJa: record.titleJa,
        titleEn: record.titleEn,
        descriptionJa: record.descriptionJa,
        organisationId: record.organisationId,
        organisationNameJa: record.organisationNameJa,
        organisationNameEn: record.organisationNameEn,
        startsOn: record.startsOn,
        endsOn: record.endsOn,
      },
      criteriaJa: `全${record.sessionsHeld}回のうち${required}回以上の出席${late}`,
      criteriaEn: `Attend at least ${required} of the ${record.sessionsHeld} sessions${record.completionCountsLate ? ' (late arrivals count)' : ''}`,
      attendance: record.shareHours
        ? {
            sessionsAttended: record.sessionsAttended,
            sessionsHeld: record.sessionsHeld,
            hours: hoursOf(record.minutesAttended),
          }
        : null,
    };
  }

  /** The caller's certificate (their own or a family member's), valid. */
  private async holderCertificate(userId: string, number: string): Promise<CertificateRecord> {
    const record = await this.holderRecord(userId, number);
    if (record.status !== 'valid') throw new DomainError(ErrorCode.CertificateRevoked);
    return record;
  }

  private async holderRecord(userId: string, number: string): Promise<CertificateRecord> {
    const record = CERTIFICATE_NUMBER_PATTERN.test(number)
      ? await this.certificates.byNumber(number)
      : null;
    // Another account's certificate: 404, as for a number that does not exist.
    if (!record || record.userId !== userId) {
      throw new DomainError(ErrorCode.CertificateNotFound);
    }
    return record;
  }

  private toMine(record: CertificateRecord): MyCertificateDto {
    const base = `/api/me/certificates/${record.number}`;
    return {
      number: record.number,
      status: record.status,
      issuedAt: new Date(record.issuedAt).toISOString(),
      revokedAt: record.revokedAt ? new Date(record.revokedAt).toISOString() : null,
      revokedReason: record.revokedReason,
      holder: {
        kind: record.participantPosition === 0 ? 'self' : 'family',
        familyMemberId: record.familyMemberId,
        name: record.holderName,
      },
      course: {
        id: record.courseId,
        titleJa: record.titleJa,
        titleEn: record.titleEn,
        organisation: {
          id: record.organisationId,
          nameJa: record.organisationNameJa,
          nameEn: record.organisationNameEn,
        },
        startsOn: record.startsOn,
        endsOn: record.endsOn,
      },
      sessionsHeld: record.sessionsHeld,
      sessionsAttended: record.sessionsAttended,
      minutesAttended: record.minutesAttended,
      share: { name: record.shareName, showHours: record.shareHours },
      familyNameKnown: record.holderFamilyName !== '',
      pdfUrl: `${base}/pdf`,
      credentialUrl: `${base}/credential`,
      verifyUrl: this.verifyUrl(record.number),
    };
  }
}
