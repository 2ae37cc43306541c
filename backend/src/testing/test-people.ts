import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { AssignableRole } from '../access/principal';
import { CSRF_COOKIE, SESSION_COOKIE } from '../accounts/security/session-cookies';
import { hashToken, newToken } from '../accounts/security/tokens';

export interface TestRole {
  role: AssignableRole;
  organisationId?: string;
  facilityId?: string;
  isOrganisationAdmin?: boolean;
}

export interface TestPerson {
  userId: string;
  email: string;
}

/** What a browser sends: the cookies and the CSRF header that must echo the XSRF-TOKEN cookie. */
export interface TestCredentials {
  cookie: string;
  csrfHeader: Record<string, string>;
}

/**
 * A person with roles, written straight into the database: the access tests need people of
 * every kind quickly, and signing up through the API is tested on its own.
 */
export async function createTestPerson(
  dataSource: DataSource,
  options: { verified?: boolean; roles?: TestRole[]; email?: string } = {},
): Promise<TestPerson> {
  const email = options.email ?? `person-${randomUUID().slice(0, 8)}@example.jp`;
  const [user] = await dataSource.query(
    `INSERT INTO users (email, email_verified_at, password_hash, family_name, given_name)
     VALUES ($1, $2, 'not-a-password-hash', 'テスト', '太郎') RETURNING id`,
    [email, options.verified === false ? null : new Date()],
  );
  for (const role of options.roles ?? []) {
    await dataSource.query(
      `INSERT INTO role_assignments (user_id, role, organisation_id, facility_id, is_organisation_admin)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        user.id,
        role.role,
        role.organisationId ?? null,
        role.facilityId ?? null,
        role.isOrganisationAdmin ?? false,
      ],
    );
  }
  return { userId: user.id, email };
}

/**
 * A new session for the person, stored as the accounts feature stores it (SHA-256 of the
 * cookie token, CSRF token bound to the session). A fresh session per request keeps a test that
 * logs out everywhere from signing the other tests out.
 */
export async function signIn(dataSource: DataSource, person: TestPerson): Promise<TestCredentials> {
  const sessionToken = newToken();
  const csrfToken = newToken();
  await dataSource.query(
    `INSERT INTO user_sessions (user_id, token_hash, csrf_token_hash, user_agent, expires_at)
     VALUES ($1, $2, $3, 'access tests', now() + interval '1 day')`,
    [person.userId, hashToken(sessionToken), hashToken(csrfToken)],
  );
  return {
    cookie: `${SESSION_COOKIE}=${sessionToken}; ${CSRF_COOKIE}=${csrfToken}`,
    csrfHeader: { 'X-XSRF-TOKEN': csrfToken },
  };
}

/** An anonymous visitor's cookies: a CSRF token (as GET /api/auth/session gives) and no session. */
export function anonymous(): TestCredentials {
  const csrfToken = newToken();
  return { cookie: `${CSRF_COOKIE}=${csrfToken}`, csrfHeader: { 'X-XSRF-TOKEN': csrfToken } };
}

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** One request as a person (a fresh session) or as an anonymous visitor, with CSRF in order. */
export async function callAs(
  http: Parameters<typeof request>[0],
  dataSource: DataSource,
  person: TestPerson | null,
  method: Method,
  path: string,
  body?: object,
) {
  const credentials = person ? await signIn(dataSource, person) : anonymous();
  const agent = request(http);
  const call = agent[method](path).set('Cookie', credentials.cookie).set(credentials.csrfHeader);
  return body === undefined ? call : call.send(body);
}
