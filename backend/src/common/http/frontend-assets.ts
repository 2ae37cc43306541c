import type { NestExpressApplication } from '@nestjs/platform-express';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Angular's output names carry a content hash: such files never change and may be kept. */
const HASHED_FILE = /-[A-Za-z0-9_-]{8}\.(js|css)(\.br|\.gz)?$/;

/** The copies frontend/scripts/precompress-assets.mjs writes beside each asset, best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
const ENCODED_COPY = /\.(br|gz)$/;

/**
 * What a page's first render needs beyond the initial scripts: its route's scripts and the API
 * requests it sends (frontend/scripts/page-preloads.mjs writes them at build time).
 */
export interface PagePreloads {
  scripts: string[];
  fetches: string[];
}

export interface FrontendBuild {
  root: string;
  indexHtml: string;
  /** By page path ('/', '/courses'); empty when the build wrote no list. */
  pages: Record<string, PagePreloads>;
}

/** What a page's own <head> needs to know of the request. */
export interface PageHeadRequest {
  path: string;
  acceptLanguage: string | undefined;
}

/**
 * A page whose HTML the server writes itself: its status, and the <title> and tags for its
 * <head> (null: the generic index.html, e.g. with 404 for a course that does not exist).
 */
export interface PageHead {
  status: number;
  head: { title: string; tags: string } | null;
}

/** Answers the pages it knows (a course page) and null for every other path. */
export type PageHeads = (request: PageHeadRequest) => Promise<PageHead | null>;

/** index.html with a page's own head (see opendata/course-page-head.ts). */
export type HeadWriter = (indexHtml: string, head: { title: string; tags: string }) => string;

/** The built Angular app, when FRONTEND_DIST holds one. */
export function findFrontendBuild(frontendDist: string): FrontendBuild | null {
  const root = resolve(frontendDist);
  const indexHtml = join(root, 'index.html');
  if (!existsSync(indexHtml)) return null;
  const preloads = join(root, '..', 'page-preloads.json');
  const pages = existsSync(preloads)
    ? (JSON.parse(readFileSync(preloads, 'utf8')) as Record<string, PagePreloads>)
    : {};
  return { root, indexHtml, pages };
}

/** Only our own paths go into the page: `/chunk-AB12cd34.js`, `/api/courses?sort=soonest`. */
const SAFE_URL = /^\/(?!\/)[A-Za-z0-9_\-./?=&]*$/;

/**
 * index.html for one page, naming before `</head>` what its first render will ask for: its
 * route's scripts (`modulepreload`) and its API requests (`preload` as fetch, without
 * credentials beyond the same origin's, as Angular's fetch sends them, so the browser reuses
 * the answer). The browser then downloads them alongside the initial scripts instead of one
 * round trip after another.
 */
export function withPreloads(indexHtml: string, page: PagePreloads | undefined): string {
  if (!page) return indexHtml;
  const links = [
    ...page.scripts
      .filter((url) => SAFE_URL.test(url))
      .map((url) => `<link rel="modulepreload" href="${url}">`),
    ...page.fetches
      .filter((url) => SAFE_URL.test(url))
      .map(
        (url) => `<link rel="preload" as="fetch" href="${url.replace(/&/g, '&amp;')}" crossorigin>`,
      ),
  ];
  return indexHtml.replace('</head>', `${links.join('')}</head>`);
}

/** CSP source expressions ('sha256-…') for each inline <script> of the page. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((match) => match[1])
    .filter((script) => script.trim() !== '')
    .map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
}

export function readInlineScriptHashes(build: FrontendBuild | null): string[] {
  return build ? inlineScriptHashes(readFileSync(build.indexHtml, 'utf8')) : [];
}

/**
 * Serves the built Angular app: hashed files for a year, index.html for every other page the
 * browser asks for (the Angular router decides), API paths never.
 */
export function serveFrontend(
  app: NestExpressApplication,
  build: FrontendBuild,
  pages?: { heads: PageHeads; write: HeadWriter; log?: (error: unknown) => void },
): void {
  // The build does not change while the app runs.
  const indexHtml = readFileSync(build.indexHtml, 'utf8');
  app.use(precompressedAssets(build.root));
  app.useStaticAssets(build.root, {
    index: false,
    setHeaders: (response, path) => {
      response.setHeader(
        'Cache-Control',
        HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      );
      const encoded = ENCODED_COPY.exec(path);
      if (encoded) {
        // The bytes are the original file's, encoded: its type, not "application/x-brotli".
        response.setHeader('Content-Encoding', encoded[1] === 'br' ? 'br' : 'gzip');
        response.type(extname(path.slice(0, -encoded[0].length)));
      }
    },
  });
  const preloaded = new Map(
    Object.entries(build.pages).map(([path, page]) => [path, withPreloads(indexHtml, page)]),
  );
  app.use(async (request: Request, response: Response, next: NextFunction) => {
    const wantsPage = request.method === 'GET' && request.accepts(['html', 'json']) === 'html';
    if (!wantsPage || request.path === '/api' || request.path.startsWith('/api/')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    const page = pages ? await ownHead(pages, request) : null;
    if (!page) {
      // A query string (a filtered catalogue) asks for other data than the page's list names.
      const plain = !request.originalUrl.includes('?');
      return response.type('html').send((plain && preloaded.get(request.path)) || indexHtml);
    }
    // The head follows Accept-Language.
    response.vary('Accept-Language');
    response.status(page.status).type('html');
    response.send(page.head && pages ? pages.write(indexHtml, page.head) : indexHtml);
  });
}

/** The page's own head; on any failure (the database away) the generic page, never a 500. */
async function ownHead(
  pages: { heads: PageHeads; log?: (error: unknown) => void },
  request: Request,
): Promise<PageHead | null> {
  try {
    return await pages.heads({
      path: request.path,
      acceptLanguage: request.header('accept-language'),
    });
  } catch (error) {
    pages.log?.(error);
    return null;
  }
}

/**
 * Points a GET of an asset at its precompressed copy when the browser accepts that encoding
 * (brotli before gzip, whatever order the browser lists them in); the static server then sends
 * the copy with the headers set above. Every asset that has copies is answered with
 * `Vary: Accept-Encoding`, whichever bytes it gets. The build does not change while the app
 * runs: its copies are listed once.
 */
function precompressedAssets(root: string) {
  const copies = new Map<string, (typeof ENCODINGS)[number][]>();
  for (const path of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const encoding = ENCODINGS.find((candidate) => path.endsWith(candidate.suffix));
    if (!encoding) continue;
    const urlPath = '/' + path.slice(0, -encoding.suffix.length).split(sep).join('/');
    copies.set(urlPath, [...(copies.get(urlPath) ?? []), encoding]);
  }
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const available = copies.get(request.path);
    if (!available) return next();
    response.vary('Accept-Encoding');
    const chosen = ENCODINGS.find(
      (encoding) =>
        available.includes(encoding) && request.acceptsEncodings(encoding.name) === encoding.name,
    );
    if (chosen) request.url = request.path + chosen.suffix + request.url.slice(request.path.length);
    next();
  };
}
