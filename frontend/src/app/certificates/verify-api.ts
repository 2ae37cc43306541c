import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Verification } from '../api/api-types';

export type { Verification };

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
