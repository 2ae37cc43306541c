import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailableReason } from './database-unavailable';
import { DomainError } from './domain-error';
import { ERROR_DEFINITIONS, ErrorCode } from './error-registry';
import type { ApiErrorDto } from './api-error.dto';
import { requestLanguage } from './request-language';

/** Framework HTTP errors a client can cause, by status. */
const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.MalformedRequest,
  404: ErrorCode.NotFound,
  405: ErrorCode.MethodNotAllowed,
  413: ErrorCode.PayloadTooLarge,
};

/** The one place where errors become HTTP responses. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { code, fields } = this.classify(exception, request);
    const definition = ERROR_DEFINITIONS[code];
    const language = requestLanguage(request.headers['accept-language']);
    // A feature's error may say more than its code, through DomainError's one hook.
    const details = exception instanceof DomainError ? exception.details() : {};
    const messages = details.messages ?? definition.message;
    const body: ApiErrorDto = {
      statusCode: definition.status,
      code,
      message: messages[language],
      messages,
      ...(fields ? { fields } : {}),
      ...details.body,
    };
    const retryAfter =
      code === ErrorCode.DatabaseUnavailable
        ? DATABASE_RETRY_AFTER_SECONDS
        : details.retryAfterSeconds;
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    response.status(definition.status).json(body);
  }

  private classify(exception: unknown, request: Request): Pick<DomainError, 'code' | 'fields'> {
    if (exception instanceof DomainError) return exception;
    if (exception instanceof HttpException) {
      const code = HTTP_STATUS_CODES[exception.getStatus()];
      if (code) return { code };
    }
    // body-parser errors carry the status on the error itself
    const status = (exception as { status?: unknown })?.status;
    if (typeof status === 'number' && HTTP_STATUS_CODES[status]) {
      return { code: HTTP_STATUS_CODES[status] };
    }
    const databaseReason = databaseUnavailableReason(exception);
    if (databaseReason) {
      // One line without a stack: an outage is not a bug, and the cause is known.
      this.logger.error({
        msg: 'database unavailable',
        method: request.method,
        route: request.route?.path ?? null,
        reason: databaseReason,
      });
      return { code: ErrorCode.DatabaseUnavailable };
    }
    // Log the path without its query string: queries can hold what a person typed.
    this.logger.error(
      `unhandled error on ${request.method} ${request.route?.path ?? request.path}: ${
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)
      }`,
    );
    return { code: ErrorCode.InternalError };
  }
}
