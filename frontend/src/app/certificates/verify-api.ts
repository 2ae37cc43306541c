import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/**
 * The public verification's answer (cert's VerificationDto, /tmp contract "cert-api"): valid,
 * revoked, unknown number, or a file that is not a genuine credential of ours. Replaced by the
 * generated type once the verification routes are in the OpenAPI document.
 */
export interface Verification {
  result: 'valid' | 'revoked' | 'not_found' | 'invalid';
  reason?: 'signature' | 'not_ours' | 'malformed' | string;
  certificate?: {
    number: string;
    name: string;
    courseTitleJa: string;
    courseTitleEn: string;
    organisationNameJa: string;
    organisationNameEn: string;
    startsOn: string;
    endsOn: string;
    hours: number | null;
    issuedAt: string;
    revokedAt: string | null;
    revokedReason: 'attendance_corrected' | 'issued_in_error' | string | null;
  };
}

/** Anyone may check a certificate: by its number, or by the credential file itself. */
@Injectable({ providedIn: 'root' })
export class VerifyApi {
  private readonly http = inject(HttpClient);

  byNumber(number: string): Promise<Verification> {
    return firstValueFrom(
      this.http.get<Verification>('/api/certificates/verify', { params: { n: number } }),
    );
  }

  /** The credential as it was downloaded (parsed JSON, sent back unchanged). */
  byCredential(credential: unknown): Promise<Verification> {
    return firstValueFrom(this.http.post<Verification>('/api/certificates/verify', credential));
  }
}

const FULL_WIDTH = /[！-～]/g;

/**
 * A certificate number as people type or read it: full-width characters, lower case, spaces
 * and missing hyphens become `TSU-2026-7KQM-3XPA`; null when it cannot be one.
 */
export function normaliseCertificateNumber(typed: string): string | null {
  const plain = typed
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-‐－ー―]/g, '')
    .toUpperCase();
  const match = /^TSU(\d{4})([2-9A-HJKMNP-Z]{4})([2-9A-HJKMNP-Z]{4})$/.exec(plain);
  return match ? `TSU-${match[1]}-${match[2]}-${match[3]}` : null;
}
