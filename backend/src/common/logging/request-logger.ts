import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

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
        path: request.path,
        status: response.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
      };
      if (response.statusCode >= 500) logger.error(entry);
      else logger.log(entry);
    });
    next();
  };
}
