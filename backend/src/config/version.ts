import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function readVersion(): string {
  // The package.json at the repository root (also copied into the Docker image).
  for (const candidate of [
    join(process.cwd(), 'package.json'),
    join(__dirname, '../../../package.json'),
  ]) {
    try {
      return (JSON.parse(readFileSync(candidate, 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

export const APP_VERSION = readVersion();
