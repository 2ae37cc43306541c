import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../database/sql/returned-rows';
import type { MeDto, TsukubaRelation, UpdateProfileDto } from './dto/me.dto';

export interface UserCredentials {
  id: string;
  email: string;
  passwordHash: string;
  emailVerified: boolean;
  preferredLanguage: 'ja' | 'en';
  familyName: string;
  givenName: string;
}

export interface NewUser {
  email: string;
  passwordHash: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  preferredLanguage: 'ja' | 'en';
  tsukubaRelations: TsukubaRelation[];
}

const CREDENTIALS = `id, email, password_hash AS "passwordHash",
  email_verified_at IS NOT NULL AS "emailVerified", preferred_language AS "preferredLanguage",
  family_name AS "familyName", given_name AS "givenName"`;

/** People (the `users` table): every query about an account's own row. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByEmail(email: string): Promise<UserCredentials | null> {
    const rows = await this.dataSource.query(
      `SELECT ${CREDENTIALS} FROM users WHERE email = $1 AND deleted_at IS NULL`,
      [email],
    );
    return rows[0] ?? null;
  }

  async findById(id: string): Promise<UserCredentials | null> {
    const rows = await this.dataSource.query(
      `SELECT ${CREDENTIALS} FROM users WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * Inserts the person and their verification token in one statement; null when the email is
   * registered already. Registered or not, the caller's database work is this one round trip,
   * so sign-up takes the same time either way.
   */
  async createWithVerificationToken(
    user: NewUser,
    tokenHash: Buffer,
    tokenLifetimeHours: number,
  ): Promise<string | null> {
    const rows = await this.dataSource.query(
      `WITH new_user AS (
         INSERT INTO users (email, password_hash, family_name, given_name, family_name_kana,
                            given_name_kana, preferred_language, tsukuba_relations)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $10)
         ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING
         RETURNING id
       ), token AS (
         INSERT INTO email_tokens (user_id, purpose, token_hash, expires_at)
         SELECT id, 'verify_email', $8, now() + make_interval(hours => $9) FROM new_user
       )
       SELECT id FROM new_user`,
      [
        user.email,
        user.passwordHash,
        user.familyName,
        user.givenName,
        user.familyNameKana,
        user.givenNameKana,
        user.preferredLanguage,
        tokenHash,
        tokenLifetimeHours,
        user.tsukubaRelations,
      ],
    );
    return rows[0]?.id ?? null;
  }

  async markEmailVerified(id: string, manager: EntityManager = this.dataSource.manager) {
    await manager.query(
      `UPDATE users SET email_verified_at = COALESCE(email_verified_at, now()), updated_at = now()
        WHERE id = $1`,
      [id],
    );
  }

  async setPasswordHash(id: string, passwordHash: string, manager?: EntityManager) {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`,
      [id, passwordHash],
    );
  }

  /** Changes the email (verified by the link just opened); false when another account took it. */
  async changeEmail(id: string, email: string, manager: EntityManager): Promise<boolean> {
    const rows = returnedRows(
      await manager.query(
        `UPDATE users SET email = $2, email_verified_at = now(), updated_at = now()
        WHERE id = $1 AND deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM users other WHERE other.email = $2 AND other.id <> $1)
        RETURNING id`,
        [id, email],
      ),
    );
    return rows.length > 0;
  }

  async updateProfile(id: string, profile: UpdateProfileDto): Promise<void> {
    const columns: Record<keyof UpdateProfileDto, string> = {
      familyName: 'family_name',
      givenName: 'given_name',
      familyNameKana: 'family_name_kana',
      givenNameKana: 'given_name_kana',
      birthYear: 'birth_year',
      phone: 'phone',
      tsukubaRelations: 'tsukuba_relations',
      preferredLanguage: 'preferred_language',
    };
    const entries = (Object.keys(columns) as (keyof UpdateProfileDto)[]).filter(
      (key) => profile[key] !== undefined,
    );
    if (entries.length === 0) return;
    const assignments = entries.map((key, index) => `${columns[key]} = $${index + 2}`);
    await this.dataSource.query(
      `UPDATE users SET ${assignments.join(', ')}, updated_at = now() WHERE id = $1`,
      [id, ...entries.map((key) => profile[key])],
    );
  }

  /** The person as the API shows them to themselves, with effective roles and memberships. */
  async me(id: string): Promise<MeDto | null> {
    const rows = await this.dataSource.query(
      `SELECT u.id, u.email, u.email_verified_at IS NOT NULL AS "emailVerified",
              u.family_name AS "familyName", u.given_name AS "givenName",
              u.family_name_kana AS "familyNameKana", u.given_name_kana AS "givenNameKana",
              u.birth_year AS "birthYear", u.phone, u.tsukuba_relations AS "tsukubaRelations",
              u.preferred_language AS "preferredLanguage",
              COALESCE((SELECT array_agg(DISTINCT r.role ORDER BY r.role) FROM role_assignments r
                         WHERE r.user_id = u.id), '{}') AS "assignedRoles",
              COALESCE((SELECT json_agg(json_build_object('id', o.id, 'nameJa', o.name_ja,
                                'nameEn', o.name_en, 'isAdmin', r.is_organisation_admin)
                                ORDER BY o.name_ja)
                          FROM role_assignments r JOIN organisations o ON o.id = r.organisation_id
                         WHERE r.user_id = u.id AND r.role = 'organiser'), '[]') AS organisations,
              COALESCE((SELECT json_agg(json_build_object('id', f.id, 'nameJa', f.name_ja,
                                'nameEn', f.name_en) ORDER BY f.display_order)
                          FROM role_assignments r JOIN facilities f ON f.id = r.facility_id
                         WHERE r.user_id = u.id AND r.role = 'facility_staff'), '[]') AS facilities
         FROM users u WHERE u.id = $1 AND u.deleted_at IS NULL`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    const { assignedRoles, ...me } = row;
    // Same rule as the principal: roles count once the email is verified.
    const roles = me.emailVerified ? ['citizen', ...assignedRoles] : [];
    return {
      ...me,
      roles,
      organisations: me.emailVerified ? me.organisations : [],
      facilities: me.emailVerified ? me.facilities : [],
    };
  }
}
