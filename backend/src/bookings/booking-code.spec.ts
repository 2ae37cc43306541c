import {
  BOOKING_CODE_ALPHABET,
  formatBookingCode,
  newBookingCode,
  normaliseBookingCode,
} from './booking-code';

describe('booking codes', () => {
  it('are eight characters of the unambiguous alphabet, which the database CHECK accepts', () => {
    const databaseCheck = /^[2-9A-HJKMNP-Z]{8}$/;
    for (let i = 0; i < 2_000; i++) {
      const code = newBookingCode();
      expect(code).toMatch(databaseCheck);
    }
    expect(BOOKING_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('differ from one another', () => {
    const codes = new Set(Array.from({ length: 5_000 }, () => newBookingCode()));
    expect(codes.size).toBe(5_000);
  });

  it('are shown with a hyphen in the middle', () => {
    expect(formatBookingCode('K7M2Q9XD')).toBe('K7M2-Q9XD');
  });

  it('are read back whatever the case, hyphens, spaces or full-width characters', () => {
    expect(normaliseBookingCode('k7m2-q9xd')).toBe('K7M2Q9XD');
    expect(normaliseBookingCode(' K7M2 Q9XD ')).toBe('K7M2Q9XD');
    expect(normaliseBookingCode('Ｋ７Ｍ２－Ｑ９ＸＤ')).toBe('K7M2Q9XD');
  });

  it('refuse what cannot be a code', () => {
    expect(normaliseBookingCode('K7M2Q9X')).toBeNull();
    expect(normaliseBookingCode('K7M2Q9XD1')).toBeNull();
    expect(normaliseBookingCode('K7M2Q9X0')).toBeNull(); // 0 is not in the alphabet
    expect(normaliseBookingCode('')).toBeNull();
  });
});
