import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SettableClock } from '../testing/settable-clock';
import { IssuerKeys } from './badges/issuer-keys';
import { openBadgeCredential, signCredential } from './badges/open-badge';

const run = promisify(execFile);
const CLI = join(__dirname, 'verify-certificate.ts');

/** The command as a person runs it: its exit code and what it prints. */
async function verify(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, [CLI, ...args], {
      // No network: a proxy that goes nowhere, in case anything tried.
      env: { ...process.env, HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('verify-certificate.ts, the offline command-line verifier', () => {
  let folder: string;
  let keys: IssuerKeys;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tsumugu-verify-'));
    keys = new IssuerKeys(
      { dataDir: folder, publicUrl: 'https://tsumugu.example.jp', issuerKeyPassphrase: null },
      new SettableClock('2026-12-07T10:00:00+09:00'),
    );
    const credential = await signCredential(
      openBadgeCredential(
        {
          verifyUrl: 'https://tsumugu.example.jp/verify?n=TSU-2026-7KQM-3XPA',
          issuedAt: new Date('2026-12-07T01:00:00Z'),
          holderName: '佐藤 花子',
          course: {
            url: 'https://tsumugu.example.jp/courses/2d8f1f3e-2b7c-4a53-9a1e-6c1c8b0f2a10',
            titleJa: '親子で楽しむ科学実験',
            titleEn: 'Science for parents and children',
            descriptionJa: '',
            organisationId: '6f0f8b8e-0c1a-4c55-8a8f-0b9e7f1d2c3a',
            organisationNameJa: 'つくば市',
            organisationNameEn: 'Tsukuba City',
            startsOn: '2026-11-01',
            endsOn: '2026-11-15',
          },
          criteriaJa: '全3回のうち2回以上の出席',
          criteriaEn: 'Attend at least 2 of the 3 sessions',
          attendance: null,
        },
        { id: keys.issuerId, url: 'https://tsumugu.example.jp' },
      ),
      keys,
    );
    await writeFile(join(folder, 'credential.json'), JSON.stringify(credential, null, 2));
    const changed = structuredClone(credential) as {
      credentialSubject: { identifier: { identityHash: string }[] };
    };
    changed.credentialSubject.identifier[0]!.identityHash = '佐藤 花美';
    await writeFile(join(folder, 'changed.json'), JSON.stringify(changed));
    await writeFile(join(folder, 'keys.json'), JSON.stringify(await keys.publishedKeys()));
    const other = new IssuerKeys(
      {
        dataDir: join(folder, 'other'),
        publicUrl: 'https://elsewhere.example',
        issuerKeyPassphrase: null,
      },
      new SettableClock('2026-12-07T10:00:00+09:00'),
    );
    await writeFile(join(folder, 'other-keys.json'), JSON.stringify(await other.publishedKeys()));
  }, 60_000);

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('says genuine, with the name and course, for a file as issued', async () => {
    const result = await verify(
      join(folder, 'credential.json'),
      '--keys',
      join(folder, 'keys.json'),
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('✔ genuine');
    expect(result.out).toContain('佐藤 花子');
    expect(result.out).toContain('親子で楽しむ科学実験');
    expect(result.out).toContain('https://tsumugu.example.jp/verify?n=TSU-2026-7KQM-3XPA');
  }, 60_000);

  it('refuses a changed name, and keys of another issuer', async () => {
    const changed = await verify(join(folder, 'changed.json'), '--keys', join(folder, 'keys.json'));
    expect([changed.code, changed.out]).toEqual([
      1,
      expect.stringContaining('✘ the proof does not verify'),
    ]);
    const foreign = await verify(
      join(folder, 'credential.json'),
      '--keys',
      join(folder, 'other-keys.json'),
    );
    expect([foreign.code, foreign.out]).toEqual([1, expect.stringContaining('✘ not issued by')]);
    expect((await verify(join(folder, 'credential.json'))).code).toBe(2);
  }, 60_000);
});
