import { hashToken, newToken, sameSecret, tokenMatchesHash } from './tokens';

describe('tokens', () => {
  it('are 32 random bytes in base64url, never repeated', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('are stored as SHA-256, which matches only the same token', () => {
    const token = newToken();
    const hash = hashToken(token);
    expect(hash).toHaveLength(32);
    expect(hash.toString('hex')).toBe(
      // sha256 is deterministic: the same token always finds its row
      hashToken(token).toString('hex'),
    );
    expect(hashToken('abc').toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(tokenMatchesHash(token, hash)).toBe(true);
    expect(tokenMatchesHash(newToken(), hash)).toBe(false);
    expect(tokenMatchesHash(token, Buffer.alloc(3))).toBe(false);
  });

  it('compares secrets of any length without throwing', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
    expect(sameSecret('', '')).toBe(true);
  });
});
