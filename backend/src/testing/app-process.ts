import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const BACKEND_SRC = join(__dirname, '..');
const WORKSPACE = join(BACKEND_SRC, '../..');

/**
 * The application as `npm start` runs it (backend/src/main.ts, as JavaScript, in a process of
 * its own), built for a test in a couple of seconds: each file of the app is transpiled alone
 * (ts.transpileModule, as ts-jest does for the integration tests), without the type check that
 * `tsc -p backend/tsconfig.app.json` adds (that is the typecheck target's job) and that takes
 * 20 s on the 2-core machine. Written under tmp/ so that node_modules resolves; `remove()` it.
 */
export async function buildAppForTests(): Promise<{ mainJs: string; remove(): Promise<void> }> {
  const outDir = join(WORKSPACE, 'tmp', `backend-process-${randomBytes(4).toString('hex')}`);
  const sources = (await readdir(BACKEND_SRC, { recursive: true })).filter(
    (file) =>
      file.endsWith('.ts') &&
      !file.endsWith('.d.ts') &&
      !/\.(spec|integration)\.ts$/.test(file) &&
      !file.startsWith('testing'),
  );
  await Promise.all(
    sources.map(async (file) => {
      const source = await readFile(join(BACKEND_SRC, file), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        fileName: file,
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2023,
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          esModuleInterop: true,
        },
      });
      const target = join(outDir, file.replace(/\.ts$/, '.js'));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, outputText);
    }),
  );
  return {
    mainJs: join(outDir, 'main.js'),
    remove: () => rm(outDir, { recursive: true, force: true }),
  };
}

export interface AppProcess {
  process: ChildProcess;
  baseUrl: string;
  /** Everything it wrote to stdout and stderr so far (JSON log lines and people's text). */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once it has exited. */
  exited: Promise<number | string>;
}

/** Starts `node <mainJs>` with the given environment and waits until /api/health/ready is 200. */
export async function startAppProcess(
  mainJs: string,
  env: Record<string, string>,
  port: number,
): Promise<AppProcess> {
  const child = spawn(process.execPath, [mainJs], {
    cwd: WORKSPACE,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) {
      throw new Error(`the app exited with ${child.exitCode}:\n${output}`);
    }
    const ready = await fetch(`${baseUrl}/api/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { process: child, baseUrl, output: () => output, exited };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the app was not ready within 30 s:\n${output}`);
}
