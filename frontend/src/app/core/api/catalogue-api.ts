import { HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable } from '@angular/core';
import type {
  CourseDetail,
  CourseList,
  FacilityAvailability,
  FacilityDetail,
  PublicClosures,
  FacilitySummary,
} from '../../api/api-types';

export type ApiQuery = Record<string, string | number | boolean | readonly string[]>;

/**
 * The public catalogue API as signal resources. Each method must be called in an injection
 * context (a component's field initialiser), so the request is cancelled with the component.
 * A request whose input is `undefined` is not sent.
 */
@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  courses(query: () => ApiQuery | undefined): HttpResourceRef<CourseList | undefined> {
    return httpResource<CourseList>(() => {
      const params = query();
      return params ? { url: '/api/courses', params } : undefined;
    });
  }

  /**
   * A course's public page; with `preview`, an organiser's own course (a draft too) exactly as
   * that page will show it, from the organiser console's preview endpoint.
   */
  course(
    id: () => string | undefined,
    preview: () => boolean = () => false,
  ): HttpResourceRef<CourseDetail | undefined> {
    return httpResource<CourseDetail>(() => {
      const value = id();
      if (!value) return undefined;
      return preview()
        ? `/api/organiser/courses/${encodeURIComponent(value)}/preview`
        : `/api/courses/${encodeURIComponent(value)}`;
    });
  }

  facilities(kind: () => string | null = () => null): HttpResourceRef<FacilitySummary[]> {
    return httpResource<FacilitySummary[]>(
      () => {
        const value = kind();
        const params: ApiQuery = value ? { kind: value } : {};
        return { url: '/api/facilities', params };
      },
      { defaultValue: [] },
    );
  }

  /** A facility's rooms and what is booked in them on one Japan date (`YYYY-MM-DD`). */
  availability(
    facilityId: () => string,
    date: () => string,
  ): HttpResourceRef<FacilityAvailability | undefined> {
    return httpResource<FacilityAvailability>(() => {
      const id = facilityId();
      const day = date();
      if (!id || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
      return {
        url: `/api/facilities/${encodeURIComponent(id)}/availability`,
        params: { date: day },
      };
    });
  }

  /** A facility's weekly closing days and its closures of the next half year. */
  facilityClosures(id: () => string | undefined): HttpResourceRef<PublicClosures | undefined> {
    return httpResource<PublicClosures>(() => {
      const value = id();
      return value ? `/api/facilities/${encodeURIComponent(value)}/closures` : undefined;
    });
  }

  facility(id: () => string | undefined): HttpResourceRef<FacilityDetail | undefined> {
    return httpResource<FacilityDetail>(() => {
      const value = id();
      return value ? `/api/facilities/${encodeURIComponent(value)}` : undefined;
    });
  }
}
