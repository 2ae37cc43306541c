/** A mail as the features compose it: already in the recipient's language. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * The Message-ID header, `<id@host>`, when the sender needs a stable one (a notification, the
   * same on every attempt); otherwise the transport makes one up.
   */
  messageId?: string;
}

/** What the development outbox keeps of a mail, and what `GET /api/dev/outbox` returns. */
export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  text: string;
  sentAt: string;
  links: string[];
}

/** Every http(s) link in a text, in order, without duplicates. */
export function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])];
}
