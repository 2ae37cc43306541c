import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { returnedRows } from '../database/sql/returned-rows';
import { EmailToken, type EmailTokenPurpose } from './email-token.entity';

/** Whose a consumed token was, and the address it confirms (an email change's). */
export type ConsumedEmailToken = Pick<EmailToken, 'userId' | 'newEmail'>;

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
    const hours = EMAIL_TOKEN_LIFETIME_HOURS[purpose];
    await this.dataSource.getRepository(EmailToken).insert({
      userId,
      purpose,
      tokenHash,
      newEmail,
      expiresAt: () => `now() + make_interval(hours => ${hours})`,
    });
  }

  /**
   * Uses a token once: marks it used and returns whose it was, or null when it is unknown,
   * used, expired or belongs to a deleted account. The other open tokens of the same purpose
   * are used up too, so that an older link cannot undo what this one did. SQL for the first
   * step: checking and using the token is one statement, so a link works once however many
   * times it is opened at once.
   */
  async consume(
    tokenHash: Buffer,
    purpose: EmailTokenPurpose,
    manager: EntityManager,
  ): Promise<ConsumedEmailToken | null> {
    const rows = returnedRows<ConsumedEmailToken>(
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
    await manager.update(
      EmailToken,
      { userId: row.userId, purpose, usedAt: IsNull() },
      { usedAt: () => 'now()' },
    );
    return row;
  }
}
