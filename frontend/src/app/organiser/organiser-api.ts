import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  InviteMemberRequest,
  OrganisationMembers,
  OrganiserCourse,
  OrganiserCourseDetail,
  RoleGrantResult,
} from '../api/api-types';

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
