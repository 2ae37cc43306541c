/**
 * Re-runs a published lottery draw and says whether it is what the record claims.
 *
 *   node backend/src/lottery/verify-draw.ts record.json
 *   node backend/src/lottery/verify-draw.ts https://…/api/courses/<id>/lottery
 *   curl -s https://…/api/courses/<id>/lottery | node backend/src/lottery/verify-draw.ts
 *
 * (Node 24 runs this TypeScript file as it is.) It deliberately imports nothing from the
 * application: it is the algorithm 'tsumugu-lottery-v1' written out a second time from its
 * description, so it checks the server's implementation instead of trusting it. It checks that
 * 1. SHA-256 of the revealed seed is the commitment published before the window closed;
 * 2. re-drawing the published entries with that seed and the published seats gives exactly the
 *    published results (order, winners, waiting-list places).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface PublishedEntry {
  entryId: string;
  partySize: number;
  priorityGroup: number;
}

export interface PublishedResult extends PublishedEntry {
  rank: number;
  outcome: 'won' | 'waitlisted';
  queuePosition: number | null;
}

/** The fields of GET /api/courses/:id/lottery that the verification needs. */
export interface PublishedDrawRecord {
  algorithm: string;
  commitment: string;
  seed: string | null;
  seats: number | null;
  entries: PublishedEntry[] | null;
  results: PublishedResult[] | null;
}

export interface Verification {
  valid: boolean;
  problems: string[];
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function redraw(seed: string, seats: number, entries: PublishedEntry[]): PublishedResult[] {
  const seedBytes = Buffer.from(seed, 'hex');
  const keyed = entries.map((entry) => ({
    entry,
    key: sha256(Buffer.concat([seedBytes, Buffer.from(entry.entryId, 'utf8')])),
  }));
  keyed.sort((a, b) => {
    if (a.entry.priorityGroup !== b.entry.priorityGroup) {
      return a.entry.priorityGroup - b.entry.priorityGroup;
    }
    if (a.key !== b.key) return a.key < b.key ? -1 : 1;
    return a.entry.entryId < b.entry.entryId ? -1 : a.entry.entryId > b.entry.entryId ? 1 : 0;
  });
  let free = seats;
  return keyed.map(({ entry }, index) => {
    const fits = entry.partySize <= free;
    if (fits) free -= entry.partySize;
    return {
      entryId: entry.entryId,
      partySize: entry.partySize,
      priorityGroup: entry.priorityGroup,
      rank: index + 1,
      outcome: fits ? 'won' : 'waitlisted',
      queuePosition: fits ? null : index + 1,
    };
  });
}

export function verifyDrawRecord(record: PublishedDrawRecord): Verification {
  const problems: string[] = [];
  if (record.algorithm !== 'tsumugu-lottery-v1') {
    problems.push(`unknown algorithm ${JSON.stringify(record.algorithm)}`);
  }
  if (record.seed === null || record.entries === null || record.results === null) {
    return { valid: false, problems: [...problems, 'the draw has not taken place yet'] };
  }
  if (!/^[0-9a-f]{64}$/.test(record.seed)) problems.push('the seed is not 64 hex digits');
  else if (sha256(Buffer.from(record.seed, 'hex')) !== record.commitment) {
    problems.push('SHA-256 of the seed is not the published commitment');
  }
  const ids = new Set(record.entries.map((entry) => entry.entryId));
  if (ids.size !== record.entries.length) problems.push('an entry id appears twice');
  const expected = redraw(record.seed, record.seats ?? 0, record.entries);
  const published = record.results;
  if (published.length !== expected.length) {
    problems.push(`${published.length} results for ${expected.length} entries`);
  }
  expected.forEach((want, index) => {
    const got = published[index];
    const same =
      got &&
      got.entryId === want.entryId &&
      got.rank === want.rank &&
      got.outcome === want.outcome &&
      got.queuePosition === want.queuePosition &&
      got.partySize === want.partySize &&
      got.priorityGroup === want.priorityGroup;
    if (!same) {
      problems.push(
        `rank ${want.rank}: expected ${want.entryId} ${want.outcome}, published ${got ? `${got.entryId} ${got.outcome}` : 'nothing'}`,
      );
    }
  });
  return { valid: problems.length === 0, problems };
}

async function readRecord(source: string | undefined): Promise<PublishedDrawRecord> {
  if (source && /^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    return (await response.json()) as PublishedDrawRecord;
  }
  return JSON.parse(readFileSync(source ?? 0, 'utf8')) as PublishedDrawRecord;
}

/** The command line: exit 0 when the draw verifies, 1 when it does not, 2 when unreadable. */
if (/verify-draw\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  readRecord(process.argv[2]).then(
    (record) => {
      const result = verifyDrawRecord(record);
      const won = (record.results ?? []).filter((r) => r.outcome === 'won').length;
      process.stdout.write(
        result.valid
          ? `OK: the seed matches the commitment ${record.commitment} and re-drawing ` +
              `${record.entries?.length ?? 0} entries for ${record.seats} seats gives the ` +
              `published results (${won} won).\n`
          : `NOT VERIFIED:\n  ${result.problems.join('\n  ')}\n`,
      );
      process.exitCode = result.valid ? 0 : 1;
    },
    (error: unknown) => {
      process.stderr.write(`cannot read the record: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
