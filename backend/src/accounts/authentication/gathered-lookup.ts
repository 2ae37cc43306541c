interface Waiting<Row> {
  key: string;
  resolve: (row: Row | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Reads by key, the keys asked for meanwhile gathered into one read: while a read is under way,
 * the keys that arrive wait and go together in the next one (one statement, one round trip),
 * as the SeatBatcher gathers a course's bookings. Nothing waits when there is no rush: a key
 * asked for while no read runs is read at once, alone.
 *
 * Every key is answered by a read that STARTED AFTER it was asked for, never by one already
 * under way: what was committed before the request arrived (a revoked session, a new one) is
 * always seen, exactly as with a read of its own.
 */
export class GatheredLookup<Row> {
  private waiting: Waiting<Row>[] = [];
  private reading = false;

  /**
   * @param read the rows of the given keys (distinct), each under its key; a key without a row
   *   is answered null
   * @param maxKeys at most this many keys in one read (the rest go in the next)
   */
  constructor(
    private readonly read: (keys: string[]) => Promise<Map<string, Row>>,
    private readonly maxKeys = 100,
  ) {}

  find(key: string): Promise<Row | null> {
    return new Promise<Row | null>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      if (!this.reading) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.reading = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxKeys);
        try {
          const rows = await this.read([...new Set(batch.map((waiting) => waiting.key))]);
          for (const waiting of batch) waiting.resolve(rows.get(waiting.key) ?? null);
        } catch (error) {
          // Each request would have met the same failure with a read of its own.
          for (const waiting of batch) waiting.reject(error);
        }
      }
    } finally {
      this.reading = false;
    }
  }
}
