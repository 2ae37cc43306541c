import type { EntityManager } from 'typeorm';
import { hashToken, newToken } from '../accounts/security/tokens';

/**
 * Makes the single-use link of a mail about to be written: a fresh random token whose SHA-256
 * is stored for the invitation; the token itself goes only into the mail. Called by the outbox
 * drain when it writes an invitation or reminder (a mail sent again after an interrupted
 * hand-over gets a new link; any of an invitation's links opens it, and the first answer closes
 * them all). Nothing to send for an invitation already answered or a questionnaire closed.
 */
export async function issueQuestionnaireLink(
  executor: Pick<EntityManager, 'query'>,
  invitationId: string,
  now: Date,
): Promise<{ token: string; closesAt: Date } | { skip: string }> {
  const [row]: { answered: boolean; closesAt: Date | null }[] = await executor.query(
    `SELECT i.answered, q.closes_at AS "closesAt"
       FROM questionnaire_invitations i JOIN questionnaires q ON q.course_id = i.course_id
      WHERE i.id = $1`,
    [invitationId],
  );
  if (!row) return { skip: 'invitation gone' };
  if (row.answered) return { skip: 'questionnaire answered' };
  if (!row.closesAt || new Date(row.closesAt) <= now) return { skip: 'questionnaire closed' };
  const token = newToken();
  await executor.query(
    `INSERT INTO questionnaire_links (token_hash, invitation_id, created_at) VALUES ($1, $2, $3)`,
    [hashToken(token), invitationId, now],
  );
  return { token, closesAt: new Date(row.closesAt) };
}
