import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from './openapi-app';
import { stableJson } from './openapi-document';

/** Writes backend/openapi.json (run from the repository root: `npm run openapi`). */
async function main() {
  const target = process.argv[2] ?? 'backend/openapi.json';
  writeFileSync(target, stableJson(await buildOpenApiDocument()));
  process.stdout.write(`OpenAPI document written to ${target}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
