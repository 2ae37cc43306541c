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
  const compiledRoot = join(__dirname, '..');
  const candidates = [join(compiledRoot, path)];
  for (let folder = compiledRoot; ; folder = dirname(folder)) {
    candidates.push(join(folder, 'backend', 'src', path));
    if (dirname(folder) === folder) break;
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`SQL file ${path} not found (looked in ${candidates.join(', ')})`);
  return readFileSync(found, 'utf8');
}
