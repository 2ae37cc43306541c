import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { Principal } from './principal';
import type { PrincipalRequest } from './principal-request';

/**
 * The signed-in person calling a @SignedIn or @AllowRoles endpoint. The guard has already
 * refused anonymous callers there; the check here keeps a handler that forgot its policy from
 * ever running with `undefined` as its caller.
 */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => {
    const principal = context.switchToHttp().getRequest<PrincipalRequest>().principal;
    if (!principal) throw new DomainError(ErrorCode.AuthenticationRequired);
    return principal;
  },
);
