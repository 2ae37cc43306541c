import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Facility } from '../facilities/facility.entity';
import { Organisation } from '../organisations/organisation.entity';
import type { RoleAssignmentDto } from './dto/role-assignment.dto';
import { RoleAssignment } from './role-assignment.entity';
import type { RoleScope } from './role-scope';

export type RoleAssignmentRow = Pick<
  RoleAssignment,
  'id' | 'userId' | 'role' | 'organisationId' | 'facilityId' | 'isOrganisationAdmin'
>;

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
  ): Promise<{ id: string; email: string; language: User['preferredLanguage'] } | null> {
    const user = await this.dataSource.getRepository(User).findOne({
      select: { id: true, email: true, preferredLanguage: true },
      where: { email, deletedAt: IsNull(), emailVerifiedAt: Not(IsNull()) },
    });
    return user ? { id: user.id, email, language: user.preferredLanguage } : null;
  }

  organisationExists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(Organisation).existsBy({ id });
  }

  facilityExists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(Facility).existsBy({ id });
  }

  /**
   * Gives the role, or (when the person already holds it in that scope) updates whether they
   * administer the organisation: granting twice is not an error. SQL for the ON CONFLICT
   * outcome (one statement, whichever of two concurrent grants comes second).
   */
  async upsert(
    manager: EntityManager,
    userId: string,
    scope: RoleScope,
    grantedBy: string | null,
  ): Promise<string> {
    const [row]: Pick<RoleAssignment, 'id'>[] = await manager.query(
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

  find(id: string): Promise<RoleAssignmentRow | null> {
    return this.dataSource.getRepository(RoleAssignment).findOne({
      select: {
        id: true,
        userId: true,
        role: true,
        organisationId: true,
        facilityId: true,
        isOrganisationAdmin: true,
      },
      where: { id },
    });
  }

  /** Locks every city administrator's assignment and counts them (see RoleGrantsService.revoke). */
  async lockCityAdmins(manager: EntityManager): Promise<number> {
    const rows: Pick<RoleAssignment, 'id'>[] = await manager.query(
      `SELECT ra.id FROM role_assignments ra JOIN users u ON u.id = ra.user_id
        WHERE ra.role = 'city_admin' AND u.deleted_at IS NULL
        FOR UPDATE OF ra`,
    );
    return rows.length;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(RoleAssignment, { id });
  }

  /** The name of the organisation or facility a role applies to (for mails). */
  async scopeName(scope: RoleScope): Promise<{ ja: string; en: string } | null> {
    const select = { nameJa: true, nameEn: true } as const;
    const named = scope.organisationId
      ? await this.dataSource
          .getRepository(Organisation)
          .findOne({ select, where: { id: scope.organisationId } })
      : scope.facilityId
        ? await this.dataSource
            .getRepository(Facility)
            .findOne({ select, where: { id: scope.facilityId } })
        : null;
    return named ? { ja: named.nameJa, en: named.nameEn } : null;
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
