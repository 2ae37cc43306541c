import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ScopeRefDto } from '../roles/dto/role-assignment.dto';
import type { OrganisationMemberDto } from './dto/organisation-members.dto';
import { Organisation } from './organisation.entity';

/** The people who organise for an organisation. */
@Injectable()
export class OrganisationMembersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async organisation(id: string): Promise<ScopeRefDto | null> {
    const organisation = await this.dataSource.getRepository(Organisation).findOne({
      select: { id: true, nameJa: true, nameEn: true },
      where: { id },
    });
    return organisation && { id, nameJa: organisation.nameJa, nameEn: organisation.nameEn };
  }

  /**
   * The organisers, administrators first, each with the name and email of the account (SQL:
   * the row is the API's, from two tables, in the order of the kana names).
   */
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
