/**
 * The stable public addresses of the open data (backend/src/opendata/opendata.controller.ts):
 * linked from the open-data page, each facility's page and the catalogue's life-stage filter.
 */
export const EVENT_LIST_CSV = '/api/opendata/events.csv';
export const EVENT_LIST_JSON = '/api/opendata/events';
export const API_DOCS = '/api/docs';

export function lifeStageCalendarPath(stage: string): string {
  return `/api/opendata/calendars/life-stages/${encodeURIComponent(stage)}.ics`;
}

export function facilityCalendarPath(facilityId: string): string {
  return `/api/opendata/calendars/facilities/${encodeURIComponent(facilityId)}.ics`;
}
