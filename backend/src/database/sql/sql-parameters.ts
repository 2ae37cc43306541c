/** Collects positional parameters while a SQL statement is assembled from optional parts. */
export class SqlParameters {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder ($1, $2, ...). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
