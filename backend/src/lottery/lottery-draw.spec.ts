import {
  drawKey,
  drawLottery,
  entryIdOf,
  type LotteryEntry,
  newSeed,
  priorityGroup,
  seedCommitment,
} from './lottery-draw';

const SEED = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

function entries(sizes: number[], groups: number[] = []): LotteryEntry[] {
  return sizes.map((partySize, index) => ({
    entryId: entryIdOf(`00000000-0000-4000-8000-${String(index).padStart(12, '0')}`),
    partySize,
    priorityGroup: groups[index] ?? 0,
  }));
}

describe('lottery draw', () => {
  it('derives ids and keys from SHA-256 as documented', () => {
    // Known answers, computed with `printf %s <uuid> | sha256sum` and the seed bytes.
    expect(entryIdOf('00000000-0000-4000-8000-000000000000')).toBe(
      entryIdOf('00000000-0000-4000-8000-000000000000'.toUpperCase()),
    );
    expect(entryIdOf('abc')).toBe('ba7816bf8f01');
    expect(seedCommitment('00'.repeat(32))).toBe(
      '66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925',
    );
    expect(drawKey(SEED, 'a')).not.toBe(drawKey(SEED, 'b'));
    expect(newSeed()).toMatch(/^[0-9a-f]{64}$/);
    expect(newSeed()).not.toBe(newSeed());
  });

  it('orders by draw key and fills the seats with every party that fits', () => {
    const list = entries([2, 3, 1, 1, 2, 4]);
    const results = drawLottery({ seed: SEED, seats: 5, entries: list });
    const keys = results.map((r) => drawKey(SEED, r.entryId));
    expect(keys).toEqual([...keys].sort());
    expect(results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);

    let free = 5;
    for (const result of results) {
      const fits = result.partySize <= free;
      expect(result.outcome).toBe(fits ? 'won' : 'waitlisted');
      expect(result.queuePosition).toBe(fits ? null : result.rank);
      if (fits) free -= result.partySize;
    }
    const seated = results.filter((r) => r.outcome === 'won').reduce((n, r) => n + r.partySize, 0);
    expect(seated).toBeLessThanOrEqual(5);
    // No waiting party would have fitted in the seats left over.
    const waitingSizes = results.filter((r) => r.outcome === 'waitlisted').map((r) => r.partySize);
    expect(waitingSizes.every((size) => size > 5 - seated)).toBe(true);
  });

  it('lets a small party behind a large one take the last seat', () => {
    const list = entries([4, 4, 1]);
    const results = drawLottery({ seed: SEED, seats: 5, entries: list });
    const ones = results.find((r) => r.partySize === 1)!;
    expect(ones.outcome).toBe('won');
    expect(results.filter((r) => r.outcome === 'won').map((r) => r.partySize)).toEqual(
      expect.arrayContaining([4, 1]),
    );
  });

  it('draws priority groups first, whatever their keys', () => {
    const list = entries([1, 1, 1, 1, 1, 1], [1, 0, 1, 0, 1, 0]);
    const results = drawLottery({ seed: SEED, seats: 3, entries: list });
    expect(results.slice(0, 3).every((r) => r.priorityGroup === 0)).toBe(true);
    expect(results.filter((r) => r.outcome === 'won').every((r) => r.priorityGroup === 0)).toBe(
      true,
    );
  });

  it('is deterministic for a seed and the same whatever order the list comes in', () => {
    const list = entries([1, 2, 1, 3, 1, 2, 2, 1]);
    const once = drawLottery({ seed: SEED, seats: 6, entries: list });
    const again = drawLottery({ seed: SEED, seats: 6, entries: [...list].reverse() });
    expect(again).toEqual(once);
  });

  it('gives a different order for another seed', () => {
    const list = entries(Array.from({ length: 20 }, () => 1));
    const a = drawLottery({ seed: SEED, seats: 5, entries: list }).map((r) => r.entryId);
    const b = drawLottery({ seed: 'ff'.repeat(32), seats: 5, entries: list }).map((r) => r.entryId);
    expect(b).not.toEqual(a);
  });

  it('puts the first priority above the second', () => {
    // Priorities in precedence order: [first_time, residents].
    expect(priorityGroup([true, true])).toBe(0);
    expect(priorityGroup([true, false])).toBe(1);
    expect(priorityGroup([false, true])).toBe(2);
    expect(priorityGroup([false, false])).toBe(3);
    expect(priorityGroup([])).toBe(0);
  });

  it('refuses a seed that is not 32 bytes of hex', () => {
    expect(() => drawLottery({ seed: 'abc', seats: 1, entries: [] })).toThrow();
  });
});
