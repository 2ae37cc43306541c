import { SetMetadata } from '@nestjs/common';
import type { Role } from './principal';

/**
 * Every endpoint declares who may call it, with exactly one of these decorators on the handler
 * (or its controller). The global AccessGuard refuses any route without one: deny by default.
 *
 * - @Public(): anyone, signed in or not (the public catalogue, sign-up, log-in, health).
 * - @SignedIn(): any signed-in person, verified or not (their own account, log-out).
 * - @AllowRoles(...roles): a signed-in person holding at least one of the roles. 'citizen'
 *   means a verified email. Object-level rules (only one's own organisation's courses, one's own
 *   facility's rooms, one's own bookings) are then checked in the service, which loads the object.
 */
export const ACCESS_POLICY = 'tsumugu:access-policy';

export type AccessPolicy =
  { kind: 'public' } | { kind: 'signed_in' } | { kind: 'roles'; roles: readonly Role[] };

export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

export const SignedIn = () =>
  SetMetadata(ACCESS_POLICY, { kind: 'signed_in' } satisfies AccessPolicy);

export const AllowRoles = (...roles: [Role, ...Role[]]) =>
  SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);
