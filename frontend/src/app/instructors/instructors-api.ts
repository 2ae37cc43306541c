import { HttpClient, type HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  InstructorList,
  InstructorPublicProfile,
  InstructorCard,
  InstructorProfile,
  InstructorProfileInput,
  LearningItem,
  InstructorRequestCreate,
  InstructorRequestDetail,
  InstructorRequestSummary,
  InstructorRequestReport,
  ReviewQueue,
  ReviewDetail,
  ReviewDecisionInput,
  InstructorSettings,
  InstructorPhoto,
} from '../api/api-types';

export type DirectoryQuery = Record<string, string>;
export type RequestRole = 'sent' | 'received';

/**
 * The instructor bank's API: reads as resources (call them in a field initialiser, so a request
 * is cancelled with its component and an `undefined` input sends none), writes as promises that
 * reject with the HttpErrorResponse (`SubmitState` turns its body into messages).
 */
@Injectable({ providedIn: 'root' })
export class InstructorsApi {
  private readonly http = inject(HttpClient);

  // The public directory.
  directory(query: () => DirectoryQuery | undefined): HttpResourceRef<InstructorList | undefined> {
    return httpResource<InstructorList>(() => {
      const params = query();
      return params ? { url: '/api/instructors', params } : undefined;
    });
  }

  instructor(id: () => string | undefined): HttpResourceRef<InstructorPublicProfile | undefined> {
    return httpResource<InstructorPublicProfile>(() => {
      const value = id();
      return value ? `/api/instructors/${encodeURIComponent(value)}` : undefined;
    });
  }

  // The applicant's own profile.
  myProfile(): HttpResourceRef<InstructorProfile | undefined> {
    return httpResource<InstructorProfile>(() => '/api/me/instructor-profile');
  }

  myLearning(enabled: () => boolean): HttpResourceRef<LearningItem[] | undefined> {
    return httpResource<LearningItem[]>(() =>
      enabled() ? '/api/me/instructor-profile/learning' : undefined,
    );
  }

  saveProfile(profile: InstructorProfileInput): Promise<InstructorProfile> {
    return firstValueFrom(this.http.put<InstructorProfile>('/api/me/instructor-profile', profile));
  }

  submitProfile(): Promise<InstructorProfile> {
    return this.post<InstructorProfile>('/api/me/instructor-profile/submit', {});
  }

  withdrawProfile(): Promise<InstructorProfile> {
    return this.post<InstructorProfile>('/api/me/instructor-profile/withdraw', {});
  }

  renewProfile(): Promise<InstructorProfile> {
    return this.post<InstructorProfile>('/api/me/instructor-profile/renew', {});
  }

  uploadPhoto(file: File): Promise<InstructorPhoto> {
    const form = new FormData();
    form.append('image', file, file.name);
    return firstValueFrom(this.http.put<InstructorPhoto>('/api/me/instructor-profile/photo', form));
  }

  // The reviewer's queue and decisions.
  reviewQueue(query: () => Record<string, string>): HttpResourceRef<ReviewQueue | undefined> {
    return httpResource<ReviewQueue>(() => ({
      url: '/api/review/instructor-profiles',
      params: query(),
    }));
  }

  reviewDetail(id: () => string | undefined): HttpResourceRef<ReviewDetail | undefined> {
    return httpResource<ReviewDetail>(() => {
      const value = id();
      return value ? `/api/review/instructor-profiles/${encodeURIComponent(value)}` : undefined;
    });
  }

  decide(id: string, decision: ReviewDecisionInput): Promise<unknown> {
    return this.post(
      `/api/review/instructor-profiles/${encodeURIComponent(id)}/decisions`,
      decision,
    );
  }

  settings(): HttpResourceRef<InstructorSettings | undefined> {
    return httpResource<InstructorSettings>(() => '/api/review/instructor-settings');
  }

  saveSettings(settings: InstructorSettings): Promise<InstructorSettings> {
    return firstValueFrom(
      this.http.put<InstructorSettings>('/api/review/instructor-settings', settings),
    );
  }

  // Requests to instructors.
  sendRequest(
    instructorId: string,
    request: InstructorRequestCreate,
  ): Promise<InstructorRequestDetail> {
    return this.post<InstructorRequestDetail>(
      `/api/instructors/${encodeURIComponent(instructorId)}/requests`,
      request,
    );
  }

  requests(role: () => RequestRole): HttpResourceRef<InstructorRequestSummary[] | undefined> {
    return httpResource<InstructorRequestSummary[]>(() => ({
      url: '/api/me/instructor-requests',
      params: { role: role() },
    }));
  }

  request(id: () => string | undefined): HttpResourceRef<InstructorRequestDetail | undefined> {
    return httpResource<InstructorRequestDetail>(() => {
      const value = id();
      return value ? `/api/me/instructor-requests/${encodeURIComponent(value)}` : undefined;
    });
  }

  sendMessage(id: string, body: string): Promise<unknown> {
    return this.post(`${requestPath(id)}/messages`, { body });
  }

  accept(id: string, optionIndex: number): Promise<unknown> {
    return this.post(`${requestPath(id)}/accept`, { optionIndex });
  }

  decline(id: string, reason: string): Promise<unknown> {
    return this.post(`${requestPath(id)}/decline`, { reason });
  }

  cancel(id: string): Promise<unknown> {
    return this.post(`${requestPath(id)}/cancel`, {});
  }

  report(id: string, report: InstructorRequestReport): Promise<unknown> {
    return this.post(`${requestPath(id)}/report`, report);
  }

  // The organiser's course form.
  picker(query: () => string | undefined): HttpResourceRef<InstructorCard[] | undefined> {
    return httpResource<InstructorCard[]>(() => {
      const q = query();
      if (q === undefined) return undefined;
      const params: Record<string, string> = q ? { q } : {};
      return { url: '/api/organiser/instructor-picker', params };
    });
  }

  private post<T = unknown>(url: string, body: unknown): Promise<T> {
    return firstValueFrom(this.http.post<T>(url, body));
  }
}

const requestPath = (id: string) => `/api/me/instructor-requests/${encodeURIComponent(id)}`;
