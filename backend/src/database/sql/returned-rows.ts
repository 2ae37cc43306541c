/**
 * The rows of an UPDATE or DELETE … RETURNING run through TypeORM's `query()`, which for those
 * two commands answers `[rows, affectedCount]` instead of the rows (INSERT and SELECT answer the
 * rows themselves).
 */
export function returnedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
