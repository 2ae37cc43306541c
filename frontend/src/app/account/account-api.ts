import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  FamilyMember,
  FamilyMemberInput,
  Me,
  ProfileUpdate,
  UserSessionRow,
} from '../api/api-types';

/**
 * The signed-in person's own data (`/api/me/*`): profile, email and password, family, devices,
 * export and deletion. Reads are resources (call them in a field initialiser); writes are
 * promises, one step of a form's submit, rejecting with the HttpErrorResponse that
 * `apiErrorBody` reads.
 */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  logOutEverywhere(): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/log-out-everywhere', {}));
  }

  updateProfile(update: ProfileUpdate): Promise<Me> {
    return firstValueFrom(this.http.patch<Me>('/api/me', update));
  }

  changePassword(currentPassword: string, newPassword: string): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/me/password', { currentPassword, newPassword }));
  }

  changeEmail(newEmail: string, currentPassword: string): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/me/email', { newEmail, currentPassword }));
  }

  familyMembers(): HttpResourceRef<FamilyMember[] | undefined> {
    return httpResource<FamilyMember[]>(() => '/api/me/family-members');
  }

  addFamilyMember(input: FamilyMemberInput): Promise<FamilyMember> {
    return firstValueFrom(this.http.post<FamilyMember>('/api/me/family-members', input));
  }

  updateFamilyMember(id: string, input: FamilyMemberInput): Promise<FamilyMember> {
    return firstValueFrom(
      this.http.patch<FamilyMember>(`/api/me/family-members/${encodeURIComponent(id)}`, input),
    );
  }

  removeFamilyMember(id: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`/api/me/family-members/${encodeURIComponent(id)}`));
  }

  sessions(): HttpResourceRef<UserSessionRow[] | undefined> {
    return httpResource<UserSessionRow[]>(() => '/api/me/sessions');
  }

  endSession(id: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`/api/me/sessions/${encodeURIComponent(id)}`));
  }

  exportData(): Promise<Blob> {
    return firstValueFrom(this.http.get('/api/me/export', { responseType: 'blob' }));
  }

  deleteAccount(currentPassword: string): Promise<unknown> {
    return firstValueFrom(this.http.request('DELETE', '/api/me', { body: { currentPassword } }));
  }
}
