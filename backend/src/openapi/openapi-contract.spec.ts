import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApiDocument } from './openapi-app';
import { stableJson } from './openapi-document';

describe('the committed API contract', () => {
  it('matches the API as built (if not: npm run openapi, then commit)', async () => {
    const committed = readFileSync(join(__dirname, '../../openapi.json'), 'utf8');
    expect(stableJson(await buildOpenApiDocument())).toBe(committed);
  });

  it('is the contract the frontend types were generated from', () => {
    const root = join(__dirname, '../../..');
    const output = join(mkdtempSync(join(tmpdir(), 'tsumugu-openapi-')), 'openapi.d.ts');
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/openapi-typescript/bin/cli.js'),
        'backend/openapi.json',
        '-o',
        output,
      ],
      { cwd: root, stdio: 'pipe' },
    );
    const committed = readFileSync(join(root, 'frontend/src/app/api/openapi.d.ts'), 'utf8');
    expect(readFileSync(output, 'utf8')).toBe(committed);
  });
});
