import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, type Repository } from 'typeorm';
import { returnedRows } from '../database/sql/returned-rows';
import type { MeDto, TsukubaRelation, UpdateProfileDto } from './dto/me.dto';
import type { RoleAssignment } from '../roles/role-assignment.entity';
import { User } from './user.entity';

export interface UserCredentials {
  id: User['id'];
  /** Never null: a deleted account (the only kind without) is not found. */
  email: string;
  passwordHash: string;
  emailVerified: boolean;
  preferredLanguage: User['preferredLanguage'];
  familyName: User['familyName'];
  givenName: User['givenName'];
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

const CREDENTIALS = {
  id: true,
  email: true,
  passwordHash: true,
  emailVerifiedAt: true,
  preferredLanguage: true,
  familyName: true,
  givenName: true,
} as const;

function credentials(user: User): UserCredentials {
  return {
    id: user.id,
    email: user.email as string,
    passwordHash: user.passwordHash as string,
    emailVerified: user.emailVerifiedAt !== null,
    preferredLanguage: user.preferredLanguage,
    familyName: user.familyName,
    givenName: user.givenName,
  };
}

/** me()'s row: the person with their role names and, as JSON, what they apply to. */
type MeRow = Omit<MeDto, 'roles'> & { assignedRoles: RoleAssignment['role'][] };

/** People (the `users` table): every query about an account's own row. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  // Looked up on use, not in the constructor: the OpenAPI build runs without a database.
  private get users(): Repository<User> {
    return this.dataSource.getRepository(User);
  }

  async findByEmail(email: string): Promise<UserCredentials | null> {
    const user = await this.users.findOne({
      select: CREDENTIALS,
      where: { email, deletedAt: IsNull() },
    });
    return user && credentials(user);
  }

  async findById(id: string): Promise<UserCredentials | null> {
    const user = await this.users.findOne({
      select: CREDENTIALS,
      where: { id, deletedAt: IsNull() },
    });
    return user && credentials(user);
  }

  /**
   * Inserts the person and their verification token in one statement; null when the email is
   * registered already. Registered or not, the caller's database work is this one round trip,
   * so sign-up takes the same time either way (SQL: the ON CONFLICT outcome decides both
   * inserts in one statement).
   */
  async createWithVerificationToken(
    user: NewUser,
    tokenHash: Buffer,
    tokenLifetimeHours: number,
  ): Promise<string | null> {
    const rows: Pick<User, 'id'>[] = await this.dataSource.query(
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
    // updated_at follows by itself (an UpdateDateColumn).
    await manager.update(
      User,
      { id },
      { emailVerifiedAt: () => 'COALESCE(email_verified_at, now())' },
    );
  }

  async setPasswordHash(id: string, passwordHash: string, manager?: EntityManager) {
    await (manager ?? this.dataSource.manager).update(User, { id }, { passwordHash });
  }

  /**
   * Changes the email (verified by the link just opened); false when another account took it.
   * SQL: the check and the change are one statement.
   */
  async changeEmail(id: string, email: string, manager: EntityManager): Promise<boolean> {
    const rows = returnedRows<Pick<User, 'id'>>(
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
    const changes: Partial<User> = Object.fromEntries(
      Object.entries({
        familyName: profile.familyName,
        givenName: profile.givenName,
        familyNameKana: profile.familyNameKana,
        givenNameKana: profile.givenNameKana,
        birthYear: profile.birthYear,
        phone: profile.phone,
        tsukubaRelations: profile.tsukubaRelations,
        preferredLanguage: profile.preferredLanguage,
      }).filter(([, value]) => value !== undefined),
    );
    if (Object.keys(changes).length === 0) return;
    await this.users.update({ id }, changes);
  }

  /** The person as the API shows them to themselves, with effective roles and memberships. */
  async me(id: string): Promise<MeDto | null> {
    const rows: MeRow[] = await this.dataSource.query(
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
    const roles: MeDto['roles'] = me.emailVerified ? ['citizen', ...assignedRoles] : [];
    return {
      ...me,
      roles,
      organisations: me.emailVerified ? me.organisations : [],
      facilities: me.emailVerified ? me.facilities : [],
    };
  }
}
