import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ScopeRefDto } from '../roles/dto/role-assignment.dto';
import type { OrganisationMemberDto } from './dto/organisation-members.dto';

/** The people who organise for an organisation. */
@Injectable()
export class OrganisationMembersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async organisation(id: string): Promise<ScopeRefDto | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, name_ja AS "nameJa", name_en AS "nameEn" FROM organisations WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  members(organisationId: string): Promise<OrganisationMemberDto[]> {
    return this.dataSource.query(
      `SELECT ra.id AS "assignmentId", u.id AS "userId", u.family_name AS "familyName",
              u.given_name AS "givenName", u.email, ra.is_organisation_admin AS "isOrganisationAdmin",
              to_json(ra.created_at) #>> '{}' AS since
         FROM role_assignments ra JOIN users u ON u.id = ra.user_id
        WHERE ra.organisation_id = $1 AND ra.role = 'organiser' AND u.deleted_at IS NULL
        ORDER BY ra.is_organisation_admin DESC, u.family_name_kana, u.given_name_kana, u.email`,
      [organisationId],
    );
  }
}
