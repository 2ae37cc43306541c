import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/** Responses smaller than this go as they are: compressing them saves less than it costs. */
export const API_COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Compresses the API's answers above 1 kB on the fly (brotli at quality 4 when the client
 * accepts it, else gzip; `Vary: Accept-Encoding`), leaving Cache-Control as each handler set it.
 * Calendar files and the private calendar feed go uncompressed: calendar apps are the clients
 * there, and some handle encodings badly. The built frontend is not compressed here: it has
 * its copies compressed at build time (frontend-assets.ts).
 */
export function apiCompression(): RequestHandler {
  return compression({
    threshold: API_COMPRESSION_THRESHOLD_BYTES,
    filter: (request: Request, response: Response) => {
      const path = request.originalUrl.split('?')[0] ?? '';
      if (!path.startsWith('/api/')) return false;
      if (path.startsWith('/api/calendar-feeds/') || path.endsWith('.ics')) return false;
      return compression.filter(request, response);
    },
  });
}
