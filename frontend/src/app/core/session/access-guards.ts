import { inject } from '@angular/core';
import { CanMatchFn, Router, UrlSegment, UrlTree } from '@angular/router';
import type { Role } from '../../api/api-types';
import { SessionService } from './session.service';
import { isSameSitePath } from './start-page';

/** A return address after log-in: a path inside this app (see `isSameSitePath`), else `/`. */
export function safeReturnTo(value: string | null | undefined): string {
  return isSameSitePath(value) ? value : '/';
}

function attemptedUrl(router: Router, segments: UrlSegment[]): string {
  const navigation = router.currentNavigation();
  if (navigation) return router.serializeUrl(navigation.extractedUrl);
  return '/' + segments.map((segment) => segment.path).join('/');
}

function logInTree(router: Router, segments: UrlSegment[]): UrlTree {
  return router.createUrlTree(['/log-in'], {
    queryParams: { returnTo: attemptedUrl(router, segments) },
  });
}

/** Signed-out people go to log in and come back here afterwards. */
export const signedInGuard: CanMatchFn = async (_route, segments) => {
  const session = inject(SessionService);
  const router = inject(Router);
  await session.whenLoaded();
  return session.isSignedIn() ? true : logInTree(router, segments);
};

/**
 * For a workspace that needs one of `roles`. Signed out: to log in. Signed in without the
 * role: `false`, so the router falls through to the next route with the same path, the polite
 * 403 page (see `forbiddenRoute`), and the workspace's code is never even downloaded.
 */
export function roleGuard(...roles: Role[]): CanMatchFn {
  return async (_route, segments) => {
    const session = inject(SessionService);
    const router = inject(Router);
    await session.whenLoaded();
    if (!session.isSignedIn()) return logInTree(router, segments);
    return session.hasAnyRole(roles);
  };
}

/** Pages for signed-out people (log-in, sign-up): a signed-in person goes to their account. */
export const signedOutGuard: CanMatchFn = async () => {
  const session = inject(SessionService);
  const router = inject(Router);
  await session.whenLoaded();
  return session.isSignedIn() ? router.createUrlTree(['/account']) : true;
};
