import { type PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '../errors/domain-error';
import { COMMON_MESSAGES } from '../errors/common.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A path id must be a UUID: anything else is a malformed link (400, as the API contract says),
 * refused before it reaches the database, where it would fail as a type error.
 */
export class UuidParamPipe implements PipeTransform<string, string> {
  constructor(private readonly field = 'id') {}

  transform(value: string): string {
    if (!UUID.test(value)) {
      throw new ValidationFailedError([
        {
          field: this.field,
          ...COMMON_MESSAGES.idInLinkNotValid,
        },
      ]);
    }
    return value.toLowerCase();
  }
}
