import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../database/sql/returned-rows';
import type { EmailTokenPurpose } from './email-token.entity';

/** How long a mailed link works. */
export const EMAIL_TOKEN_LIFETIME_HOURS: Record<EmailTokenPurpose, number> = {
  verify_email: 72,
  reset_password: 1,
  change_email: 24,
};

/** One-time links sent by mail, kept only as SHA-256 hashes. */
@Injectable()
export class EmailTokensRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    userId: string,
    purpose: EmailTokenPurpose,
    tokenHash: Buffer,
    newEmail: string | null = null,
  ): Promise<void> {
    // Issued and judged on the database's clock, like sessions (see sessions.repository.ts).
    await this.dataSource.query(
      `INSERT INTO email_tokens (user_id, purpose, token_hash, new_email, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
      [userId, purpose, tokenHash, newEmail, EMAIL_TOKEN_LIFETIME_HOURS[purpose]],
    );
  }

  /**
   * Uses a token once: marks it used and returns whose it was, or null when it is unknown,
   * used, expired or belongs to a deleted account. The other open tokens of the same purpose
   * are used up too, so that an older link cannot undo what this one did.
   */
  async consume(
    tokenHash: Buffer,
    purpose: EmailTokenPurpose,
    manager: EntityManager,
  ): Promise<{ userId: string; newEmail: string | null } | null> {
    const rows = returnedRows<{ userId: string; newEmail: string | null }>(
      await manager.query(
        `UPDATE email_tokens t SET used_at = now()
         FROM users u
        WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL
          AND t.expires_at > now() AND u.id = t.user_id AND u.deleted_at IS NULL
        RETURNING t.user_id AS "userId", t.new_email AS "newEmail"`,
        [tokenHash, purpose],
      ),
    );
    const row = rows[0];
    if (!row) return null;
    await manager.query(
      `UPDATE email_tokens SET used_at = now()
        WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [row.userId, purpose],
    );
    return row;
  }
}
