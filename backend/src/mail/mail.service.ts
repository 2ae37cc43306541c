import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import { DevOutbox } from './dev-outbox';
import type { MailMessage } from './mail-message';

/**
 * Sends mail: over SMTP when SMTP_URL is set, otherwise into the development outbox.
 *
 * Two ways in:
 * - `send` / `sendInBackground` (account mails: verification, email change, password reset):
 *   these carry secrets (a token in a link) that must never be stored, so they are sent directly
 *   and a failure never fails the request that caused it — it is logged (without the address or
 *   the content) and the person asks for the mail again.
 * - `deliver` (the notification outbox drain, notifications/): rejects when the mail could not be
 *   handed over, so that the drain keeps the notification and tries again later.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private readonly outbox: DevOutbox | null;
  private readonly pending = new Set<Promise<void>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.smtpUrl) {
      this.outbox = null;
      this.transport = createTransport({
        url: config.smtpUrl,
        // A hanging mail server must not hold a request (or a shutdown) for minutes.
        connectionTimeout: 5_000,
        greetingTimeout: 5_000,
        socketTimeout: 10_000,
      });
    } else {
      this.outbox = new DevOutbox(join(config.dataDir, 'outbox'));
      this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
  }

  /** The development outbox, or null when mail goes out over SMTP. */
  get devOutbox(): DevOutbox | null {
    return this.outbox;
  }

  /**
   * Sends now; resolves once the mail is handed over (or its failure logged). The message may
   * be composed lazily (a function), so that looking up its recipient's details happens off the
   * request's clock too.
   */
  async send(message: MailMessage | (() => Promise<MailMessage>), kind: string): Promise<void> {
    try {
      await this.deliver(typeof message === 'function' ? await message() : message, kind);
    } catch (error) {
      // The kind of mail and the transport's error code only: never the address or the text.
      const code = (error as { code?: unknown }).code;
      this.logger.error({ msg: 'mail could not be sent', kind, code: String(code ?? 'unknown') });
    }
  }

  /**
   * Hands the mail to the SMTP server (or the development outbox); rejects when that fails, with
   * the transport's error (its `code`, such as ECONNREFUSED, says why).
   */
  async deliver(mail: MailMessage, kind: string): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      ...(mail.messageId ? { messageId: mail.messageId } : {}),
    });
    if (this.outbox) {
      await this.outbox.save((info as { message: Buffer }).message, mail);
      this.logger.log({ msg: 'mail written to the development outbox', kind });
    } else {
      this.logger.log({ msg: 'mail sent', kind });
    }
  }

  /**
   * Sends without making the caller wait: used where waiting would let response times reveal
   * whether an address is registered (sign-up, resend, password reset).
   */
  sendInBackground(message: MailMessage | (() => Promise<MailMessage>), kind: string): void {
    const sending = this.send(message, kind).finally(() => this.pending.delete(sending));
    this.pending.add(sending);
  }

  /** Resolves when every background mail has been handed over (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.idle();
    this.transport.close();
  }
}
