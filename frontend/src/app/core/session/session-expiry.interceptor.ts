import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { tap } from 'rxjs';
import { SessionService } from './session.service';

/**
 * A 401 from the API means the session cookie is gone (expired, revoked by "log out everywhere"
 * on another device, or the account was deleted): forget the person so the header and the
 * guards stop offering what they can no longer do.
 */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api')) return next(request);
  const session = inject(SessionService);
  return next(request).pipe(
    tap({
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401 && session.isSignedIn()) {
          session.signedOut();
        }
      },
    }),
  );
};
