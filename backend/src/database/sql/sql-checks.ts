/**
 * CHECK expressions shared by a migration and the entity that documents it. The migration is
 * what the database runs; the entity repeats each constraint by name so that TypeORM's
 * migration:generate sees nothing to change.
 */
export function inList(column: string, values: readonly (string | number)[]): string {
  return `${column} IN (${values.map((value) => `'${value}'`).join(', ')})`;
}

export function subsetOf(column: string, values: readonly string[]): string {
  return `${column} <@ ARRAY[${values.map((value) => `'${value}'`).join(', ')}]::text[]`;
}
