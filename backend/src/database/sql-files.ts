import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Versioned SQL files (PL/pgSQL function bodies kept beside their feature, e.g.
 * `bookings/ledger/sql/take-seats.v1.sql`), read by the migration that applies them. Such a file
 * is history like the migration itself: migration-history.spec.ts holds its SHA-256, and a
 * change is a new `.v2.sql` file applied by a new migration.
 *
 * `path` is relative to `backend/src`. The file is looked for beside the compiled code first
 * (the build copies every `.sql` file into dist/backend), then in the source tree of the
 * workspace (tests, benchmarks and the test builds run from it).
 */
export function readSqlFile(path: string): string {
  return readFileSync(sourceFilePath(path), 'utf8');
}

/**
 * Where a file of `backend/src` that the build copies beside the compiled code (copy-sql-files.mjs:
 * `.sql`, and the demo's `.webp` pictures) is found at run time: beside the compiled code first,
 * then in the workspace's source tree.
 */
export function sourceFilePath(path: string): string {
  const compiledRoot = join(__dirname, '..');
  const candidates = [join(compiledRoot, path)];
  for (let folder = compiledRoot; ; folder = dirname(folder)) {
    candidates.push(join(folder, 'backend', 'src', path));
    if (dirname(folder) === folder) break;
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`File ${path} not found (looked in ${candidates.join(', ')})`);
  return found;
}
