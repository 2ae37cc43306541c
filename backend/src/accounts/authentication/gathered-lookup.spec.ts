import { GatheredLookup } from './gathered-lookup';

/**
 * A database stand-in: a table of rows by key that the test changes, each read recorded and held
 * until the test lets it finish. A read answers from the table as it is when the read STARTS,
 * as a statement sees what was committed before it began.
 */
function database(initial: Record<string, string>) {
  const table = new Map(Object.entries(initial));
  const reads: string[][] = [];
  const held: (() => void)[] = [];
  const read = async (keys: string[]) => {
    reads.push(keys);
    const seen = new Map(keys.flatMap((key) => (table.has(key) ? [[key, table.get(key)!]] : [])));
    await new Promise<void>((resolve) => held.push(resolve));
    if (keys.includes('broken')) throw new Error('connection lost');
    return seen;
  };
  /** Lets the oldest read under way finish, once there is one (fails when none comes). */
  const finish = async () => {
    for (let turn = 0; held.length === 0; turn++) {
      if (turn > 100) throw new Error('no read under way');
      await new Promise((resolve) => setImmediate(resolve));
    }
    held.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { table, read, reads, finish };
}

describe('GatheredLookup (the sessions of concurrent requests read together)', () => {
  it('reads a key asked for while nothing runs at once, alone', async () => {
    const db = database({ a: 'row a' });
    const lookup = new GatheredLookup(db.read);
    const found = lookup.find('a');
    expect(db.reads).toEqual([['a']]);
    await db.finish();
    await expect(found).resolves.toBe('row a');
  });

  it('gathers the keys asked for during a read into the next one, each key once', async () => {
    const db = database({ a: 'row a', b: 'row b', c: 'row c' });
    const lookup = new GatheredLookup(db.read);
    const first = lookup.find('a');
    const later = ['b', 'c', 'b', 'unknown'].map((key) => lookup.find(key));
    expect(db.reads).toEqual([['a']]);
    await db.finish();
    await db.finish();
    await expect(first).resolves.toBe('row a');
    await expect(Promise.all(later)).resolves.toEqual(['row b', 'row c', 'row b', null]);
    expect(db.reads).toEqual([['a'], ['b', 'c', 'unknown']]);
  });

  it('answers a key by a read that started after it was asked for: a row removed meanwhile is not found', async () => {
    // The revocation case: a session is revoked while a read that still sees it is under way;
    // the request that arrives after the revocation must not be answered by that read.
    const db = database({ session: 'live' });
    const lookup = new GatheredLookup(db.read);
    const before = lookup.find('session');
    db.table.delete('session');
    const after = lookup.find('session');
    await db.finish();
    await db.finish();
    await expect(before).resolves.toBe('live');
    await expect(after).resolves.toBeNull();
    expect(db.reads).toEqual([['session'], ['session']]);
  });

  it('reads at most maxKeys keys at once', async () => {
    const db = database({});
    const lookup = new GatheredLookup(db.read, 2);
    const all = [lookup.find('a'), ...['b', 'c', 'd'].map((key) => lookup.find(key))];
    await db.finish();
    await db.finish();
    await db.finish();
    await Promise.all(all);
    expect(db.reads).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('fails the requests of a failed read only, and goes on with the next', async () => {
    const db = database({ a: 'row a', later: 'row later' });
    const lookup = new GatheredLookup(db.read);
    const first = lookup.find('a');
    const failing = Promise.allSettled([lookup.find('broken'), lookup.find('a')]);
    await db.finish();
    await expect(first).resolves.toBe('row a');
    await db.finish();
    expect((await failing).map((settled) => settled.status)).toEqual(['rejected', 'rejected']);
    const next = lookup.find('later');
    await db.finish();
    await expect(next).resolves.toBe('row later');
    expect(db.reads).toEqual([['a'], ['broken', 'a'], ['later']]);
  });
});
