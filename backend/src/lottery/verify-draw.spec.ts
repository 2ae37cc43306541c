import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drawLottery, entryIdOf, LOTTERY_ALGORITHM, seedCommitment } from './lottery-draw';
import { type PublishedDrawRecord, verifyDrawRecord } from './verify-draw';

const SEED = '7f3a9c1e5b2d4f608192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8';

/** A record as GET /api/courses/:id/lottery publishes it, drawn by the server's function. */
function publishedRecord(): PublishedDrawRecord {
  const entries = Array.from({ length: 12 }, (_, index) => ({
    entryId: entryIdOf(`10000000-0000-4000-8000-${String(index).padStart(12, '0')}`),
    partySize: 1 + (index % 3),
    priorityGroup: index % 4 === 0 ? 0 : 1,
  })).sort((a, b) => a.entryId.localeCompare(b.entryId));
  return {
    algorithm: LOTTERY_ALGORITHM,
    commitment: seedCommitment(SEED),
    seed: SEED,
    seats: 10,
    entries,
    results: drawLottery({ seed: SEED, seats: 10, entries }),
  };
}

describe('verify-draw', () => {
  it('re-runs a published record and gets the same result', () => {
    expect(verifyDrawRecord(publishedRecord())).toEqual({ valid: true, problems: [] });
  });

  it('does not verify a seed other than the committed one', () => {
    const record = { ...publishedRecord(), seed: 'ab'.repeat(32) };
    const verification = verifyDrawRecord(record);
    expect(verification.valid).toBe(false);
    expect(verification.problems).toContain('SHA-256 of the seed is not the published commitment');
  });

  it('does not verify when the seed and its commitment were both swapped after the fact', () => {
    const other = 'cd'.repeat(32);
    const record = { ...publishedRecord(), seed: other, commitment: seedCommitment(other) };
    expect(verifyDrawRecord(record).valid).toBe(false);
  });

  it('does not verify a changed list of applications', () => {
    const record = publishedRecord();
    const changed = { ...record, entries: record.entries!.slice(1) };
    expect(verifyDrawRecord(changed).valid).toBe(false);

    const bigger = record.entries!.map((entry, index) =>
      index === 0 ? { ...entry, priorityGroup: entry.priorityGroup + 1 } : entry,
    );
    expect(verifyDrawRecord({ ...record, entries: bigger }).valid).toBe(false);
  });

  it('does not verify results that favour someone', () => {
    const record = publishedRecord();
    const results = record.results!.map((result) => ({ ...result }));
    const loser = results.find((r) => r.outcome === 'waitlisted')!;
    loser.outcome = 'won';
    loser.queuePosition = null;
    const verification = verifyDrawRecord({ ...record, results });
    expect(verification.valid).toBe(false);
    expect(verification.problems.join('\n')).toContain(`rank ${loser.rank}`);
  });

  it('says a record without a seed has not been drawn', () => {
    const record = { ...publishedRecord(), seed: null, entries: null, results: null, seats: null };
    expect(verifyDrawRecord(record)).toEqual({
      valid: false,
      problems: ['the draw has not taken place yet'],
    });
  });

  it('runs as a command with node on the JSON of the record', () => {
    const folder = mkdtempSync(join(tmpdir(), 'verify-draw-'));
    const good = join(folder, 'good.json');
    const bad = join(folder, 'bad.json');
    writeFileSync(good, JSON.stringify(publishedRecord()));
    writeFileSync(bad, JSON.stringify({ ...publishedRecord(), seats: 9 }));
    const script = join(__dirname, 'verify-draw.ts');
    const output = execFileSync(process.execPath, ['--no-warnings', script, good], {
      encoding: 'utf8',
    });
    expect(output).toMatch(/^OK: the seed matches the commitment/);
    expect(() =>
      execFileSync(process.execPath, ['--no-warnings', script, bad], { stdio: 'pipe' }),
    ).toThrow(/Command failed/);
  });
});
