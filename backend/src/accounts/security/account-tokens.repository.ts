import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The one place that knows every token that reaches into an account: sessions (cookies), mailed
 * links (verification, password reset, email change) and the private calendar feed. A password
 * reset or change, a verification, logging out everywhere and an account deletion call it, so
 * that nothing handed out before the event still opens (or reads) the account after it.
 */
@Injectable()
export class AccountTokensRepository {
  /**
   * Revokes the person's sessions (except `keepSessionId`, the browser that acted), uses up
   * every mailed link that is still open and deletes the calendar feed, whose URL then answers
   * 404 like an unknown one.
   */
  async endAll(
    manager: EntityManager,
    userId: string,
    keepSessionId: string | null = null,
  ): Promise<void> {
    await manager.query(
      `UPDATE user_sessions SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`,
      [userId, keepSessionId],
    );
    await this.endMailedLinks(manager, userId);
    await manager.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [userId]);
  }

  /** Uses up every mailed link of the person that is still open, whatever its purpose. */
  async endMailedLinks(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE email_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
  }
}
