import type { NestExpressApplication } from '@nestjs/platform-express';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Angular's output names carry a content hash: such files never change and may be kept. */
const HASHED_FILE = /-[A-Za-z0-9_-]{8}\.(js|css)$/;

export interface FrontendBuild {
  root: string;
  indexHtml: string;
}

/** The built Angular app, when FRONTEND_DIST holds one. */
export function findFrontendBuild(frontendDist: string): FrontendBuild | null {
  const root = resolve(frontendDist);
  const indexHtml = join(root, 'index.html');
  return existsSync(indexHtml) ? { root, indexHtml } : null;
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
export function serveFrontend(app: NestExpressApplication, build: FrontendBuild): void {
  app.useStaticAssets(build.root, {
    index: false,
    setHeaders: (response, path) => {
      response.setHeader(
        'Cache-Control',
        HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      );
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const wantsPage = request.method === 'GET' && request.accepts(['html', 'json']) === 'html';
    if (!wantsPage || request.path === '/api' || request.path.startsWith('/api/')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(build.indexHtml);
  });
}
