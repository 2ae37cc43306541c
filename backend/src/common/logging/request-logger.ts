import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * Paths that hold a secret (a private calendar feed's token, a questionnaire link's token) are
 * logged without it.
 */
const SECRET_PATHS = /^(\/api\/(?:calendar-feeds|questionnaire-links)\/)[^/]+(\/answers)?$/;

/** The path as it may be logged. */
export function loggablePath(path: string): string {
  return path.replace(SECRET_PATHS, '$1:token$2');
}

/**
 * One log line per API request: method, path without its query string (queries can hold what a
 * person typed), status and duration. Never headers, cookies or bodies.
 */
export function requestLogger() {
  const logger = new Logger('Http');
  return (request: Request, response: Response, next: NextFunction) => {
    if (!request.path.startsWith('/api')) return next();
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const entry = {
        msg: 'request',
        method: request.method,
        path: loggablePath(request.path),
        status: response.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
      };
      if (response.statusCode >= 500) logger.error(entry);
      else logger.log(entry);
    });
    next();
  };
}
