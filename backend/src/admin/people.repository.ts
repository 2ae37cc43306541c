import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '../access/principal';
import { SqlParameters } from '../database/sql/sql-parameters';
import type { PersonDetailDto, PersonSummaryDto } from './dto/person.dto';

const SUMMARY_COLUMNS = `
  u.id, u.email, u.email_verified_at IS NOT NULL AS "emailVerified",
  u.family_name AS "familyName", u.given_name AS "givenName",
  u.family_name_kana AS "familyNameKana", u.given_name_kana AS "givenNameKana",
  coalesce((SELECT array_agg(DISTINCT ra.role ORDER BY ra.role) FROM role_assignments ra
             WHERE ra.user_id = u.id), '{}') AS roles,
  to_json(u.created_at) #>> '{}' AS "createdAt"`;

/** search()'s one row: the total and the page's people, built as JSON in one round trip. */
interface PeoplePageRow {
  total: number;
  items: (PersonSummaryDto & { position: number })[];
}

/** People (accounts not deleted) as city administrators find them. */
@Injectable()
export class PeopleRepository {
  constructor(private readonly dataSource: DataSource) {}

  async search(filter: {
    q?: string;
    role?: Role;
    limit: number;
    offset: number;
  }): Promise<{ items: PersonSummaryDto[]; total: number }> {
    const params = new SqlParameters();
    const conditions = ['u.deleted_at IS NULL'];
    if (filter.q) {
      // Part of the email or of the name, with or without the space between family and given.
      const pattern = params.add(`%${escapeLike(filter.q.toLowerCase())}%`);
      conditions.push(
        `(u.email LIKE ${pattern}
          OR lower(u.family_name || u.given_name) LIKE ${pattern}
          OR lower(u.family_name || ' ' || u.given_name) LIKE ${pattern}
          OR lower(u.family_name_kana || u.given_name_kana) LIKE ${pattern})`,
      );
    }
    if (filter.role === 'citizen') conditions.push('u.email_verified_at IS NOT NULL');
    else if (filter.role) {
      conditions.push(
        `EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.user_id = u.id AND ra.role = ${params.add(filter.role)})`,
      );
    }
    const where = conditions.join(' AND ');
    const [row]: PeoplePageRow[] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM users u WHERE ${where}) AS total,
              coalesce((SELECT json_agg(page ORDER BY position) FROM (
                SELECT row_number() OVER (ORDER BY u.family_name_kana, u.given_name_kana, u.email) AS position,
                       ${SUMMARY_COLUMNS}
                  FROM users u WHERE ${where}
                 ORDER BY u.family_name_kana, u.given_name_kana, u.email
                 LIMIT ${params.add(filter.limit)} OFFSET ${params.add(filter.offset)}) AS page), '[]'::json) AS items`,
      params.values,
    );
    return {
      total: row.total,
      items: row.items.map(({ position: _, ...item }) => item),
    };
  }

  async detail(id: string): Promise<Omit<PersonDetailDto, 'roleAssignments'> | null> {
    const [row]: Omit<PersonDetailDto, 'roleAssignments'>[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, u.birth_year AS "birthYear", u.phone,
              u.tsukuba_relations AS "tsukubaRelations", u.preferred_language AS "preferredLanguage"
         FROM users u WHERE u.id = $1 AND u.deleted_at IS NULL`,
      [id],
    );
    return row ?? null;
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
