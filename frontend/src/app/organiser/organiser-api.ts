import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { components } from '../api/openapi';
import type {
  CourseEditorResult,
  InviteMemberRequest,
  OrganisationMembers,
  OrganiserCourse,
  OrganiserCourseDetail,
  RoleGrantResult,
  SessionInput,
  SessionSeriesInput,
} from '../api/api-types';

export type CourseInput = components['schemas']['CourseInputDto'];
export type CourseEditor = components['schemas']['CourseEditorDto'];
/** The actions on a course's page that answer with the course (or its copy's id). */
export type CourseAction = 'publish' | 'unpublish' | 'cancel' | 'duplicate' | (string & {});

const course = (id: string) => `/api/organiser/courses/${encodeURIComponent(id)}`;

/** The organiser workspace API: reads as resources (call in a field initialiser), writes as promises. */
@Injectable({ providedIn: 'root' })
export class OrganiserApi {
  private readonly http = inject(HttpClient);

  courses(): HttpResourceRef<OrganiserCourse[] | undefined> {
    return httpResource<OrganiserCourse[]>(() => '/api/organiser/courses');
  }

  course(id: () => string | undefined): HttpResourceRef<OrganiserCourseDetail | undefined> {
    return httpResource<OrganiserCourseDetail>(() => {
      const value = id();
      return value ? `/api/organiser/courses/${encodeURIComponent(value)}` : undefined;
    });
  }

  /** A course's every field as the course form edits it. */
  courseEditor(id: () => string | undefined): HttpResourceRef<CourseEditor | undefined> {
    return httpResource<CourseEditor>(() => {
      const value = id();
      return value ? `${course(value)}/edit` : undefined;
    });
  }

  createCourse(input: CourseInput): Promise<{ id: string }> {
    return firstValueFrom(this.http.post<{ id: string }>('/api/organiser/courses', input));
  }

  updateCourse(id: string, changes: Partial<CourseInput>): Promise<{ id: string }> {
    return firstValueFrom(this.http.patch<{ id: string }>(course(id), changes));
  }

  /** One of the course page's actions (publish, cancel, duplicate, ...). */
  courseAction<T>(id: string, action: CourseAction, body: object): Promise<T> {
    return firstValueFrom(this.http.post<T>(`${course(id)}/${action}`, body));
  }

  uploadImage(id: string, image: FormData): Promise<unknown> {
    return firstValueFrom(this.http.post(`${course(id)}/image`, image));
  }

  removeImage(id: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`${course(id)}/image`));
  }

  addSession(id: string, input: SessionInput): Promise<CourseEditorResult> {
    return firstValueFrom(this.http.post<CourseEditorResult>(`${course(id)}/sessions`, input));
  }

  addSessionSeries(id: string, input: SessionSeriesInput): Promise<CourseEditorResult> {
    return firstValueFrom(
      this.http.post<CourseEditorResult>(`${course(id)}/sessions/series`, input),
    );
  }

  moveSession(
    id: string,
    sessionId: string,
    input: SessionInput | null,
  ): Promise<CourseEditorResult> {
    return firstValueFrom(
      this.http.patch<CourseEditorResult>(
        `${course(id)}/sessions/${encodeURIComponent(sessionId)}`,
        input,
      ),
    );
  }

  cancelSession(id: string, sessionId: string): Promise<CourseEditorResult> {
    return firstValueFrom(
      this.http.post<CourseEditorResult>(
        `${course(id)}/sessions/${encodeURIComponent(sessionId)}/cancel`,
        {},
      ),
    );
  }

  members(
    organisationId: () => string | undefined,
  ): HttpResourceRef<OrganisationMembers | undefined> {
    return httpResource<OrganisationMembers>(() => {
      const value = organisationId();
      return value ? `/api/organisations/${encodeURIComponent(value)}/members` : undefined;
    });
  }

  invite(organisationId: string, request: InviteMemberRequest): Promise<RoleGrantResult> {
    return firstValueFrom(
      this.http.post<RoleGrantResult>(
        `/api/organisations/${encodeURIComponent(organisationId)}/invitations`,
        request,
      ),
    );
  }

  cancelInvitation(organisationId: string, invitationId: string): Promise<unknown> {
    return firstValueFrom(
      this.http.delete(
        `/api/organisations/${encodeURIComponent(organisationId)}/invitations/${encodeURIComponent(invitationId)}`,
      ),
    );
  }

  removeMember(organisationId: string, assignmentId: string): Promise<unknown> {
    return firstValueFrom(
      this.http.delete(
        `/api/organisations/${encodeURIComponent(organisationId)}/members/${encodeURIComponent(assignmentId)}`,
      ),
    );
  }
}
