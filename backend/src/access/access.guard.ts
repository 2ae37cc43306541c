import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy.decorator';
import { hasRole } from './principal';
import type { PrincipalRequest } from './principal-request';

/**
 * The one place that decides who may call an endpoint, from the policy declared on the handler
 * (or, failing that, its controller) and the caller resolved from the session cookie.
 *
 * Deny by default: a route without a policy is a developer's mistake, answered 403 and logged
 * by name so it is found (the access matrix test fails on it before it ever ships).
 * Anonymous callers of a protected route get 401 (signing in may help); signed-in callers
 * without a listed role get 403 (it will not). Object-level checks (one's own organisation,
 * facility, family) happen in the services, which load the object.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<PrincipalRequest>();
    if (!policy) {
      this.logger.error(
        `no access policy on ${context.getClass().name}.${context.getHandler().name} ` +
          `(${request.method} ${request.route?.path ?? '?'}): refused; add @Public(), @SignedIn() or @AllowRoles()`,
      );
      throw new DomainError(ErrorCode.AccessDenied);
    }
    if (policy.kind === 'public') return true;

    const principal = request.principal;
    if (!principal) throw new DomainError(ErrorCode.AuthenticationRequired);
    if (policy.kind === 'signed_in') return true;
    if (!hasRole(principal, ...policy.roles)) throw new DomainError(ErrorCode.AccessDenied);
    return true;
  }
}
