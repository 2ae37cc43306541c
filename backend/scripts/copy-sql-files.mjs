// Copies every .sql file of backend/src (the versioned PL/pgSQL that migrations read, see
// backend/src/database/sql-files.ts) and the demo's pictures (.webp, backend/src/demo/pictures)
// into a compiled tree, at the same path: tsc copies only what it compiles.
// Usage: node backend/scripts/copy-sql-files.mjs dist/backend
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [target] = process.argv.slice(2);
if (!target) throw new Error('usage: copy-sql-files.mjs <compiled backend/src root>');
const source = 'backend/src';
for (const path of readdirSync(source, { recursive: true, encoding: 'utf8' })) {
  if (path.endsWith('.sql') || path.endsWith('.webp'))
    cpSync(join(source, path), join(target, path));
}
