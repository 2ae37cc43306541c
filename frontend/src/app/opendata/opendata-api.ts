import { HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable } from '@angular/core';
import type { OpenEventList } from '../api/api-types';
import { EVENT_LIST_JSON } from './opendata-links';

/** The open dataset as the open-data page reads it (the same JSON anyone may fetch). */
@Injectable({ providedIn: 'root' })
export class OpendataApi {
  eventList(): HttpResourceRef<OpenEventList | undefined> {
    return httpResource<OpenEventList>(() => EVENT_LIST_JSON);
  }
}
