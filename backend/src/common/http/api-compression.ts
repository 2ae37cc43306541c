import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';
import { constants } from 'node:zlib';

/** Responses smaller than this go as they are: compressing them saves less than it costs. */
export const API_COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Brotli's quality for answers compressed per request. Measured on a catalogue page of 20
 * different demo courses (25 kB of JSON; issue 16, one busy 2-core machine): quality 4 (the
 * library's default) 1.30 ms for 6,531 bytes, quality 2 0.30 ms for 6,892 bytes, gzip level 6
 * 0.48 ms for 6,520 bytes. A millisecond of every API request for 5 % fewer bytes was the wrong
 * trade; the built frontend keeps its quality-11 copies, made once at build time.
 */
export const API_BROTLI_QUALITY = 2;

/**
 * Compresses the API's answers above 1 kB on the fly (brotli at quality 2 when the client
 * accepts it, else gzip; `Vary: Accept-Encoding`), leaving Cache-Control as each handler set it.
 * Calendar files and the private calendar feed go uncompressed: calendar apps are the clients
 * there, and some handle encodings badly. The built frontend is not compressed here: it has
 * its copies compressed at build time (frontend-assets.ts).
 */
export function apiCompression(): RequestHandler {
  return compression({
    threshold: API_COMPRESSION_THRESHOLD_BYTES,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: API_BROTLI_QUALITY } },
    filter: (request: Request, response: Response) => {
      const path = request.originalUrl.split('?')[0] ?? '';
      if (!path.startsWith('/api/')) return false;
      if (path.startsWith('/api/calendar-feeds/') || path.endsWith('.ics')) return false;
      return compression.filter(request, response);
    },
  });
}
