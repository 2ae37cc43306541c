import { Logger } from '@nestjs/common';
import fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevOutbox } from './dev-outbox';

const mail = (to: string) => ({ to, subject: `Hello ${to}`, text: 'See https://example.jp/a' });

describe('DevOutbox', () => {
  let folder: string;
  let outbox: DevOutbox;
  let warnings: unknown[];

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tsumugu-dev-outbox-'));
    outbox = new DevOutbox(folder);
    warnings = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(message);
    });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await rm(folder, { recursive: true, force: true });
  });

  it('never leaves a half-written mail under its real name when the write dies midway', async () => {
    await outbox.save(Buffer.from('To: first@example.jp\n\nfirst'), mail('first@example.jp'));
    // The disk fills up (or the process dies) after half of the next file was written.
    const realWriteFile = fs.writeFile;
    jest.spyOn(fs, 'writeFile').mockImplementation(async (path, data) => {
      await realWriteFile(path, String(data).slice(0, 5));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    await expect(
      outbox.save(Buffer.from('To: second@example.jp\n\nsecond'), mail('second@example.jp')),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    jest.mocked(fs.writeFile).mockRestore();

    const names = await readdir(folder);
    expect(names.filter((name) => !name.endsWith('.tmp')).sort()).toEqual([
      expect.stringMatching(/\.eml$/),
      expect.stringMatching(/\.json$/),
    ]);
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      expect(JSON.parse(await readFile(join(folder, name), 'utf8')).to).toBe('first@example.jp');
    }
    expect((await outbox.list()).map((entry) => entry.to)).toEqual(['first@example.jp']);
  });

  it('lists the mails it can read and skips (and logs by name only) those it cannot', async () => {
    await outbox.save(Buffer.from('raw'), mail('older@example.jp'));
    // What a crash of an older version left: an empty summary, and one cut off midway; a
    // temporary file of an interrupted write.
    await writeFile(join(folder, '2026-01-01T00-00-00-000Z-empty000.json'), '');
    await writeFile(join(folder, '2026-01-01T00-00-01-000Z-cutoff00.json'), '{"to":"secret@exa');
    await writeFile(join(folder, '.2026-01-01T00-00-02-000Z-x.json.0000.tmp'), '{');
    await outbox.save(Buffer.from('raw'), mail('newer@example.jp'));

    expect((await outbox.list()).map((entry) => entry.to)).toEqual([
      'newer@example.jp',
      'older@example.jp',
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({ file: '2026-01-01T00-00-01-000Z-cutoff00.json' }),
      expect.objectContaining({ file: '2026-01-01T00-00-00-000Z-empty000.json' }),
    ]);
    expect(JSON.stringify(warnings)).not.toContain('secret');
  });
});
