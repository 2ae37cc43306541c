import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { inList } from '../database/sql/sql-checks';
import { User } from './user.entity';

export const EMAIL_TOKEN_PURPOSES = ['verify_email', 'reset_password', 'change_email'] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

/** A one-time link sent by email; only its SHA-256 is stored. */
@Entity({ name: 'email_tokens' })
@Unique('email_tokens_token_hash_unique', ['tokenHash'])
@Index('email_tokens_user_index', ['user', 'purpose'])
@Check('email_tokens_purpose_check', inList('purpose', EMAIL_TOKEN_PURPOSES))
@Check('email_tokens_new_email_check', `(purpose = 'change_email') = (new_email IS NOT NULL)`)
export class EmailToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'email_tokens_user_id_fkey' })
  user: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  purpose: EmailTokenPurpose;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  /** The address a change_email token confirms; null for the other purposes. */
  @Column({ name: 'new_email', type: 'text', nullable: true })
  newEmail: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
