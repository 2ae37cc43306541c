import { japanDate, startOfJapanDay, startOfNextJapanDay } from './japan-time';

describe('Japan time', () => {
  it('starts a Japanese day at 15:00 UTC the day before', () => {
    expect(startOfJapanDay('2026-12-01').toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(startOfNextJapanDay('2026-12-31').toISOString()).toBe('2026-12-31T15:00:00.000Z');
  });

  it('gives the Japanese date of an instant', () => {
    expect(japanDate(new Date('2026-11-30T14:59:59Z'))).toBe('2026-11-30');
    expect(japanDate(new Date('2026-11-30T15:00:00Z'))).toBe('2026-12-01');
  });
});
