import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { linksIn, type OutboxEntry } from './mail-message';

/**
 * The development outbox: without SMTP_URL, every mail is written to `<DATA_DIR>/outbox/` as an
 * .eml file (open it in any mail program) beside a .json summary that `GET /api/dev/outbox`
 * serves. File names start with the time, so a directory listing is in sending order.
 */
export class DevOutbox {
  constructor(readonly folder: string) {}

  async save(raw: Buffer, mail: { to: string; subject: string; text: string }): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    // Real time, not the Clock: file names sort in sending order even when a test stops time.
    const sentAt = new Date();
    const id = `${sentAt.toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
    const entry: OutboxEntry = {
      id,
      ...mail,
      sentAt: sentAt.toISOString(),
      links: linksIn(mail.text),
    };
    await writeFile(join(this.folder, `${id}.eml`), raw);
    await writeFile(join(this.folder, `${id}.json`), JSON.stringify(entry, null, 2));
  }

  /** Mails to one address (or all), newest first. */
  async list(to?: string, limit = 50): Promise<OutboxEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const wanted = to?.trim().toLowerCase();
    const entries: OutboxEntry[] = [];
    for (const name of names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .reverse()) {
      const entry = JSON.parse(await readFile(join(this.folder, name), 'utf8')) as OutboxEntry;
      if (!wanted || entry.to.toLowerCase() === wanted) entries.push(entry);
      if (entries.length >= limit) break;
    }
    return entries;
  }
}
