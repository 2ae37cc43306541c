import { findUnsafeInput } from './unsafe-input';

function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level += 1) value = { a: value };
  return value;
}

describe('findUnsafeInput', () => {
  it('accepts ordinary input, with Japanese text and other control characters', () => {
    expect(findUnsafeInput({ title: '親子で楽しむ陶芸', note: 'line\nbreak\ttab' }, '')).toBeNull();
    expect(
      findUnsafeInput({ sessions: [{ startsAt: '2027-04-01T10:00' }], count: 3 }, ''),
    ).toBeNull();
    expect(findUnsafeInput(undefined, '')).toBeNull();
    expect(findUnsafeInput(nested(32), '')).toBeNull();
  });

  it('names the field that holds a NUL character, however deep', () => {
    expect(findUnsafeInput({ title: 'a\u0000b' }, '')).toEqual({ kind: 'nul', field: 'title' });
    expect(findUnsafeInput({ companions: [{ name: 'x' }, { name: '\u0000' }] }, '')).toEqual({
      kind: 'nul',
      field: 'companions.1.name',
    });
    expect(findUnsafeInput({ q: ['ok', 'bad\u0000'] }, '')).toEqual({ kind: 'nul', field: 'q.1' });
    expect(findUnsafeInput('raw\u0000', '')).toEqual({ kind: 'nul', field: 'body' });
  });

  it('finds a NUL character in a key', () => {
    expect(findUnsafeInput({ 'ti\u0000tle': 'x' }, '')).toEqual({
      kind: 'nul',
      field: 'ti\u0000tle',
    });
  });

  it('refuses nesting beyond the limit without overflowing the stack', () => {
    expect(findUnsafeInput(nested(33), '')).toEqual({ kind: 'too-deep' });
    expect(findUnsafeInput(nested(100_000), '')).toEqual({ kind: 'too-deep' });
    expect(findUnsafeInput(JSON.parse('['.repeat(5000) + ']'.repeat(5000)), '')).toEqual({
      kind: 'too-deep',
    });
  });
});
