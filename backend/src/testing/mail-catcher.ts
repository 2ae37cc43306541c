import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  links: string[];
  /** The Message-ID header as sent, with its angle brackets. */
  messageId: string;
}

/**
 * A real SMTP server inside the test process: the app sends over SMTP_URL exactly as in
 * production, and tests read what arrived (parsed, so encodings are really exercised).
 */
export class MailCatcher {
  readonly mails: CaughtMail[] = [];
  /**
   * Called with each mail once it has arrived (and is counted in `mails`), before the server
   * answers 250: the answer waits for the promise. A test holds mails "mid-hand-over" with it.
   */
  beforeAccepting: ((mail: CaughtMail) => Promise<void>) | null = null;
  private server: SMTPServer | null = null;
  port = 0;

  /** Listens on `port` (any free one by default); resolves with the SMTP_URL to give the app. */
  async start(port = 0): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            const text = parsed.text ?? '';
            const to = [parsed.to ?? []]
              .flat()
              .flatMap((address) => address.value.map((entry) => entry.address ?? ''));
            const mail: CaughtMail = {
              to,
              subject: parsed.subject ?? '',
              text,
              html: typeof parsed.html === 'string' ? parsed.html : '',
              links: [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])],
              messageId: parsed.messageId ?? '',
            };
            this.mails.push(mail);
            return this.beforeAccepting?.(mail);
          })
          .then(() => callback())
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  /**
   * Waits until a mail to the address (with the subject fragment, when given) has arrived;
   * `since` (a former `count`) ignores the mails that had arrived before. A mail leaves within
   * a second or two; the generous limit is for a machine busy with the whole suite.
   */
  async waitFor(
    to: string,
    subjectContains = '',
    { since = 0, timeoutMs = 20_000 }: { since?: number; timeoutMs?: number } = {},
  ): Promise<CaughtMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mail = this.mails
        .slice(since)
        .reverse()
        .find((m) => m.to.includes(to) && m.subject.includes(subjectContains));
      if (mail) return mail;
      if (Date.now() > deadline) throw new Error(`no mail to ${to} (${subjectContains})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** How many mails have arrived so far (for `waitFor(…, { since })`). */
  get count(): number {
    return this.mails.length;
  }

  mailsTo(to: string): CaughtMail[] {
    return this.mails.filter((mail) => mail.to.includes(to));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(resolve) : resolve()));
  }
}

/** The token in a link such as http://localhost:3000/verify-email?token=… */
export function tokenFrom(link: string): string {
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}
