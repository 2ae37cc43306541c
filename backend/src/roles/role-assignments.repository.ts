import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AssignableRole } from '../access/principal';
import type { RoleScope } from './role-scope';
import type { RoleAssignmentDto } from './dto/role-assignment.dto';

export interface RoleAssignmentRow {
  id: string;
  userId: string;
  role: AssignableRole;
  organisationId: string | null;
  facilityId: string | null;
  isOrganisationAdmin: boolean;
}

/** Role assignments and the people they belong to. */
@Injectable()
export class RoleAssignmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A person who has proven that they own the address (verified, not deleted), for granting a
   * role at once. An unverified account does not count: whoever signed up with the address may
   * not be its owner, so the role waits as an invitation that only the verified owner accepts.
   */
  async verifiedUserByEmail(
    email: string,
  ): Promise<{ id: string; email: string; language: 'ja' | 'en' } | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, email, preferred_language AS language FROM users
        WHERE email = $1 AND deleted_at IS NULL AND email_verified_at IS NOT NULL`,
      [email],
    );
    return row ?? null;
  }

  async organisationExists(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM organisations WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async facilityExists(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM facilities WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /**
   * Gives the role, or (when the person already holds it in that scope) updates whether they
   * administer the organisation: granting twice is not an error.
   */
  async upsert(
    manager: EntityManager,
    userId: string,
    scope: RoleScope,
    grantedBy: string | null,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO role_assignments (user_id, role, organisation_id, facility_id, is_organisation_admin, granted_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ON CONSTRAINT role_assignments_unique
       DO UPDATE SET is_organisation_admin = EXCLUDED.is_organisation_admin
       RETURNING id`,
      [
        userId,
        scope.role,
        scope.organisationId,
        scope.facilityId,
        scope.isOrganisationAdmin,
        grantedBy,
      ],
    );
    return row.id;
  }

  async find(id: string): Promise<RoleAssignmentRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, user_id AS "userId", role, organisation_id AS "organisationId",
              facility_id AS "facilityId", is_organisation_admin AS "isOrganisationAdmin"
         FROM role_assignments WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Locks every city administrator's assignment and counts them (see RoleGrantsService.revoke). */
  async lockCityAdmins(manager: EntityManager): Promise<number> {
    const rows = await manager.query(
      `SELECT ra.id FROM role_assignments ra JOIN users u ON u.id = ra.user_id
        WHERE ra.role = 'city_admin' AND u.deleted_at IS NULL
        FOR UPDATE OF ra`,
    );
    return rows.length;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM role_assignments WHERE id = $1`, [id]);
  }

  /** The name of the organisation or facility a role applies to (for mails). */
  async scopeName(scope: RoleScope): Promise<{ ja: string; en: string } | null> {
    if (!scope.organisationId && !scope.facilityId) return null;
    const [row] = await this.dataSource.query(
      scope.organisationId
        ? `SELECT name_ja AS ja, name_en AS en FROM organisations WHERE id = $1`
        : `SELECT name_ja AS ja, name_en AS en FROM facilities WHERE id = $1`,
      [scope.organisationId ?? scope.facilityId],
    );
    return row ?? null;
  }

  /** A person's roles with the names of what they apply to. */
  async ofUser(userId: string): Promise<RoleAssignmentDto[]> {
    return this.dataSource.query(
      `SELECT ${ASSIGNMENT_COLUMNS} ${ASSIGNMENT_FROM}
        WHERE ra.user_id = $1
        ORDER BY ra.role, o.name_ja NULLS FIRST, f.name_ja NULLS FIRST`,
      [userId],
    );
  }
}

export const ASSIGNMENT_COLUMNS = `
  ra.id, ra.role, ra.is_organisation_admin AS "isOrganisationAdmin",
  CASE WHEN o.id IS NULL THEN NULL
       ELSE json_build_object('id', o.id, 'nameJa', o.name_ja, 'nameEn', o.name_en) END AS organisation,
  CASE WHEN f.id IS NULL THEN NULL
       ELSE json_build_object('id', f.id, 'nameJa', f.name_ja, 'nameEn', f.name_en) END AS facility,
  to_json(ra.created_at) #>> '{}' AS "grantedAt"`;

export const ASSIGNMENT_FROM = `
  FROM role_assignments ra
  LEFT JOIN organisations o ON o.id = ra.organisation_id
  LEFT JOIN facilities f ON f.id = ra.facility_id`;
