import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ExportedInstructorProfileDto,
  ExportedRoleDto,
  ExportedSessionDto,
} from './account-export.dto';

/** The SQL of the APPI rights: reading all of a person's rows, and anonymising them. */
@Injectable()
export class AccountPrivacyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async createdAt(userId: string): Promise<string> {
    const [row] = await this.dataSource.query(
      `SELECT created_at AS "createdAt" FROM users WHERE id = $1`,
      [userId],
    );
    return new Date(row.createdAt).toISOString();
  }

  roles(userId: string): Promise<ExportedRoleDto[]> {
    return this.dataSource.query(
      `SELECT r.role, o.name_ja AS "organisationNameJa", f.name_ja AS "facilityNameJa",
              r.is_organisation_admin AS "isOrganisationAdmin",
              to_json(r.created_at) #>> '{}' AS "grantedAt"
         FROM role_assignments r
         LEFT JOIN organisations o ON o.id = r.organisation_id
         LEFT JOIN facilities f ON f.id = r.facility_id
        WHERE r.user_id = $1 ORDER BY r.created_at`,
      [userId],
    );
  }

  async instructorProfile(userId: string): Promise<ExportedInstructorProfileDto | null> {
    const [row] = await this.dataSource.query(
      `SELECT p.status, p.registration_number AS "registrationNumber",
              to_char(p.valid_until, 'YYYY-MM-DD') AS "validUntil", p.content,
              p.approved_content AS "approvedContent",
              (SELECT count(*)::int FROM instructor_requests r WHERE r.profile_id = p.id) AS "requestsReceived"
         FROM instructor_profiles p WHERE p.user_id = $1`,
      [userId],
    );
    return row ?? null;
  }

  sessions(userId: string): Promise<ExportedSessionDto[]> {
    return this.dataSource.query(
      `SELECT user_agent AS "userAgent", to_json(created_at) #>> '{}' AS "createdAt",
              to_json(last_seen_at) #>> '{}' AS "lastSeenAt",
              to_json(revoked_at) #>> '{}' AS "revokedAt"
         FROM user_sessions WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  /**
   * Anonymises the account in place. Kept, because the plan's statistics count them: the row
   * itself (so bookings and attendance still add up), birth year (age groups), the relation to
   * Tsukuba (residents vs. others) and the language. Cleared or deleted: everything that names
   * or reaches the person — email, password, names, phone, family members, sessions, mailed
   * tokens, the calendar feed, roles and the instructor bank profile (with its history, photo,
   * course links and the requests sent to it). The email is then free for a new account.
   */
  async anonymise(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE users SET email = NULL, email_verified_at = NULL, password_hash = NULL,
              family_name = '', given_name = '', family_name_kana = '', given_name_kana = '',
              phone = '', deleted_at = now(), updated_at = now()
        WHERE id = $1`,
      [userId],
    );
    for (const table of [
      'family_members',
      'user_sessions',
      'email_tokens',
      'calendar_feeds',
      'role_assignments',
      'instructor_profiles',
    ]) {
      await manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
    }
  }
}
