import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { linksIn, type OutboxEntry } from './mail-message';

/** Written first, renamed into place: the listing never sees half a file. */
const TEMPORARY_SUFFIX = '.tmp';

/**
 * The development outbox: without SMTP_URL, every mail is written to `<DATA_DIR>/outbox/` as an
 * .eml file (open it in any mail program) beside a .json summary that `GET /api/dev/outbox`
 * serves. File names start with the time, so a directory listing is in sending order.
 *
 * Each file is written to a temporary name in the same folder and then renamed (atomic on one
 * file system), the .json last: a crash mid-write leaves at most a stray `.tmp` file, never a
 * truncated mail. The listing still skips a summary it cannot read (one left by an older
 * version, or edited by hand) and logs its file name, never its content.
 */
export class DevOutbox {
  private readonly logger = new Logger('DevOutbox');

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
    await this.writeAtomically(`${id}.eml`, raw);
    await this.writeAtomically(`${id}.json`, JSON.stringify(entry, null, 2));
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
      const entry = await this.read(name);
      if (!entry) continue;
      if (!wanted || entry.to.toLowerCase() === wanted) entries.push(entry);
      if (entries.length >= limit) break;
    }
    return entries;
  }

  private async writeAtomically(name: string, data: Buffer | string): Promise<void> {
    const temporary = join(this.folder, `.${name}.${randomUUID().slice(0, 8)}${TEMPORARY_SUFFIX}`);
    try {
      await writeFile(temporary, data);
      await rename(temporary, join(this.folder, name));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** One summary, or null (logged by file name only) when it is not a readable entry. */
  private async read(name: string): Promise<OutboxEntry | null> {
    try {
      const entry = JSON.parse(await readFile(join(this.folder, name), 'utf8')) as OutboxEntry;
      if (typeof entry?.to === 'string' && typeof entry.subject === 'string') return entry;
      this.logger.warn({
        msg: 'development outbox: skipped a file that is not a mail',
        file: name,
      });
    } catch (error) {
      this.logger.warn({
        msg: 'development outbox: skipped a file it cannot read',
        file: name,
        error:
          error instanceof SyntaxError
            ? 'not valid JSON'
            : String((error as { code?: unknown }).code ?? 'unknown'),
      });
    }
    return null;
  }
}
