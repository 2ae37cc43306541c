import { Logger, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../common/errors/domain-error';
import { ERROR_DEFINITIONS, ErrorCode } from '../common/errors/error-registry';
import { AccessGuard } from './access.guard';
import { AllowRoles, Public, SignedIn } from './access-policy.decorator';
import type { Principal, Role } from './principal';

class Catalogue {
  @Public()
  list(): void {}
}

@SignedIn()
class Account {
  me(): void {}

  @AllowRoles('citizen')
  family(): void {}

  @Public()
  session(): void {}
}

@AllowRoles('organiser', 'city_admin')
class Members {
  list(): void {}
}

class Forgotten {
  oops(): void {}
}

function person(roles: Role[], emailVerified = true): Principal {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    sessionId: '00000000-0000-4000-8000-000000000002',
    email: 'someone@example.jp',
    emailVerified,
    language: 'ja',
    roles: new Set(roles),
    organisationIds: [],
    adminOfOrganisationIds: [],
    facilityIds: [],
  };
}

function context(
  controller: new () => object,
  handler: string,
  principal?: Principal,
): ExecutionContext {
  const request = { method: 'GET', route: { path: `/api/${handler}` }, principal };
  return {
    getHandler: () => (controller.prototype as Record<string, () => void>)[handler],
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

function refusal(run: () => unknown): ErrorCode | 'allowed' {
  try {
    if (run() !== true) throw new Error('the guard must allow or throw, never return false');
    return 'allowed';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());
  const check = (controller: new () => object, handler: string, principal?: Principal) =>
    refusal(() => guard.canActivate(context(controller, handler, principal)));

  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => errors.mockRestore());

  it('lets anyone through a public route', () => {
    expect(check(Catalogue, 'list')).toBe('allowed');
    expect(check(Catalogue, 'list', person(['city_admin']))).toBe('allowed');
  });

  it('refuses a route without a policy with 403 and logs its name, even for an administrator', () => {
    expect(check(Forgotten, 'oops')).toBe(ErrorCode.AccessDenied);
    expect(check(Forgotten, 'oops', person(['citizen', 'city_admin']))).toBe(
      ErrorCode.AccessDenied,
    );
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('Forgotten.oops'));
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('GET /api/oops'));
  });

  it('asks anonymous callers of a signed-in route to log in, and lets any signed-in person in', () => {
    expect(check(Account, 'me')).toBe(ErrorCode.AuthenticationRequired);
    expect(check(Account, 'me', person([], false))).toBe('allowed');
    expect(check(Account, 'me', person(['citizen']))).toBe('allowed');
  });

  it('reads the handler before the class', () => {
    expect(check(Account, 'session')).toBe('allowed');
    expect(check(Account, 'family', person([], false))).toBe(ErrorCode.AccessDenied);
    expect(check(Account, 'family', person(['citizen']))).toBe('allowed');
  });

  it('answers 401 to anonymous callers of a role route, 403 without a listed role', () => {
    expect(check(Members, 'list')).toBe(ErrorCode.AuthenticationRequired);
    expect(check(Members, 'list', person(['citizen']))).toBe(ErrorCode.AccessDenied);
    expect(check(Members, 'list', person(['citizen', 'facility_staff', 'instructor']))).toBe(
      ErrorCode.AccessDenied,
    );
  });

  it('lets in a person holding any one of the listed roles', () => {
    expect(check(Members, 'list', person(['citizen', 'organiser']))).toBe('allowed');
    expect(check(Members, 'list', person(['city_admin']))).toBe('allowed');
    expect(errors).not.toHaveBeenCalled();
  });

  it('maps its refusals to 401 and 403', () => {
    expect(ERROR_DEFINITIONS[ErrorCode.AuthenticationRequired].status).toBe(401);
    expect(ERROR_DEFINITIONS[ErrorCode.AccessDenied].status).toBe(403);
  });
});
