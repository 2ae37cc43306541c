import { createHash, randomBytes } from 'node:crypto';

/**
 * The lottery draw as a pure function: from the seed, the seats and the pseudonymous list of
 * applications to the drawn order and each entry's outcome. Nothing here reads the clock, the
 * database or Math.random, so the draw published after the window closes can be re-run by
 * anyone (verify-draw.ts does it independently, from the public record alone).
 *
 * Algorithm 'tsumugu-lottery-v1':
 * 1. entry id = the first 12 hex digits of SHA-256(booking id as lowercase text);
 * 2. draw key = SHA-256(seed bytes ‖ entry id as UTF-8), in hex;
 * 3. order = by priority group (0 first), then draw key, then entry id;
 * 4. walk that order with the free seats: a party that fits wins and takes its seats; a party
 *    that does not fit goes to the waiting list with its drawn rank as its place.
 * The commitment published before the window closes is SHA-256(seed bytes), in hex.
 */
export const LOTTERY_ALGORITHM = 'tsumugu-lottery-v1';

/** What a course may put first, in the organiser's order of precedence. */
export const LOTTERY_PRIORITIES = ['first_time', 'residents'] as const;
export type LotteryPriority = (typeof LOTTERY_PRIORITIES)[number];

export const LOTTERY_OUTCOMES = ['won', 'waitlisted'] as const;
export type LotteryOutcome = (typeof LOTTERY_OUTCOMES)[number];

/** One application as published: no name, no booking id. */
export interface LotteryEntry {
  entryId: string;
  partySize: number;
  /** 0 = meets every priority of the course; larger = later (see priorityGroup). */
  priorityGroup: number;
}

export interface LotteryResult extends LotteryEntry {
  /** 1 = drawn first. */
  rank: number;
  outcome: LotteryOutcome;
  /** The place on the waiting list (the drawn rank), null for a winner. */
  queuePosition: number | null;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** 32 random bytes from the operating system's CSPRNG, as 64 hex digits. */
export function newSeed(): string {
  return randomBytes(32).toString('hex');
}

export function seedCommitment(seedHex: string): string {
  return sha256(Buffer.from(seedHex, 'hex'));
}

export function entryIdOf(bookingId: string): string {
  return sha256(bookingId.toLowerCase()).slice(0, 12);
}

export function drawKey(seedHex: string, entryId: string): string {
  return sha256(Buffer.concat([Buffer.from(seedHex, 'hex'), Buffer.from(entryId, 'utf8')]));
}

/**
 * The group of an applicant from whether they meet each of the course's priorities, given in
 * the course's order of precedence: meeting the first priority outranks anything later, so the
 * group is the binary number of the priorities *not* met (first priority = highest bit).
 */
export function priorityGroup(meets: readonly boolean[]): number {
  return meets.reduce((group, met) => group * 2 + (met ? 0 : 1), 0);
}

export function drawLottery(input: {
  seed: string;
  seats: number;
  entries: readonly LotteryEntry[];
}): LotteryResult[] {
  if (!/^[0-9a-f]{64}$/.test(input.seed))
    throw new Error('the seed must be 64 lowercase hex digits');
  const ordered = input.entries
    .map((entry) => ({ entry, key: drawKey(input.seed, entry.entryId) }))
    .sort(
      (a, b) =>
        a.entry.priorityGroup - b.entry.priorityGroup ||
        compare(a.key, b.key) ||
        compare(a.entry.entryId, b.entry.entryId),
    );
  let free = input.seats;
  return ordered.map(({ entry }, index) => {
    const rank = index + 1;
    const wins = entry.partySize <= free;
    if (wins) free -= entry.partySize;
    return {
      entryId: entry.entryId,
      partySize: entry.partySize,
      priorityGroup: entry.priorityGroup,
      rank,
      outcome: wins ? 'won' : 'waitlisted',
      queuePosition: wins ? null : rank,
    };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
