import { HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable } from '@angular/core';
import type { LearningRecord, MyCertificate } from '../api/api-types';

/** The signed-in citizen's learning record (学びの記録) and their family's. */
@Injectable({ providedIn: 'root' })
export class LearningApi {
  /** One fiscal year (undefined: this one, as the server's clock says) for everyone on the account. */
  record(fiscalYear: () => number | undefined): HttpResourceRef<LearningRecord | undefined> {
    return httpResource<LearningRecord>(() => {
      const year = fiscalYear();
      return year === undefined
        ? { url: '/api/me/learning' }
        : { url: '/api/me/learning', params: { fiscalYear: year } };
    });
  }

  /** The account's certificates (its own and its family members'), for their share settings. */
  certificates(): HttpResourceRef<MyCertificate[] | undefined> {
    return httpResource<MyCertificate[]>(() => '/api/me/certificates');
  }
}

/** The CSV download (the browser fetches it with the session cookie): one person, or everyone. */
export const learningCsvUrl = (fiscalYear: number, person?: string) =>
  `/api/me/learning/record.csv?fiscalYear=${fiscalYear}` +
  (person ? `&person=${encodeURIComponent(person)}` : '');
