import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/** A public document that anyone may fetch and cache: a dataset file or a calendar feed. */
export interface PublicDocument {
  body: string;
  contentType: string;
  /** When its content last changed (HTTP keeps whole seconds). */
  lastModified: Date;
  /** How long shared caches and clients may reuse it without asking again. */
  maxAgeSeconds: number;
  /** Content-Disposition, when the document has a file name. */
  disposition?: string;
}

/**
 * A weak validator for the body's bytes: weak because the API may send them compressed, and the
 * content stays the same either way (RFC 9110 §8.8.3).
 */
export function entityTag(body: string): string {
  return `W/"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
}

/**
 * Whether the client's copy is still current (RFC 9110 §13.1): If-None-Match when sent (weak
 * comparison, `*` matches), else If-Modified-Since at or after the last change, to the second.
 */
export function notModified(
  headers: { ifNoneMatch?: string; ifModifiedSince?: string },
  etag: string,
  lastModified: Date,
): boolean {
  if (headers.ifNoneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return headers.ifNoneMatch
      .split(',')
      .some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
  }
  if (headers.ifModifiedSince === undefined) return false;
  const since = Date.parse(headers.ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/**
 * Sends a public document with its validators (ETag, Last-Modified) and caching headers, or
 * 304 Not Modified without a body when the client's copy is current. Open data may be read from
 * any site: `Access-Control-Allow-Origin: *` (no credentials are ever involved).
 */
export function sendPublicDocument(
  request: Request,
  response: Response,
  document: PublicDocument,
): void {
  const etag = entityTag(document.body);
  response.setHeader('Cache-Control', `public, max-age=${document.maxAgeSeconds}`);
  response.setHeader('Last-Modified', document.lastModified.toUTCString());
  response.setHeader('ETag', etag);
  response.setHeader('Access-Control-Allow-Origin', '*');
  const fresh = notModified(
    {
      ifNoneMatch: request.header('if-none-match'),
      ifModifiedSince: request.header('if-modified-since'),
    },
    etag,
    document.lastModified,
  );
  if (fresh) {
    response.status(304).end();
    return;
  }
  response.setHeader('Content-Type', document.contentType);
  if (document.disposition) response.setHeader('Content-Disposition', document.disposition);
  response.status(200).send(document.body);
}
