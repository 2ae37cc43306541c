import type { Label } from '../../reference/reference-data';
import { ErrorCode } from './error-code';

export interface FieldError extends Label {
  field: string;
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
}

export class ValidationFailedError extends DomainError {
  constructor(fields: FieldError[]) {
    super(ErrorCode.ValidationFailed, fields);
  }
}
