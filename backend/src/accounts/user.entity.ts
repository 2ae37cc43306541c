import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { inList, subsetOf } from '../database/sql/sql-checks';
import type { Language } from '../common/errors/request-language';
import { LANGUAGES, TSUKUBA_RELATIONS, type TsukubaRelation } from './dto/me.dto';

/**
 * A person with an account. A deleted account is anonymised (deleted_at set, email and password
 * cleared) rather than removed, so that statistics keep counting its bookings.
 */
@Entity({ name: 'users' })
// Partial: anonymised accounts have no email, and any number of them may exist.
@Index('users_email_unique', ['email'], { unique: true, where: 'email IS NOT NULL' })
@Check('users_birth_year_check', 'birth_year BETWEEN 1900 AND 2100')
@Check('users_tsukuba_relations_check', subsetOf('tsukuba_relations', TSUKUBA_RELATIONS))
@Check('users_preferred_language_check', inList('preferred_language', LANGUAGES))
@Check('users_email_check', `email IS NULL OR email = lower(email) AND email LIKE '%_@_%'`)
@Check('users_active_has_email_check', 'deleted_at IS NOT NULL OR email IS NOT NULL')
@Check('users_active_has_password_check', 'deleted_at IS NOT NULL OR password_hash IS NOT NULL')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower case; null once the account is deleted. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ name: 'family_name', type: 'text', default: '' })
  familyName: string;

  @Column({ name: 'given_name', type: 'text', default: '' })
  givenName: string;

  @Column({ name: 'family_name_kana', type: 'text', default: '' })
  familyNameKana: string;

  @Column({ name: 'given_name_kana', type: 'text', default: '' })
  givenNameKana: string;

  @Column({ name: 'birth_year', type: 'smallint', nullable: true })
  birthYear: number | null;

  @Column({ type: 'text', default: '' })
  phone: string;

  @Column({ name: 'tsukuba_relations', type: 'text', array: true, default: '{}' })
  tsukubaRelations: TsukubaRelation[];

  @Column({ name: 'preferred_language', type: 'text', default: 'ja' })
  preferredLanguage: Language;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
