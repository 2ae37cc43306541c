import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { CalendarFeed } from '../../bookings/calendar-export/calendar-feed.entity';
import { SessionsRepository } from '../authentication/sessions.repository';
import { EmailToken } from '../email-token.entity';

/**
 * The one place that knows every token that reaches into an account: sessions (cookies), mailed
 * links (verification, password reset, email change) and the private calendar feed. A password
 * reset or change, a verification, logging out everywhere and an account deletion call it, so
 * that nothing handed out before the event still opens (or reads) the account after it.
 */
@Injectable()
export class AccountTokensRepository {
  constructor(private readonly sessions: SessionsRepository) {}

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
    await this.sessions.revokeAllFor(manager, userId, keepSessionId);
    await this.endMailedLinks(manager, userId);
    await manager.delete(CalendarFeed, { userId });
  }

  /** Uses up every mailed link of the person that is still open, whatever its purpose. */
  async endMailedLinks(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(EmailToken, { userId, usedAt: IsNull() }, { usedAt: () => 'now()' });
  }
}
