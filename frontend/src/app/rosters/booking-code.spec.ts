import { formatTypedCode, normaliseCode } from './booking-code';

describe('booking codes at the door', () => {
  it('accepts any case, with or without the hyphen, spaces or full-width characters', () => {
    expect(normaliseCode('K7M2-Q9XD')).toBe('K7M2Q9XD');
    expect(normaliseCode('k7m2q9xd')).toBe('K7M2Q9XD');
    expect(normaliseCode(' k7m2 q9xd ')).toBe('K7M2Q9XD');
    expect(normaliseCode('Ｋ７Ｍ２－Ｑ９ＸＤ')).toBe('K7M2Q9XD');
  });

  it('refuses what cannot be a code: wrong length, 0/O/1/I/L', () => {
    expect(normaliseCode('K7M2-Q9X')).toBeNull();
    expect(normaliseCode('K7M2-Q9XDD')).toBeNull();
    expect(normaliseCode('K7M2-Q9X0')).toBeNull();
    expect(normaliseCode('K7M2-Q9XO')).toBeNull();
    expect(normaliseCode('K7M2-Q9XI')).toBeNull();
    expect(normaliseCode('https://example.jp/K7M2Q9XD')).toBeNull();
  });

  it('formats as typed: upper case, the hyphen after four, never more than eight', () => {
    expect(formatTypedCode('k7m')).toBe('K7M');
    expect(formatTypedCode('k7m2')).toBe('K7M2');
    expect(formatTypedCode('k7m2q')).toBe('K7M2-Q');
    expect(formatTypedCode('K7M2-Q9XD')).toBe('K7M2-Q9XD');
    expect(formatTypedCode('k7m2q9xdzz')).toBe('K7M2-Q9XD');
  });
});
