// Lists, for the pages most visits start on, what their first render needs beyond the initial
// scripts, so that the server can name it in index.html (<link rel="modulepreload"> and
// <link rel="preload" as="fetch">) and the browser fetches it alongside the initial scripts,
// instead of discovering it only once they have run. Reads the build's esbuild metafile
// (browser-stats.json, `statsJson` in frontend:build-app) and writes page-preloads.json next to
// it, outside the served folder; backend/src/common/http/frontend-assets.ts reads it.
// Run by frontend:build. Usage: node frontend/scripts/page-preloads.mjs dist/frontend
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Each page: the module its route loads (see app.routes.ts), what the route loads beside it
 * (`alsoLoads`: the pages' Japanese messages and icons, for every page but the home page) and the API
 * requests its first render sends, exactly as the page sends them (first-load-pages.spec.ts
 * checks them against the pages). Only the address without a query string is preloaded: a
 * filtered catalogue asks for other data.
 */
const PAGES = JSON.parse(
  readFileSync(new URL('../src/app/first-load-pages.json', import.meta.url), 'utf8'),
);

function main() {
  const [dist] = process.argv.slice(2);
  if (!dist) throw new Error('usage: page-preloads.mjs <frontend dist folder>');
  const { outputs } = JSON.parse(readFileSync(join(dist, 'browser-stats.json'), 'utf8'));
  const staticImports = (output) =>
    (outputs[output].imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => i.path);
  const closure = (start, into = new Set()) => {
    if (into.has(start)) return into;
    into.add(start);
    for (const next of staticImports(start)) closure(next, into);
    return into;
  };
  const entryOf = (module) => {
    const found = Object.keys(outputs).find((output) => outputs[output].entryPoint === module);
    if (!found) throw new Error(`page-preloads: no chunk is built from ${module}`);
    return found;
  };
  const initial = closure(entryOf('frontend/src/main.ts'));
  const url = (output) => '/' + output.split('/').pop();
  const pages = {};
  for (const [path, page] of Object.entries(PAGES)) {
    const chunks = new Set();
    for (const module of [page.module, ...(page.alsoLoads ?? [])]) closure(entryOf(module), chunks);
    const scripts = [...chunks].filter((output) => !initial.has(output));
    pages[path] = { scripts: scripts.map(url), fetches: page.fetches };
  }
  writeFileSync(join(dist, 'page-preloads.json'), JSON.stringify(pages, null, 2) + '\n');
  for (const [path, page] of Object.entries(pages)) {
    console.log(
      `page-preloads: ${path} ${page.scripts.length} scripts, ${page.fetches.length} requests`,
    );
  }
}

main();
