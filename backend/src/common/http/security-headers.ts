import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of the Angular app: everything from our own origin. Inline styles
 * are allowed because Angular and Angular Material set style attributes at run time. Inline
 * scripts are not, except the exact ones in the built index.html, allowed by their hash (the
 * Angular build adds one that switches the deferred stylesheet on).
 */
function appDirectives(inlineScriptHashes: string[]) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", ...inlineScriptHashes],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: null,
  };
}

const DOCS_PATH = '/api/docs';

/** helmet's headers everywhere; Swagger UI (its own pages only) may run its inline script. */
export function securityHeaders(inlineScriptHashes: string[] = []) {
  const directives = appDirectives(inlineScriptHashes);
  const forApp = helmet({ contentSecurityPolicy: { directives } });
  const forDocs = helmet({
    contentSecurityPolicy: {
      directives: { ...directives, scriptSrc: ["'self'", "'unsafe-inline'"] },
    },
  });
  return (request: Request, response: Response, next: NextFunction) =>
    request.path === DOCS_PATH || request.path.startsWith(`${DOCS_PATH}/`)
      ? forDocs(request, response, next)
      : forApp(request, response, next);
}
