import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  AdminFacility,
  AdminOrganisation,
  FacilityInput,
  AuditActionOption,
  AuditLogPage,
  GrantRoleRequest,
  Invitation,
  OrganisationInput,
  PeoplePage,
  PersonDetail,
  RoleGrantResult,
} from '../api/api-types';

/** The audit log's filters, as the address and the API name them. */
export interface AuditLogFilter {
  personUserId?: string;
  subjectUserId?: string;
  action?: string;
  from?: string;
  to?: string;
}

export interface AuditLogQuery extends AuditLogFilter {
  page: number;
}

function auditFilterParams(filter: AuditLogFilter): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter).filter((entry): entry is [string, string] => !!entry[1]),
  );
}

export interface PeopleQuery {
  q?: string;
  role?: string;
  page?: number;
}

/** The city administrator API: reads as resources (call in a field initialiser), writes as promises. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  organisations(): HttpResourceRef<AdminOrganisation[]> {
    return httpResource<AdminOrganisation[]>(() => '/api/admin/organisations', {
      defaultValue: [],
    });
  }

  createOrganisation(input: OrganisationInput): Promise<AdminOrganisation> {
    return firstValueFrom(this.http.post<AdminOrganisation>('/api/admin/organisations', input));
  }

  updateOrganisation(id: string, input: Partial<OrganisationInput>): Promise<AdminOrganisation> {
    return firstValueFrom(
      this.http.patch<AdminOrganisation>(
        `/api/admin/organisations/${encodeURIComponent(id)}`,
        input,
      ),
    );
  }

  facilities(): HttpResourceRef<AdminFacility[]> {
    return httpResource<AdminFacility[]>(() => '/api/admin/facilities', { defaultValue: [] });
  }

  createFacility(input: FacilityInput): Promise<AdminFacility> {
    return firstValueFrom(this.http.post<AdminFacility>('/api/admin/facilities', input));
  }

  updateFacility(id: string, input: Partial<FacilityInput>): Promise<AdminFacility> {
    return firstValueFrom(
      this.http.patch<AdminFacility>(`/api/admin/facilities/${encodeURIComponent(id)}`, input),
    );
  }

  people(query: () => PeopleQuery): HttpResourceRef<PeoplePage | undefined> {
    return httpResource<PeoplePage>(() => {
      const { q, role, page } = query();
      const params: Record<string, string | number> = {};
      if (q) params['q'] = q;
      if (role) params['role'] = role;
      if (page && page > 1) params['page'] = page;
      return { url: '/api/admin/people', params };
    });
  }

  person(id: () => string | undefined): HttpResourceRef<PersonDetail | undefined> {
    return httpResource<PersonDetail>(() => {
      const value = id();
      return value ? `/api/admin/people/${encodeURIComponent(value)}` : undefined;
    });
  }

  grantRole(request: GrantRoleRequest): Promise<RoleGrantResult> {
    return firstValueFrom(this.http.post<RoleGrantResult>('/api/admin/role-assignments', request));
  }

  revokeRole(assignmentId: string): Promise<unknown> {
    return firstValueFrom(
      this.http.delete(`/api/admin/role-assignments/${encodeURIComponent(assignmentId)}`),
    );
  }

  invitations(): HttpResourceRef<Invitation[]> {
    return httpResource<Invitation[]>(() => '/api/admin/invitations', { defaultValue: [] });
  }

  revokeInvitation(id: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`/api/admin/invitations/${encodeURIComponent(id)}`));
  }

  auditLog(query: () => AuditLogQuery): HttpResourceRef<AuditLogPage | undefined> {
    return httpResource<AuditLogPage>(() => {
      const { page, ...filter } = query();
      return { url: '/api/admin/audit-log', params: { page, ...auditFilterParams(filter) } };
    });
  }

  auditActions(): HttpResourceRef<AuditActionOption[]> {
    return httpResource<AuditActionOption[]>(() => '/api/admin/audit-log/actions', {
      defaultValue: [],
    });
  }

  /** A plain link to the filtered log as CSV (the download is audited by the server). */
  auditCsvUrl(filter: AuditLogFilter, language: 'ja' | 'en'): string {
    const params = new URLSearchParams({ ...auditFilterParams(filter), lang: language });
    return `/api/admin/audit-log.csv?${params.toString()}`;
  }
}
