import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { MIGRATIONS } from '../data-source-options';
import { MIGRATION_CHECKSUMS, SQL_FILE_CHECKSUMS } from './migration-checksums';

/**
 * Migrations are history: once committed, a migration never changes (a database that ran it
 * would keep the old version). Each committed migration's SHA-256 is listed in
 * migration-checksums.ts; a new migration adds its line there, and nothing else ever changes it.
 */
const MIGRATION_FILE = /^\d{13}-[a-z0-9-]+\.ts$/;

const files = readdirSync(__dirname)
  .filter((name) => MIGRATION_FILE.test(name))
  .sort();

const sha256 = (name: string, folder = __dirname) =>
  createHash('sha256')
    .update(readFileSync(join(folder, name)))
    .digest('hex');

/** Versioned SQL files that migrations read (database/sql-files.ts), by path from backend/src. */
const SOURCE_ROOT = join(__dirname, '..', '..');
const SQL_FILE = /\.v\d+\.sql$/;
const sqlFiles = readdirSync(SOURCE_ROOT, { recursive: true, encoding: 'utf8' })
  .filter((path) => SQL_FILE.test(path))
  .map((path) => path.split(sep).join('/'))
  .sort();

describe('migration history', () => {
  it.each(files)('%s is unchanged since it was committed', (name) => {
    const listed = MIGRATION_CHECKSUMS[name];
    if (listed === undefined) {
      throw new Error(`${name} is new: add "${name}": '${sha256(name)}' to migration-checksums.ts`);
    }
    expect([name, sha256(name)]).toEqual([name, listed]);
  });

  it.each(sqlFiles)('%s is unchanged since it was committed', (path) => {
    const listed = SQL_FILE_CHECKSUMS[path];
    if (listed === undefined) {
      throw new Error(
        `${path} is new: add "${path}": '${sha256(path, SOURCE_ROOT)}' to SQL_FILE_CHECKSUMS in migration-checksums.ts`,
      );
    }
    expect([path, sha256(path, SOURCE_ROOT)]).toEqual([path, listed]);
  });

  it('lists no SQL file that is gone', () => {
    expect(sqlFiles.length).toBeGreaterThan(0);
    expect(Object.keys(SQL_FILE_CHECKSUMS).filter((path) => !sqlFiles.includes(path))).toEqual([]);
  });

  it('lists no migration that is gone', () => {
    expect(Object.keys(MIGRATION_CHECKSUMS).filter((name) => !files.includes(name))).toEqual([]);
  });

  it('runs every migration file, in the order of its timestamp', () => {
    const timestamps = files.map((name) => Number(name.slice(0, 13)));
    expect(MIGRATIONS.map((migration) => Number(/\d{13}$/.exec(migration.name)![0]))).toEqual(
      timestamps,
    );
  });
});
