import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SettableClock } from '../../testing/settable-clock';
import { IssuerKeys } from './issuer-keys';
import {
  type BadgeContent,
  issuerDocuments,
  openBadgeCredential,
  signCredential,
  verifyCredentialSignature,
} from './open-badge';

const CONTENT: BadgeContent = {
  verifyUrl: 'https://tsumugu.example.jp/verify?n=TSU-2026-7KQM-3XPA',
  issuedAt: new Date('2026-12-07T06:00:00Z'),
  holderName: '筑波 花子',
  course: {
    url: 'https://tsumugu.example.jp/courses/2d8f1f3e-2b7c-4a53-9a1e-6c1c8b0f2a10',
    titleJa: 'シニアのためのスマホ教室',
    titleEn: 'Smartphones for seniors',
    descriptionJa: 'スマートフォンの基本操作を学びます。',
    organisationId: '6f0f8b8e-0c1a-4c55-8a8f-0b9e7f1d2c3a',
    organisationNameJa: 'つくば市 生涯学習推進課',
    organisationNameEn: 'Lifelong Learning Division',
    startsOn: '2026-10-07',
    endsOn: '2026-10-21',
  },
  criteriaJa: '全3回のうち2回以上出席',
  criteriaEn: 'Attend at least 2 of the 3 sessions',
  attendance: { sessionsAttended: 3, sessionsHeld: 3, hours: 6 },
};

/** Every string inside `value`, as a path and the string. */
function stringLeaves(
  value: unknown,
  path: (string | number)[] = [],
): [(string | number)[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  }
  return [];
}

function changed(credential: object, path: (string | number)[], text: string): object {
  const copy = structuredClone(credential) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = text;
  return copy;
}

describe('Open Badges 3.0 credentials signed with the issuer key (eddsa-rdfc-2022)', () => {
  let dataDir: string;
  let keys: IssuerKeys;
  const clock = new SettableClock('2026-12-07T15:00:00+09:00');

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tsumugu-issuer-'));
    keys = new IssuerKeys(
      {
        dataDir,
        publicUrl: 'https://tsumugu.example.jp',
        issuerKeyPassphrase: 'a passphrase for the tests only',
      },
      clock,
    );
  });

  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps the key in DATA_DIR/issuer, 0600, encrypted with the passphrase', async () => {
    await keys.publishedKeys();
    const path = join(dataDir, 'issuer', 'keys.json');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dataDir, 'issuer'))).mode & 0o777).toBe(0o700);
    const file = await readFile(path, 'utf8');
    expect(file).toContain('scrypt-aes-256-gcm');
    expect(file).not.toContain('secretKeyMultibase');
    // Another process with a wrong passphrase cannot use it.
    const wrong = new IssuerKeys(
      {
        dataDir,
        publicUrl: 'https://tsumugu.example.jp',
        issuerKeyPassphrase: 'not the passphrase!',
      },
      clock,
    );
    await expect(wrong.signer()).rejects.toThrow(/does not open/);
  });

  it('verifies offline, and fails when any string of the subject or achievement changes', async () => {
    const signed = await signCredential(
      openBadgeCredential(CONTENT, { id: keys.issuerId, url: 'https://tsumugu.example.jp' }),
      keys,
    );
    expect(signed['type']).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(signed['proof']).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
    });
    const documents = await issuerDocuments(keys);
    expect(await verifyCredentialSignature(signed, documents)).toEqual({ verified: true });

    const leaves = stringLeaves(signed['credentialSubject'], ['credentialSubject']);
    expect(leaves.length).toBeGreaterThan(10);
    for (const [path, text] of leaves) {
      const tampered = changed(
        signed,
        path,
        `${text.slice(0, -1)}${text.endsWith('x') ? 'y' : 'x'}`,
      );
      const result = await verifyCredentialSignature(tampered, documents);
      expect([path.join('.'), result.verified]).toEqual([path.join('.'), false]);
    }
  });

  it('refuses a key it does not hold (another issuer), and keeps old keys verifying after a rotation', async () => {
    const signed = await signCredential(
      openBadgeCredential(CONTENT, { id: keys.issuerId, url: 'https://tsumugu.example.jp' }),
      keys,
    );
    expect(await verifyCredentialSignature(signed, new Map())).toMatchObject({ verified: false });

    clock.set('2027-04-01T09:00:00+09:00');
    await keys.rotate();
    const published = await keys.publishedKeys();
    expect(published).toHaveLength(2);
    const documents = await issuerDocuments(keys);
    expect(await verifyCredentialSignature(signed, documents)).toEqual({ verified: true });
    const newer = await signCredential(
      openBadgeCredential(CONTENT, { id: keys.issuerId, url: 'https://tsumugu.example.jp' }),
      keys,
    );
    expect((newer['proof'] as { verificationMethod: string }).verificationMethod).toBe(
      published[0]!.id,
    );
    expect(await verifyCredentialSignature(newer, documents)).toEqual({ verified: true });
  });
});
