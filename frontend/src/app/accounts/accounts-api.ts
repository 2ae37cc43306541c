import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  EmailVerified,
  FamilyMember,
  FamilyMemberInput,
  Me,
  ProfileUpdate,
  SignUpRequest,
  UserSessionRow,
} from '../api/api-types';

/**
 * The accounts API (auth and the signed-in person's own data) as promises: each is one step of
 * a form's submit, awaited with its loading state around it. Errors reject with the
 * HttpErrorResponse, whose body `apiErrorBody` reads.
 */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  signUp(request: SignUpRequest): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/sign-up', request));
  }

  verifyEmail(token: string): Promise<EmailVerified> {
    return firstValueFrom(this.http.post<EmailVerified>('/api/auth/verify-email', { token }));
  }

  resendVerification(email: string): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/resend-verification', { email }));
  }

  logIn(email: string, password: string): Promise<Me> {
    return firstValueFrom(this.http.post<Me>('/api/auth/log-in', { email, password }));
  }

  logOutEverywhere(): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/log-out-everywhere', {}));
  }

  requestPasswordReset(email: string): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/password-reset', { email }));
  }

  confirmPasswordReset(token: string, newPassword: string): Promise<unknown> {
    return firstValueFrom(
      this.http.post('/api/auth/password-reset/confirm', { token, newPassword }),
    );
  }

  confirmEmailChange(token: string): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/confirm-email-change', { token }));
  }

  me(): Promise<Me> {
    return firstValueFrom(this.http.get<Me>('/api/me'));
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

  familyMembers(): Promise<FamilyMember[]> {
    return firstValueFrom(this.http.get<FamilyMember[]>('/api/me/family-members'));
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

  sessions(): Promise<UserSessionRow[]> {
    return firstValueFrom(this.http.get<UserSessionRow[]>('/api/me/sessions'));
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

  acceptInvitation(token: string): Promise<Me> {
    return firstValueFrom(this.http.post<Me>('/api/invitations/accept', { token }));
  }
}
