import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, Not, Raw } from 'typeorm';
import { preparedQuery } from '../../database/sql/prepared-query';
import { GatheredLookup } from './gathered-lookup';
import type { Role } from '../../access/principal';
import { SESSION_LIFETIME_MS, SESSION_REFRESH_INTERVAL_MS } from '../security/session-cookies';
import type { User } from '../user.entity';
import { UserSession } from './user-session.entity';

export interface RoleAssignmentRow {
  role: Exclude<Role, 'citizen'>;
  organisationId: string | null;
  facilityId: string | null;
  isOrganisationAdmin: boolean;
}

/** A live session with the person behind it: everything a request needs, from one query. */
export interface SessionPrincipalRow {
  sessionId: UserSession['id'];
  csrfTokenHash: UserSession['csrfTokenHash'];
  lastSeenAt: UserSession['lastSeenAt'];
  userId: User['id'];
  email: NonNullable<User['email']>; // never null: deleted accounts have no session
  emailVerified: boolean;
  language: User['preferredLanguage'];
  /** The person's details a booking judges (see Principal.person). */
  userName: string;
  birthYear: User['birthYear'];
  isResident: boolean;
  assignments: RoleAssignmentRow[];
}

export type SessionListRow = Pick<UserSession, 'id' | 'userAgent' | 'createdAt' | 'lastSeenAt'>;

// A session's life (start, sliding refresh, expiry) is stamped and judged by the database's
// clock, not the Clock: security machinery, and tests that move the Clock keep their sessions.
const LIFETIME = `make_interval(secs => ${SESSION_LIFETIME_MS / 1000})`;

@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get sessions() {
    return this.dataSource.getRepository(UserSession);
  }

  async create(
    userId: string,
    tokenHash: Buffer,
    csrfTokenHash: Buffer,
    userAgent: string,
  ): Promise<string> {
    const { identifiers } = await this.sessions.insert({
      userId,
      tokenHash,
      csrfTokenHash,
      userAgent: userAgent.slice(0, 300),
      expiresAt: () => `now() + ${LIFETIME}`,
    });
    return identifiers[0].id as string;
  }

  /**
   * Session, person and role assignments in one round trip (this runs on every request). The
   * person's name, birth year and residency come from the users row the query joins anyway:
   * the booking path judges eligibility on them without reading the person again. The sessions
   * of requests that arrive together are read together (GatheredLookup): one statement for
   * many requests in a rush, each still read after it arrived, so a revoked session stops at
   * the very next request.
   */
  findPrincipal(tokenHash: Buffer): Promise<SessionPrincipalRow | null> {
    return this.principals.find(tokenHash.toString('hex'));
  }

  private readonly principals = new GatheredLookup<SessionPrincipalRow>(async (keys) => {
    const rows = await preparedQuery<SessionPrincipalRow & { tokenHash: Buffer }>(
      this.dataSource,
      'tsumugu_session_principals',
      `SELECT s.token_hash AS "tokenHash",
              s.id AS "sessionId", s.csrf_token_hash AS "csrfTokenHash", s.last_seen_at AS "lastSeenAt",
              u.id AS "userId", u.email, u.email_verified_at IS NOT NULL AS "emailVerified",
              u.preferred_language AS language,
              btrim(u.family_name || ' ' || u.given_name) AS "userName",
              u.birth_year AS "birthYear",
              cardinality(u.tsukuba_relations) > 0 AS "isResident",
              COALESCE(json_agg(json_build_object(
                'role', r.role, 'organisationId', r.organisation_id, 'facilityId', r.facility_id,
                'isOrganisationAdmin', r.is_organisation_admin)) FILTER (WHERE r.id IS NOT NULL),
                '[]'::json) AS assignments
         FROM user_sessions s
         JOIN users u ON u.id = s.user_id AND u.deleted_at IS NULL
         LEFT JOIN role_assignments r ON r.user_id = u.id
        WHERE s.token_hash = ANY($1::bytea[]) AND s.revoked_at IS NULL AND s.expires_at > now()
        GROUP BY s.id, u.id`,
      [keys.map((key) => Buffer.from(key, 'hex'))],
    );
    return new Map(rows.map(({ tokenHash, ...row }) => [tokenHash.toString('hex'), row] as const));
  });

  /** Slides the expiry forward, at most once per refresh interval; true when it did. */
  async touch(sessionId: string): Promise<boolean> {
    const { affected } = await this.sessions
      .createQueryBuilder()
      .update()
      .set({ lastSeenAt: () => 'now()', expiresAt: () => `now() + ${LIFETIME}` })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .andWhere(
        `last_seen_at < now() - make_interval(secs => ${SESSION_REFRESH_INTERVAL_MS / 1000})`,
      )
      .execute();
    return (affected ?? 0) > 0;
  }

  async setCsrfTokenHash(sessionId: string, csrfTokenHash: Buffer): Promise<void> {
    await this.sessions.update({ id: sessionId }, { csrfTokenHash });
  }

  /** Revokes one of the person's own live sessions; false when there is no such session. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const { affected } = await this.sessions.update(
      { id: sessionId, userId, revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
    return (affected ?? 0) > 0;
  }

  /**
   * Revokes every live session of a person, except optionally the one in use, in `manager`'s
   * transaction. Only AccountTokensRepository.endAll calls it: ending sessions alone would leave
   * the mailed links and the calendar feed open.
   */
  async revokeAllFor(
    manager: EntityManager,
    userId: string,
    exceptSessionId: string | null = null,
  ): Promise<number> {
    const { affected } = await manager.update(
      UserSession,
      {
        userId,
        revokedAt: IsNull(),
        ...(exceptSessionId === null ? {} : { id: Not(exceptSessionId) }),
      },
      { revokedAt: () => 'now()' },
    );
    return affected ?? 0;
  }

  listLive(userId: string): Promise<SessionListRow[]> {
    return this.sessions.find({
      select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
      where: { userId, revokedAt: IsNull(), expiresAt: Raw((column) => `${column} > now()`) },
      order: { lastSeenAt: 'DESC' },
    });
  }
}
