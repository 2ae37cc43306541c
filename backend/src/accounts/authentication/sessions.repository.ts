import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../database/sql/prepared-query';
import { returnedRows } from '../../database/sql/returned-rows';
import type { Role } from '../../access/principal';
import { SESSION_LIFETIME_MS, SESSION_REFRESH_INTERVAL_MS } from '../security/session-cookies';

export interface RoleAssignmentRow {
  role: Exclude<Role, 'citizen'>;
  organisationId: string | null;
  facilityId: string | null;
  isOrganisationAdmin: boolean;
}

/** A live session with the person behind it: everything a request needs, from one query. */
export interface SessionPrincipalRow {
  sessionId: string;
  csrfTokenHash: Buffer;
  lastSeenAt: Date;
  userId: string;
  email: string;
  emailVerified: boolean;
  language: 'ja' | 'en';
  assignments: RoleAssignmentRow[];
}

export interface SessionListRow {
  id: string;
  userAgent: string;
  createdAt: Date;
  lastSeenAt: Date;
}

// A session's life (start, sliding refresh, expiry) is stamped and judged by the database's
// clock, not the Clock: security machinery, and tests that move the Clock keep their sessions.
const LIFETIME = `make_interval(secs => ${SESSION_LIFETIME_MS / 1000})`;

@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    userId: string,
    tokenHash: Buffer,
    csrfTokenHash: Buffer,
    userAgent: string,
  ): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO user_sessions (user_id, token_hash, csrf_token_hash, user_agent, expires_at)
       VALUES ($1, $2, $3, $4, now() + ${LIFETIME}) RETURNING id`,
      [userId, tokenHash, csrfTokenHash, userAgent.slice(0, 300)],
    );
    return row.id;
  }

  /** Session, person and role assignments in one round trip (this runs on every request). */
  async findPrincipal(tokenHash: Buffer): Promise<SessionPrincipalRow | null> {
    const rows = await preparedQuery<SessionPrincipalRow>(
      this.dataSource,
      'tsumugu_session_principal',
      `SELECT s.id AS "sessionId", s.csrf_token_hash AS "csrfTokenHash", s.last_seen_at AS "lastSeenAt",
              u.id AS "userId", u.email, u.email_verified_at IS NOT NULL AS "emailVerified",
              u.preferred_language AS language,
              COALESCE(json_agg(json_build_object(
                'role', r.role, 'organisationId', r.organisation_id, 'facilityId', r.facility_id,
                'isOrganisationAdmin', r.is_organisation_admin)) FILTER (WHERE r.id IS NOT NULL),
                '[]'::json) AS assignments
         FROM user_sessions s
         JOIN users u ON u.id = s.user_id AND u.deleted_at IS NULL
         LEFT JOIN role_assignments r ON r.user_id = u.id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        GROUP BY s.id, u.id`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** Slides the expiry forward, at most once per refresh interval; true when it did. */
  async touch(sessionId: string): Promise<boolean> {
    const rows = returnedRows(
      await this.dataSource.query(
        `UPDATE user_sessions SET last_seen_at = now(), expires_at = now() + ${LIFETIME}
        WHERE id = $1 AND revoked_at IS NULL
          AND last_seen_at < now() - make_interval(secs => ${SESSION_REFRESH_INTERVAL_MS / 1000})
        RETURNING id`,
        [sessionId],
      ),
    );
    return rows.length > 0;
  }

  async setCsrfTokenHash(sessionId: string, csrfTokenHash: Buffer): Promise<void> {
    await this.dataSource.query(`UPDATE user_sessions SET csrf_token_hash = $2 WHERE id = $1`, [
      sessionId,
      csrfTokenHash,
    ]);
  }

  /** Revokes one of the person's own live sessions; false when there is no such session. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const rows = returnedRows(
      await this.dataSource.query(
        `UPDATE user_sessions SET revoked_at = now()
        WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`,
        [sessionId, userId],
      ),
    );
    return rows.length > 0;
  }

  /** Revokes every live session of a person, except optionally the one in use. */
  async revokeAll(userId: string, exceptSessionId: string | null = null): Promise<number> {
    const rows = returnedRows(
      await this.dataSource.query(
        `UPDATE user_sessions SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2 RETURNING id`,
        [userId, exceptSessionId],
      ),
    );
    return rows.length;
  }

  async listLive(userId: string): Promise<SessionListRow[]> {
    return this.dataSource.query(
      `SELECT id, user_agent AS "userAgent", created_at AS "createdAt", last_seen_at AS "lastSeenAt"
         FROM user_sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
        ORDER BY last_seen_at DESC`,
      [userId],
    );
  }
}
