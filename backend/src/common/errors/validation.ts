import type { ValidationError } from 'class-validator';
import type { Label } from '../../reference/reference-data';
import { type FieldError, ValidationFailedError } from './domain-error';
import { COMMON_MESSAGES } from './common.errors';

const FIELD_HINTS = Symbol('tsumugu:field-hints');

/**
 * Declares, on a DTO property, the message shown when its value is not accepted: what a person
 * must enter, in Japanese and English, rather than a validator's internal wording.
 */
export function FieldHint(ja: string, en: string): PropertyDecorator {
  return (target, property) => {
    const hints: Record<string, Label> = Reflect.getMetadata(FIELD_HINTS, target) ?? {};
    Reflect.defineMetadata(FIELD_HINTS, { ...hints, [String(property)]: { ja, en } }, target);
  };
}

/**
 * Gives a mapped DTO (PartialType, OmitType …, which do not inherit from their source class) the
 * field hints of the class it was made from.
 */
export function inheritFieldHints(
  target: abstract new () => object,
  source: abstract new () => object,
) {
  const hints: Record<string, Label> = Reflect.getMetadata(FIELD_HINTS, source.prototype) ?? {};
  const own: Record<string, Label> = Reflect.getOwnMetadata(FIELD_HINTS, target.prototype) ?? {};
  Reflect.defineMetadata(FIELD_HINTS, { ...hints, ...own }, target.prototype);
}

function hintFor(error: ValidationError): Label | undefined {
  const target = error.target as object | undefined;
  const hints: Record<string, Label> | undefined = target
    ? Reflect.getMetadata(FIELD_HINTS, Object.getPrototypeOf(target))
    : undefined;
  return hints?.[error.property];
}

function fieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    if (error.children?.length) return fieldErrors(error.children, `${field}.`);
    if (error.constraints?.['whitelistValidation']) {
      return [
        {
          field,
          ...COMMON_MESSAGES.fieldNotAccepted(field),
        },
      ];
    }
    const hint = hintFor(error) ?? COMMON_MESSAGES.valueNotValid(field);
    return [{ field, ...hint }];
  });
}

/** The ValidationPipe's exceptionFactory: one bilingual message per field. */
export function validationExceptionFactory(errors: ValidationError[]): ValidationFailedError {
  return new ValidationFailedError(fieldErrors(errors));
}
