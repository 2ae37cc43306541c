import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { EmailVerified, Me, SignUpRequest } from '../api/api-types';

/**
 * Signing in and everything before it (`/api/auth/*`: sign-up, email verification, log-in,
 * password reset, email change confirmation, accepting an invitation). Each method is one
 * step of a form's submit. Errors reject with the HttpErrorResponse, whose body
 * `apiErrorBody` reads.
 */
@Injectable({ providedIn: 'root' })
export class AuthApi {
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

  acceptInvitation(token: string): Promise<Me> {
    return firstValueFrom(this.http.post<Me>('/api/invitations/accept', { token }));
  }
}
