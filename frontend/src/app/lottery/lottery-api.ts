import { HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable } from '@angular/core';
import type { components } from '../api/openapi';

type Schemas = components['schemas'];
export type LotteryRecord = Schemas['LotteryRecordDto'];
export type LotteryResult = Schemas['LotteryResultDto'];
export type LotteryState = Schemas['LotteryState'];
export type LotteryPriority = Schemas['LotteryPriority'];
export type OrganiserLottery = Schemas['OrganiserLotteryDto'];
export type LotteryApplicant = Schemas['LotteryApplicantDto'];

/** The lottery's records, read as resources (call in a field initialiser). */
@Injectable({ providedIn: 'root' })
export class LotteryApi {
  /** Public; carries the reader's own entry id when signed in (the session cookie goes along). */
  record(courseId: () => string | undefined): HttpResourceRef<LotteryRecord | undefined> {
    return httpResource<LotteryRecord>(() => {
      const id = courseId();
      return id ? `/api/courses/${encodeURIComponent(id)}/lottery` : undefined;
    });
  }

  organiserRecord(
    courseId: () => string | undefined,
  ): HttpResourceRef<OrganiserLottery | undefined> {
    return httpResource<OrganiserLottery>(() => {
      const id = courseId();
      return id ? `/api/organiser/courses/${encodeURIComponent(id)}/lottery` : undefined;
    });
  }
}
