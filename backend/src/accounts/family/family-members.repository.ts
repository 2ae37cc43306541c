import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows } from '../../database/sql/returned-rows';
import type {
  CreateFamilyMemberDto,
  FamilyMemberDto,
  UpdateFamilyMemberDto,
} from './family-member.dto';

const COLUMNS = `id, name, name_kana AS "nameKana", birth_year AS "birthYear", relationship`;

/** Family members, always within one person's own (`user_id`): no query reaches another's. */
@Injectable()
export class FamilyMembersRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(userId: string): Promise<FamilyMemberDto[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM family_members WHERE user_id = $1 ORDER BY birth_year, created_at`,
      [userId],
    );
  }

  async create(userId: string, member: CreateFamilyMemberDto): Promise<FamilyMemberDto> {
    const [row] = await this.dataSource.query(
      `INSERT INTO family_members (user_id, name, name_kana, birth_year, relationship)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [userId, member.name, member.nameKana ?? '', member.birthYear, member.relationship],
    );
    return row;
  }

  async update(
    userId: string,
    id: string,
    changes: UpdateFamilyMemberDto,
  ): Promise<FamilyMemberDto | null> {
    const rows = returnedRows<FamilyMemberDto>(
      await this.dataSource.query(
        `UPDATE family_members
            SET name = COALESCE($3, name), name_kana = COALESCE($4, name_kana),
                birth_year = COALESCE($5, birth_year), relationship = COALESCE($6, relationship),
                updated_at = now()
          WHERE id = $1 AND user_id = $2
          RETURNING ${COLUMNS}`,
        [
          id,
          userId,
          changes.name ?? null,
          changes.nameKana ?? null,
          changes.birthYear ?? null,
          changes.relationship ?? null,
        ],
      ),
    );
    return rows[0] ?? null;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const rows = returnedRows(
      await this.dataSource.query(
        `DELETE FROM family_members WHERE id = $1 AND user_id = $2 RETURNING id`,
        [id, userId],
      ),
    );
    return rows.length > 0;
  }
}
