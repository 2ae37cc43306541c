import type { NextFunction, Request, Response } from 'express';
import { DomainError, ValidationFailedError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-registry';
import { COMMON_MESSAGES } from '../errors/common.errors';

/**
 * Deeper than any request the API accepts (its DTOs nest three levels at most), far shallower
 * than what overflows the stack of class-transformer (a few thousand levels).
 */
export const MAX_INPUT_DEPTH = 32;

export type UnsafeInput = { kind: 'nul'; field: string } | { kind: 'too-deep' };

/**
 * The first thing in a parsed body or query that no route can take: a NUL character (U+0000,
 * which PostgreSQL refuses in text) in a value or a key, or nesting deeper than `maxDepth`.
 * Iterative, so that it cannot overflow the stack itself.
 */
export function findUnsafeInput(
  input: unknown,
  root: string,
  maxDepth = MAX_INPUT_DEPTH,
): UnsafeInput | null {
  const pending: [value: unknown, field: string, depth: number][] = [[input, root, 0]];
  while (pending.length > 0) {
    const [value, field, depth] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { kind: 'nul', field: field || 'body' };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) return { kind: 'too-deep' };
    for (const [key, child] of Object.entries(value)) {
      const childField = field ? `${field}.${key}` : key;
      if (key.includes('\u0000')) return { kind: 'nul', field: childField };
      pending.push([child, childField, depth + 1]);
    }
  }
  return null;
}

function rejection(found: UnsafeInput): DomainError {
  if (found.kind === 'too-deep') return new DomainError(ErrorCode.MalformedRequest);
  // The field name is shown without the NUL it may itself contain.
  const field = found.field.replaceAll('\u0000', '');
  return new ValidationFailedError([
    {
      field,
      ...COMMON_MESSAGES.nulCharacter(field),
    },
  ]);
}

/**
 * Express middleware, after the body parsers: refuses a request whose JSON or form body or query
 * string holds a NUL character (400 VALIDATION_FAILED naming the field) or nests too deeply
 * (400 MALFORMED_REQUEST), once for every route, before any guard, pipe or query sees it.
 */
export function rejectUnsafeInput() {
  return function rejectUnsafeInputMiddleware(
    request: Request,
    _response: Response,
    next: NextFunction,
  ): void {
    const found = findUnsafeInput(request.query, '') ?? findUnsafeInput(request.body, '');
    next(found ? rejection(found) : undefined);
  };
}
