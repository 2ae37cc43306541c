import type { Label } from '../../reference/reference-data';
import { CommonErrorCode } from './common.errors';
import type { ErrorCode } from './error-registry';

export interface FieldError extends Label {
  field: string;
}

/** What one error adds to the body every error has (see DomainError.details). */
export interface DomainErrorDetails {
  /** Messages that replace the code's own, e.g. naming the course a reservation collides with. */
  messages?: Label;
  /** Fields added to the body beside statusCode, code, message, messages and fields. */
  body?: Record<string, unknown>;
  /** Sent as the Retry-After header (seconds). */
  retryAfterSeconds?: number;
}

/** An error the client can act on. Services throw it; one filter turns it into a response. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldError[],
  ) {
    super(code);
    this.name = 'DomainError';
  }

  /**
   * The one hook for a feature's error to say more than its code: its own messages, extra body
   * fields (documented on ApiErrorDto) or a Retry-After. The filter reads nothing else.
   */
  details(): DomainErrorDetails {
    return {};
  }
}

export class ValidationFailedError extends DomainError {
  constructor(fields: FieldError[]) {
    super(CommonErrorCode.ValidationFailed, fields);
  }
}
