import { createHash } from 'node:crypto';
import { BUNDLED_CONTEXTS, staticDocumentLoader } from './json-ld-contexts';

/**
 * The contexts a credential's meaning (and so its signature) depends on, pinned by content: an
 * update of the packages that carry them must not change them silently.
 */
const PINNED: Record<string, string> = {
  'https://www.w3.org/ns/credentials/v2':
    'bf6fd611e6773d58f649459a45dbbb81f94e8cfd058a756644cd5a4a882c4050',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json':
    'e407ae98563c7b4708be4c8198a7f254bc09c131afc68e73d5f90eb0a34c6f7f',
  'https://w3id.org/security/data-integrity/v2':
    'be223c58c54657e930970f0d11f03caf7287bddc7be7e6f010855190c6b39c21',
  'https://w3id.org/security/multikey/v1':
    '91f130b30b6705ee65dfa8f86e74922a74aaa0d5fc8bb35427ec2d607d3ad3eb',
};

describe('the bundled JSON-LD contexts and the document loader', () => {
  it('holds exactly the pinned contexts', () => {
    const held = Object.fromEntries(
      [...BUNDLED_CONTEXTS].map(([url, document]) => [
        url,
        createHash('sha256').update(JSON.stringify(document)).digest('hex'),
      ]),
    );
    expect(held).toEqual(PINNED);
  });

  it('answers what it holds and refuses every other URL, without fetching', async () => {
    const issuer = { id: 'https://tsumugu.example.jp/api/issuer' };
    const load = staticDocumentLoader(new Map([[issuer.id, issuer]]));
    expect((await load('https://www.w3.org/ns/credentials/v2')).documentUrl).toBe(
      'https://www.w3.org/ns/credentials/v2',
    );
    expect((await load(issuer.id)).document).toEqual(issuer);
    // A copy each time: a caller cannot change what the loader holds.
    ((await load(issuer.id)).document as { id: string }).id = 'changed';
    expect((await load(issuer.id)).document).toEqual(issuer);
    for (const url of [
      'https://www.w3.org/2018/credentials/v1',
      'https://evil.example/context.json',
      'http://169.254.169.254/latest/meta-data/',
      'file:///etc/passwd',
    ]) {
      await expect(load(url)).rejects.toThrow(/Refused to load/);
    }
  });
});
