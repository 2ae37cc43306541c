// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every text asset of
// the built Angular app larger than 1 kB, so that the backend serves them compressed without
// compressing on each request (backend/src/common/http/frontend-assets.ts picks the copy by
// Accept-Encoding). Run by frontend:build. Usage: node frontend/scripts/precompress-assets.mjs dist/frontend/browser
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const MIN_BYTES = 1024;
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|xml|webmanifest|map)$/;

const [root] = process.argv.slice(2);
if (!root) throw new Error('usage: precompress-assets.mjs <built app folder>');
let written = 0;
for (const path of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
  const file = join(root, path);
  if (!COMPRESSIBLE.test(path) || !statSync(file).isFile()) continue;
  const content = readFileSync(file);
  if (content.length < MIN_BYTES) continue;
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  );
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  written += 1;
}
console.log(`precompress-assets: .br and .gz beside ${written} files of ${root}`);
