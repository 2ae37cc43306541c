import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../database/embedded-postgres';

/** The postmaster of the server whose data folder is `dataDir`, and every backend it started. */
export async function postgresProcessIds(dataDir: string): Promise<number[]> {
  const pidFile = await readFile(join(dataDir, 'postmaster.pid'), 'utf8');
  const postmaster = Number(pidFile.split('\n')[0]);
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid …; comm may contain spaces, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === postmaster) children.push(Number(entry));
  }
  return [postmaster, ...children];
}

/**
 * A throwaway embedded PostgreSQL of one test file (not the shared one of globalSetup), for tests
 * that freeze, kill or restart the server under the application.
 */
export class OwnPostgres {
  private constructor(private readonly server: EmbeddedDatabase) {}

  static async start(): Promise<OwnPostgres> {
    return new OwnPostgres(await startEmbeddedPostgres({ dataDir: '', ephemeral: true }));
  }

  /** The URL of its maintenance database, as createTestApp's `serverUrl`. */
  get serverUrl(): string {
    const url = new URL(this.server.url);
    url.pathname = '/postgres';
    return url.toString();
  }

  /** The postmaster and every backend it started. */
  processIds(): Promise<number[]> {
    return postgresProcessIds(this.server.databaseDir);
  }

  /** SIGSTOP to the whole server: connections stay open, nothing answers. */
  async freeze(): Promise<void> {
    for (const pid of await this.processIds()) process.kill(pid, 'SIGSTOP');
  }

  async thaw(): Promise<void> {
    for (const pid of await this.processIds()) process.kill(pid, 'SIGCONT');
  }

  /** A database outage: fast shutdown (every connection is cut), data and port kept. */
  async halt(): Promise<void> {
    await this.server.halt();
  }

  async startAgain(): Promise<void> {
    await this.server.startAgain();
  }

  async stop(): Promise<void> {
    await this.thaw().catch(() => undefined);
    await this.server.stop();
  }
}
