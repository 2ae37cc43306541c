import { type SeatRequest, SeatBatcher } from './seat-batcher';

function request(userId: string): SeatRequest {
  return {
    bookingId: `booking-${userId}`,
    userId,
    partySize: 1,
    joinWaitlist: true,
    companionIds: [],
    idempotencyKey: null,
    fingerprint: 'f',
  };
}

/** A database stand-in: records each call and answers every request of it. */
function database(answer: (user: string) => string | Error = () => 'confirmed') {
  const calls: string[][] = [];
  const waiting: (() => void)[] = [];
  const run = async (_sql: string, parameters: unknown[]) => {
    const requests = JSON.parse(parameters[1] as string) as { ord: number; user_id: string }[];
    calls.push(requests.map((r) => r.user_id));
    await new Promise<void>((resolve) => waiting.push(resolve));
    const failure = requests.map((r) => answer(r.user_id)).find((a) => a instanceof Error);
    if (failure) throw failure;
    return requests.map((r) => ({ ord: r.ord, outcome: answer(r.user_id) }));
  };
  /** Lets the oldest call in progress finish, once there is one. */
  const commit = async () => {
    while (waiting.length === 0) await new Promise((resolve) => setImmediate(resolve));
    waiting.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { run, calls, commit };
}

describe('SeatBatcher (group commit)', () => {
  it('runs a request for an idle course at once, alone', async () => {
    const db = database();
    const seats = new SeatBatcher(db.run);
    const outcome = seats.take('course', request('a'));
    await db.commit();
    await expect(outcome).resolves.toMatchObject({ outcome: 'confirmed' });
    expect(db.calls).toEqual([['a']]);
  });

  it('groups the requests that arrive while a group is being committed, in arrival order', async () => {
    const db = database();
    const seats = new SeatBatcher(db.run);
    const first = seats.take('course', request('a'));
    const later = ['b', 'c', 'd'].map((user) => seats.take('course', request(user)));
    const otherCourse = seats.take('other', request('x'));
    await db.commit();
    await db.commit();
    await db.commit();
    await Promise.all([first, ...later, otherCourse]);
    expect(db.calls).toEqual([['a'], ['x'], ['b', 'c', 'd']]);
  });

  it('lets one failing request fail alone: the group is decided again one by one', async () => {
    const db = database((user) => (user === 'bad' ? new Error('foreign key') : 'waiting'));
    const seats = new SeatBatcher(db.run);
    const first = seats.take('course', request('a'));
    // Settled as soon as it fails, before the test looks at it.
    const bad = seats.take('course', request('bad')).catch((error: Error) => error.message);
    const good = seats.take('course', request('b'));
    await db.commit(); // a
    await db.commit(); // [bad, b] fails
    await db.commit(); // bad alone fails
    await db.commit(); // b alone
    await expect(first).resolves.toMatchObject({ outcome: 'waiting' });
    await expect(bad).resolves.toBe('foreign key');
    await expect(good).resolves.toMatchObject({ outcome: 'waiting' });
    expect(db.calls).toEqual([['a'], ['bad', 'b'], ['bad'], ['b']]);
  });

  it('draws new codes and tries again when a booking code was already taken', async () => {
    let collisions = 1;
    const codes: string[] = [];
    const seats = new SeatBatcher(async (_sql, parameters) => {
      const [only] = JSON.parse(parameters[1] as string) as { ord: number; code: string }[];
      codes.push(only!.code);
      if (collisions-- > 0) {
        throw Object.assign(new Error('duplicate'), {
          code: '23505',
          constraint: 'bookings_code_unique',
        });
      }
      return [{ ord: 0, outcome: 'confirmed' }];
    });
    const decision = await seats.take('course', request('a'));
    expect(codes).toHaveLength(2);
    expect(decision).toEqual({ outcome: 'confirmed', code: codes[1], waitingPosition: null });
    expect(codes[0]).not.toBe(codes[1]);
  });
});
